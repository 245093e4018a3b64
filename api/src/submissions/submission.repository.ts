import { Injectable } from '@nestjs/common';
import type { AgeBand, ModerationQueueQuery, ParticipantGroup } from '@inbreng/contracts';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { SubmissionEntity } from './submission.entity';
import {
  contentParameters,
  INSERT_FIRST_MANY_SQL,
  INSERT_RETURNING_MANY_SQL,
  type SubmissionContent,
} from './submit-statements';

export interface FirstSubmissionResult {
  /** False when the round was not open at the moment of writing; nothing was written then. */
  roundOpen: boolean;
  participant: { id: string; roundId: string; group: ParticipantGroup; ageBand: AgeBand | null } | null;
  /** Null when the idempotency key had been used before (the caller loads that submission). */
  submission: { id: string; createdAt: Date } | null;
}

/** A new participant's first submission, as FirstSubmissionWriter queues it. */
export interface FirstSubmission
  extends SubmissionContent,
    Pick<SubmissionEntity, 'workspaceId' | 'roundId' | 'group' | 'ageBand'> {
  returnCodeHash: string;
}

/** A returning participant's submission, as ReturningSubmissionWriter queues it. */
export interface ReturningSubmission extends SubmissionContent, Pick<SubmissionEntity, 'roundId'> {
  returnCodeHash: string;
}

export interface ReturningSubmissionResult {
  /** False when the round was not open at the moment of writing; nothing was written then. */
  roundOpen: boolean;
  /** The participant with this return code in this round; null when there is none (nothing written). */
  participantId: string | null;
  /** Null when the idempotency key had been used before (the caller loads that submission). */
  submission: { id: string; createdAt: Date } | null;
}

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
  | 'sourceQuestionnaireId'
  | 'sourceResponseId'
  | 'sourceQuestionKey'
>;

interface StoredRow {
  submission_id: string | null;
  created_at: Date | null;
}

const storedSubmission = (row: StoredRow) =>
  row.submission_id && row.created_at ? { id: row.submission_id, createdAt: row.created_at } : null;

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

  /**
   * New participants' first submissions, many in one statement (see FirstSubmissionWriter): per row,
   * the round must be open right now (checked in the same statement, so closing a round takes effect
   * at once), the participant is created or found by the return-code hash, and the submission is
   * inserted unless its idempotency key was seen before. Returns one result per row, in order.
   * Rows must have distinct idempotency keys (a key decides the return code, hence the participant).
   */
  async insertFirstMany(rows: FirstSubmission[]): Promise<FirstSubmissionResult[]> {
    if (rows.length === 0) return [];
    const column = <K extends keyof FirstSubmission>(key: K) => rows.map((r) => r[key]);
    const found: Array<
      StoredRow & {
        open: boolean;
        participant_id: string | null;
        round_id: string | null;
        group: ParticipantGroup | null;
        age_band: AgeBand | null;
      }
    > = await this.dataSource.query(INSERT_FIRST_MANY_SQL, [
      ...contentParameters(rows),
      column('roundId'),
      column('workspaceId'),
      column('returnCodeHash'),
      column('group'),
      column('ageBand'),
    ]);
    if (found.length !== rows.length) throw new Error(`insertFirstMany: ${found.length} of ${rows.length}`);
    return found.map((row) => {
      if (!row.open) return { roundOpen: false, participant: null, submission: null };
      return {
        roundOpen: true,
        participant:
          row.participant_id && row.round_id && row.group
            ? { id: row.participant_id, roundId: row.round_id, group: row.group, ageBand: row.age_band }
            : null,
        submission: storedSubmission(row),
      };
    });
  }

  /**
   * Returning participants' submissions, many in one statement (see ReturningSubmissionWriter): per
   * row, the participant is found by the return-code hash in the row's round, the round must be open
   * right now, and the submission is inserted with the participant's own group, age band and knowledge
   * type unless its idempotency key was seen before. Returns one result per row, in order. Rows must
   * have distinct idempotency keys.
   */
  async insertReturningMany(rows: ReturningSubmission[]): Promise<ReturningSubmissionResult[]> {
    if (rows.length === 0) return [];
    const found: Array<StoredRow & { open: boolean; participant_id: string | null }> =
      await this.dataSource.query(INSERT_RETURNING_MANY_SQL, [
        ...contentParameters(rows),
        rows.map((r) => r.roundId),
        rows.map((r) => r.returnCodeHash),
      ]);
    if (found.length !== rows.length) {
      throw new Error(`insertReturningMany: ${found.length} of ${rows.length}`);
    }
    return found.map((row) =>
      row.open
        ? { roundOpen: true, participantId: row.participant_id, submission: storedSubmission(row) }
        : { roundOpen: false, participantId: null, submission: null },
    );
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
    const urgentPending = await this.countUrgentPending(workspaceId, roundId);
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
