import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { RoundEntity } from './round.entity';

/** Every query takes the workspace it is scoped to. */
@Injectable()
export class RoundRepository {
  private readonly rounds: Repository<RoundEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.rounds = dataSource.getRepository(RoundEntity);
  }

  listForWorkspace(workspaceId: string): Promise<RoundEntity[]> {
    return this.rounds.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  listOpenForWorkspaces(workspaceIds: string[]): Promise<RoundEntity[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.rounds.find({
      where: { workspaceId: In(workspaceIds), status: 'open' },
      order: { createdAt: 'DESC' },
    });
  }

  create(workspaceId: string, data: Partial<RoundEntity>): Promise<RoundEntity> {
    return this.rounds.save(this.rounds.create({ ...data, workspaceId }));
  }

  build(workspaceId: string, data: Partial<RoundEntity>): RoundEntity {
    return this.rounds.create({ ...data, workspaceId });
  }

  /**
   * Lookup on the submit path, run for every submission: plain SQL, because TypeORM's query
   * building cost more CPU than the database work itself under load.
   */
  async findBySlugForSubmit(slug: string): Promise<RoundEntity | null> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, workspace_id, slug, status, opens_at, closes_at, allowed_groups, life_domains, wijken,
              input_lines, access_code_hash
         FROM round WHERE slug = $1`,
      [slug],
    );
    const r = rows[0];
    if (!r) return null;
    return this.rounds.create({
      id: r['id'] as string,
      workspaceId: r['workspace_id'] as string,
      slug: r['slug'] as string,
      status: r['status'] as RoundEntity['status'],
      opensAt: (r['opens_at'] as Date | null) ?? null,
      closesAt: (r['closes_at'] as Date | null) ?? null,
      allowedGroups: r['allowed_groups'] as RoundEntity['allowedGroups'],
      lifeDomains: r['life_domains'] as RoundEntity['lifeDomains'],
      wijken: r['wijken'] as RoundEntity['wijken'],
      inputLines: r['input_lines'] as RoundEntity['inputLines'],
      accessCodeHash: (r['access_code_hash'] as string | null) ?? null,
    });
  }

  /** Public lookup by the link's slug, with the workspace for its name. */
  findBySlug(slug: string): Promise<RoundEntity | null> {
    return this.rounds.findOne({
      where: { slug },
      relations: { workspace: true },
    });
  }

  findById(id: string): Promise<RoundEntity | null> {
    return this.rounds.findOne({ where: { id } });
  }

  findInWorkspace(workspaceId: string, id: string, manager?: EntityManager): Promise<RoundEntity | null> {
    const repo = manager ? manager.getRepository(RoundEntity) : this.rounds;
    return repo.findOne({
      where: { workspaceId, id },
      lock: manager ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
    const found = await this.rounds.findOne({ where: { slug }, select: { id: true } });
    return !!found && found.id !== exceptId;
  }

  save(round: RoundEntity, manager?: EntityManager): Promise<RoundEntity> {
    return (manager ? manager.getRepository(RoundEntity) : this.rounds).save(round);
  }

  async hasPrioritisation(roundId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      'SELECT 1 FROM prioritisation WHERE round_id = $1',
      [roundId],
    );
    return rows.length > 0;
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
