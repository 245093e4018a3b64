import { Injectable } from '@nestjs/common';
import { format } from '@fast-csv/format';
import type { Readable } from 'node:stream';
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

  /** The workspace's whole audit log as CSV, streamed in pages; the export itself is audited first. */
  async exportCsv(workspaceId: string, actor: Pick<RequestUser, 'id' | 'email'>): Promise<Readable> {
    await this.record({
      action: 'audit.exported',
      subjectType: 'workspace',
      subjectId: workspaceId,
      workspaceId,
      actor,
    });
    const csv = format({ headers: true, writeBOM: true });
    const pump = async () => {
      let after: { createdAt: Date; id: string } | null = null;
      for (;;) {
        const page = await this.repo.pageForExport(workspaceId, after, 1000);
        for (const e of page) {
          const r = toAuditEventResponse(e);
          csv.write({
            created_at: r.createdAt,
            action: r.action,
            actor_email: r.actorEmail ?? '',
            actor_id: r.actorId ?? '',
            subject_type: r.subjectType,
            subject_id: r.subjectId ?? '',
            before: r.before ? JSON.stringify(r.before) : '',
            after: r.after ? JSON.stringify(r.after) : '',
            id: r.id,
          });
        }
        const last = page[page.length - 1];
        if (!last || page.length < 1000) break;
        after = { createdAt: last.createdAt, id: last.id };
      }
      csv.end();
    };
    pump().catch((err: unknown) => csv.destroy(err instanceof Error ? err : new Error(String(err))));
    return csv;
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
