import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';

export type NewAuditEvent = Omit<AuditEventEntity, 'id' | 'createdAt'>;

/** Inserts and reads only: there is deliberately no update or delete here. */
@Injectable()
export class AuditRepository {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  async insert(event: NewAuditEvent, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    // jsonb columns hold arbitrary JSON, which TypeORM's deep-partial type cannot express.
    await repo.insert(event as QueryDeepPartialEntity<AuditEventEntity>);
  }

  listForWorkspace(
    workspaceId: string,
    limit: number,
    offset: number,
  ): Promise<[AuditEventEntity[], number]> {
    return this.events.findAndCount({
      where: { workspaceId },
      order: { createdAt: 'DESC' },
      take: limit,
      skip: offset,
    });
  }

  /** Oldest first, by keyset (created_at, id): stable while new events arrive during an export. */
  pageForExport(
    workspaceId: string,
    after: { createdAt: Date; id: string } | null,
    limit: number,
  ): Promise<AuditEventEntity[]> {
    const qb = this.events
      .createQueryBuilder('e')
      .where('e.workspace_id = :workspaceId', { workspaceId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(limit);
    if (after) qb.andWhere('(e.created_at, e.id) > (:createdAt, :id)', after);
    return qb.getMany();
  }
}
