import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RoundEntity } from '../rounds/round.entity';
import { RETENTION_STATUSES } from './retention-rules';

/** Queries of the retention sweep. It works across workspaces: it is the system, not a staff member. */
@Injectable()
export class RetentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Rounds whose retention period ended by `now` (see retention-rules.ts; the same rule in SQL) that are not
   * archived yet or still hold an original text that differs from its redacted one (in a submission or a
   * questionnaire open answer).
   */
  async dueRoundIds(now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM round r
        WHERE r.status = ANY($1)
          AND COALESCE(r.closes_at, r.left_open_at) + make_interval(days => r.retention_days) <= $2
          AND (r.status <> 'archived'
               OR EXISTS (SELECT 1 FROM submission s
                           WHERE s.round_id = r.id AND s.original_text <> s.redacted_text)
               OR EXISTS (SELECT 1 FROM questionnaire_open_answer o
                            JOIN questionnaire q ON q.id = o.questionnaire_id
                           WHERE q.round_id = r.id AND o.original_text <> o.redacted_text))
        ORDER BY r.id`,
      [RETENTION_STATUSES, now],
    );
    return rows.map((r) => r.id);
  }

  /** The round, locked: two replicas sweeping at once handle each round once. */
  lockRound(id: string, manager: EntityManager): Promise<RoundEntity | null> {
    return manager.getRepository(RoundEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Replaces every submission's original text by its redacted text; returns how many texts changed. */
  async removeSubmissionOriginals(roundId: string, manager: EntityManager): Promise<number> {
    const [, changed]: [unknown, number] = await manager.query(
      `UPDATE submission SET original_text = redacted_text
        WHERE round_id = $1 AND original_text <> redacted_text`,
      [roundId],
    );
    return changed;
  }

  /**
   * Replaces the original text of every questionnaire open answer of the round by its redacted text, and the
   * same text where the response keeps the answers as typed (to resume with): the open question's value, or the
   * `otherText` of an "anders, namelijk …" choice. Returns how many open answers changed.
   */
  async removeOpenAnswerOriginals(roundId: string, manager: EntityManager): Promise<number> {
    // A question has one source (an open question or a choice with "anders"), so keys do not repeat per response.
    await manager.query(
      `WITH patch AS (
         SELECT r.id, jsonb_object_agg(o.question_key,
                  CASE WHEN o.source = 'answer' THEN to_jsonb(o.redacted_text)
                       ELSE (r.answers -> o.question_key) || jsonb_build_object('otherText', o.redacted_text) END
                ) AS answers
           FROM questionnaire_open_answer o
           JOIN questionnaire q ON q.id = o.questionnaire_id
           JOIN questionnaire_response r ON r.id = o.response_id
          WHERE q.round_id = $1 AND o.original_text <> o.redacted_text
            AND CASE WHEN o.source = 'answer' THEN r.answers -> o.question_key IS NOT NULL
                     ELSE jsonb_typeof(r.answers -> o.question_key) = 'object' END
          GROUP BY r.id
       )
       UPDATE questionnaire_response r SET answers = r.answers || patch.answers FROM patch WHERE r.id = patch.id`,
      [roundId],
    );
    const [, changed]: [unknown, number] = await manager.query(
      `UPDATE questionnaire_open_answer o SET original_text = o.redacted_text
         FROM questionnaire q
        WHERE q.id = o.questionnaire_id AND q.round_id = $1 AND o.original_text <> o.redacted_text`,
      [roundId],
    );
    return changed;
  }

  /**
   * Wipes the address and content of every mail asked for before `before` that still holds them, and marks it
   * failed (a queued mail must hold them, see the table's check). Returns the mails wiped.
   */
  async wipeStaleMail(
    before: Date,
    manager: EntityManager,
  ): Promise<Array<{ id: string; workspaceId: string }>> {
    const [rows]: [Array<{ id: string; workspace_id: string }>, number] = await manager.query(
      `UPDATE mail_outbox
          SET status = 'failed', recipient = NULL, payload = NULL,
              last_error = 'not sent within a day; the address was wiped'
        WHERE recipient IS NOT NULL AND created_at < $1
       RETURNING id, workspace_id`,
      [before],
    );
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id }));
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async archive(round: RoundEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(RoundEntity).update({ id: round.id }, { status: 'archived' });
  }
}
