import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ClusteringRunEntity } from './clustering-run.entity';

@Injectable()
export class ClusteringRunRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(ClusteringRunEntity);
  }

  latest(workspaceId: string, roundId: string): Promise<ClusteringRunEntity | null> {
    return this.repo.findOne({ where: { workspaceId, roundId }, order: { createdAt: 'DESC' } });
  }

  findInRound(workspaceId: string, roundId: string, id: string): Promise<ClusteringRunEntity | null> {
    return this.repo.findOne({ where: { id, workspaceId, roundId } });
  }

  findById(id: string): Promise<ClusteringRunEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  /** A queued or running run of the round, if any: one at a time per round. */
  active(workspaceId: string, roundId: string): Promise<ClusteringRunEntity | null> {
    return this.repo
      .createQueryBuilder('r')
      .where('r.workspace_id = :workspaceId AND r.round_id = :roundId', { workspaceId, roundId })
      .andWhere(`r.status IN ('queued', 'running')`)
      .getOne();
  }

  create(data: Partial<ClusteringRunEntity>, manager?: EntityManager): Promise<ClusteringRunEntity> {
    const repo = (manager ?? this.dataSource.manager).getRepository(ClusteringRunEntity);
    return repo.save(repo.create(data));
  }

  async update(id: string, patch: Partial<ClusteringRunEntity>, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .getRepository(ClusteringRunEntity)
      .update({ id }, patch as Record<string, unknown>);
  }
}
