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
   * archived yet or still hold an original text that differs from its redacted one.
   */
  async dueRoundIds(now: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM round r
        WHERE r.status = ANY($1)
          AND COALESCE(r.closes_at, r.left_open_at) + make_interval(days => r.retention_days) <= $2
          AND (r.status <> 'archived'
               OR EXISTS (SELECT 1 FROM submission s
                           WHERE s.round_id = r.id AND s.original_text <> s.redacted_text))
        ORDER BY r.id`,
      [RETENTION_STATUSES, now],
    );
    return rows.map((r) => r.id);
  }

  /** The round, locked: two replicas sweeping at once handle each round once. */
  lockRound(id: string, manager: EntityManager): Promise<RoundEntity | null> {
    return manager.getRepository(RoundEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Replaces every original text by its redacted text; returns how many texts changed. */
  async removeOriginals(roundId: string, manager: EntityManager): Promise<number> {
    const [, changed]: [unknown, number] = await manager.query(
      `UPDATE submission SET original_text = redacted_text
        WHERE round_id = $1 AND original_text <> redacted_text`,
      [roundId],
    );
    // Questionnaire open answers keep their own original text; their table is not part of this schema yet.
    // When it is, its originals of this round are replaced here in the same way, in the same transaction.
    return changed;
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  async archive(round: RoundEntity, manager: EntityManager): Promise<void> {
    await manager.getRepository(RoundEntity).update({ id: round.id }, { status: 'archived' });
  }
}
