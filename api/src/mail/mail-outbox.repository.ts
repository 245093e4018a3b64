import type { MailLanguage } from '@inbreng/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MailOutboxEntity } from './mail-outbox.entity';

/** The participant a return code belongs to, with what the e-mail names: the round and its workspace. */
export interface MailParticipant {
  participantId: string;
  workspaceId: string;
  roundTitle: string;
  workspaceName: string;
}

/** A queued mail taken for one send attempt. */
export interface ClaimedMail {
  id: string;
  workspaceId: string;
  recipient: Buffer;
  payload: Buffer;
  language: MailLanguage;
  attempts: number;
}

@Injectable()
export class MailOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /** Locked until the transaction ends, so two requests for one code cannot both slip under the daily limit. */
  async lockParticipant(returnCodeHash: string, manager: EntityManager): Promise<MailParticipant | null> {
    const rows: Array<{ id: string; workspace_id: string; title: string; name: string }> =
      await manager.query(
        `SELECT p.id, p.workspace_id, r.title, w.name
         FROM participant p
         JOIN round r ON r.id = p.round_id
         JOIN workspace w ON w.id = p.workspace_id
        WHERE p.return_code_hash = $1
        FOR UPDATE OF p`,
        [returnCodeHash],
      );
    const row = rows[0];
    return row
      ? {
          participantId: row.id,
          workspaceId: row.workspace_id,
          roundTitle: row.title,
          workspaceName: row.name,
        }
      : null;
  }

  /** Mails of this participant asked for since `since`, whatever became of them. */
  async countSince(participantId: string, since: Date, manager: EntityManager): Promise<number> {
    const rows: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE participant_id = $1 AND created_at > $2`,
      [participantId, since],
    );
    return rows[0]?.n ?? 0;
  }

  async insert(
    row: Pick<
      MailOutboxEntity,
      'id' | 'workspaceId' | 'participantId' | 'kind' | 'recipient' | 'payload' | 'language' | 'createdAt'
    >,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(MailOutboxEntity).insert({ ...row, status: 'queued', attempts: 0 });
  }

  /** Counts one more attempt and returns the mail, or null when it is no longer waiting (sent, wiped, deleted). */
  async claim(id: string): Promise<ClaimedMail | null> {
    const [rows]: [
      Array<{
        id: string;
        workspace_id: string;
        recipient: Buffer;
        payload: Buffer;
        language: MailLanguage;
        attempts: number;
      }>,
      number,
    ] = await this.dataSource.query(
      `UPDATE mail_outbox SET attempts = attempts + 1
        WHERE id = $1 AND status = 'queued'
       RETURNING id, workspace_id, recipient, payload, language, attempts`,
      [id],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          workspaceId: r.workspace_id,
          recipient: r.recipient,
          payload: r.payload,
          language: r.language,
          attempts: r.attempts,
        }
      : null;
  }

  /** Sent: the address and the code are wiped in the same statement that records it. */
  async markSent(id: string, at: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = $2, recipient = NULL, payload = NULL, last_error = NULL
        WHERE id = $1 AND status = 'queued'`,
      [id, at],
    );
  }

  /** Given up: wiped as well. */
  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'failed', recipient = NULL, payload = NULL, last_error = $2
        WHERE id = $1 AND status = 'queued'`,
      [id, error],
    );
  }

  async recordError(id: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox SET last_error = $2 WHERE id = $1 AND status = 'queued'`,
      [id, error],
    );
  }
}
