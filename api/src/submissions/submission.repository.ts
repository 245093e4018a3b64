import { Injectable } from '@nestjs/common';
import type { ModerationQueueQuery } from '@inbreng/contracts';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { SubmissionEntity } from './submission.entity';

export type NewSubmission = Omit<
  SubmissionEntity,
  | 'id'
  | 'createdAt'
  | 'moderatedAt'
  | 'moderatedBy'
  | 'rejectionReason'
  | 'rejectionNote'
  | 'round'
  | 'participant'
>;

/** Every staff query takes the workspace it is scoped to. */
@Injectable()
export class SubmissionRepository {
  private readonly submissions: Repository<SubmissionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.submissions = dataSource.getRepository(SubmissionEntity);
  }

  findByIdempotencyKey(idempotencyKeyHash: string): Promise<SubmissionEntity | null> {
    return this.submissions.findOne({ where: { idempotencyKeyHash } });
  }

  /** Inserts unless the idempotency key was used before; returns null in that case. */
  async insertOnce(data: NewSubmission): Promise<SubmissionEntity | null> {
    const result = await this.submissions
      .createQueryBuilder()
      .insert()
      .values(data as QueryDeepPartialEntity<SubmissionEntity>)
      .orIgnore()
      .returning('*')
      .execute();
    const raw = (result.raw as Array<Record<string, unknown>>)[0];
    if (!raw) return null;
    return this.submissions.create({
      ...data,
      id: raw['id'] as string,
      createdAt: new Date(raw['created_at'] as string),
      status: 'pending',
      rejectionReason: null,
      rejectionNote: null,
      moderatedAt: null,
      moderatedBy: null,
    });
  }

  /** Bulk insert for the demo seed. */
  async insertMany(rows: Array<NewSubmission & Partial<SubmissionEntity>>): Promise<void> {
    if (rows.length) await this.submissions.insert(rows as QueryDeepPartialEntity<SubmissionEntity>[]);
  }

  listForParticipant(participantId: string): Promise<SubmissionEntity[]> {
    return this.submissions.find({ where: { participantId }, order: { createdAt: 'ASC' } });
  }

  findInWorkspace(
    workspaceId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<SubmissionEntity | null> {
    const repo = manager ? manager.getRepository(SubmissionEntity) : this.submissions;
    return repo.findOne({
      where: { workspaceId, id },
      lock: manager ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  async save(entity: SubmissionEntity, manager: EntityManager): Promise<SubmissionEntity> {
    return manager.getRepository(SubmissionEntity).save(entity);
  }

  findManyInRound(
    workspaceId: string,
    roundId: string,
    ids: string[],
    manager: EntityManager,
  ): Promise<SubmissionEntity[]> {
    return manager.getRepository(SubmissionEntity).find({
      where: { workspaceId, roundId, id: In(ids) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async queue(
    workspaceId: string,
    roundId: string,
    q: ModerationQueueQuery,
  ): Promise<{ items: SubmissionEntity[]; total: number; urgentPending: number }> {
    const qb = this.scoped(workspaceId, roundId);
    if (q.status) qb.andWhere('s.status = :status', { status: q.status });
    if (q.group) qb.andWhere('s.group = :group', { group: q.group });
    if (q.kind) qb.andWhere('s.kind = :kind', { kind: q.kind });
    if (q.lifeDomain)
      qb.andWhere('s.life_domains @> :domain::jsonb', { domain: JSON.stringify([q.lifeDomain]) });
    if (q.flag === 'urgent') qb.andWhere('s.urgent = true');
    if (q.flag === 'pii') qb.andWhere('jsonb_array_length(s.pii_kinds) > 0');
    qb.orderBy('s.urgent', 'DESC').addOrderBy('s.created_at', 'ASC').addOrderBy('s.id', 'ASC');
    qb.take(q.limit ?? 50).skip(q.offset ?? 0);
    const [items, total] = await qb.getManyAndCount();
    const urgentPending = await this.scoped(workspaceId, roundId)
      .andWhere("s.status = 'pending' AND s.urgent = true")
      .getCount();
    return { items, total, urgentPending };
  }

  /** Counts per value of one column (or per element of a jsonb array column). */
  async countBy(
    workspaceId: string,
    roundId: string,
    column: 'status' | 'group' | 'age_band' | 'wijk' | 'kind' | 'life_domains',
  ): Promise<Array<{ key: string; count: number }>> {
    const expr = column === 'life_domains' ? 'jsonb_array_elements_text(s.life_domains)' : `s."${column}"`;
    const rows: Array<{ key: string | null; count: string }> = await this.scoped(workspaceId, roundId)
      .select(`${expr}`, 'key')
      .addSelect('count(*)', 'count')
      .groupBy('key')
      .orderBy('count', 'DESC')
      .getRawMany();
    return rows.filter((r) => r.key !== null).map((r) => ({ key: String(r.key), count: Number(r.count) }));
  }

  countInRound(workspaceId: string, roundId: string): Promise<number> {
    return this.scoped(workspaceId, roundId).getCount();
  }

  countUrgentPending(workspaceId: string, roundId: string): Promise<number> {
    return this.scoped(workspaceId, roundId).andWhere("s.status = 'pending' AND s.urgent = true").getCount();
  }

  private scoped(workspaceId: string, roundId: string): SelectQueryBuilder<SubmissionEntity> {
    return this.submissions
      .createQueryBuilder('s')
      .where('s.workspace_id = :workspaceId', { workspaceId })
      .andWhere('s.round_id = :roundId', { roundId });
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
