import { Injectable } from '@nestjs/common';
import type { AuditEventResponse, Page } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestUser } from '../common/request-user';
import type { AuditEventEntity } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  workspaceId?: string | null;
  actor?: Pick<RequestUser, 'id' | 'email'> | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly repo: AuditRepository) {}

  /** Pass the transaction's manager so the audit row commits (or rolls back) with the change it describes. */
  record(input: AuditInput, manager?: EntityManager): Promise<void> {
    return this.repo.insert(
      {
        action: input.action,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        workspaceId: input.workspaceId ?? null,
        actorId: input.actor?.id ?? null,
        actorEmail: input.actor?.email ?? null,
        before: input.before ?? null,
        after: input.after ?? null,
      },
      manager,
    );
  }

  async list(workspaceId: string, limit: number, offset: number): Promise<Page<AuditEventResponse>> {
    const [rows, total] = await this.repo.listForWorkspace(workspaceId, limit, offset);
    return { items: rows.map(toAuditEventResponse), total };
  }
}

export function toAuditEventResponse(e: AuditEventEntity): AuditEventResponse {
  return {
    id: e.id,
    workspaceId: e.workspaceId,
    actorId: e.actorId,
    actorEmail: e.actorEmail,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    before: e.before,
    after: e.after,
    createdAt: e.createdAt.toISOString(),
  };
}
