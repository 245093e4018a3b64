import { Injectable } from '@nestjs/common';
import {
  KNOWLEDGE_TYPE_OF_GROUP,
  type AgeBand,
  type ModerationQueueQuery,
  type ParticipantGroup,
} from '@inbreng/contracts';
import { DataSource, EntityManager, In, Repository, SelectQueryBuilder } from 'typeorm';
import { SubmissionEntity } from './submission.entity';

const KNOWLEDGE_TYPE_SQL = `CASE p."group" ${Object.entries(KNOWLEDGE_TYPE_OF_GROUP)
  .map(([group, type]) => `WHEN '${group}' THEN '${type}'`)
  .join(' ')} END`;

export interface FirstSubmissionResult {
  /** False when the round was not open at the moment of writing; nothing was written then. */
  roundOpen: boolean;
  participant: { id: string; roundId: string; group: ParticipantGroup; ageBand: AgeBand | null } | null;
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
   * Inserts unless the idempotency key was used before; returns null in that case.
   * Plain SQL: this runs for every submission (see RoundRepository.findBySlugForSubmit).
   */
  async insertOnce(data: NewSubmission): Promise<SubmissionEntity | null> {
    const rows: Array<{ id: string; created_at: Date }> = await this.dataSource.query(
      `INSERT INTO submission (workspace_id, round_id, participant_id, idempotency_key_hash, "group", age_band,
         knowledge_type, kind, original_text, redacted_text, life_domains, wijk, input_line, status, urgent,
         crisis_categories, pii_kinds)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16::jsonb, $17::jsonb)
       ON CONFLICT (idempotency_key_hash) DO NOTHING
       RETURNING id, created_at`,
      [
        data.workspaceId,
        data.roundId,
        data.participantId,
        data.idempotencyKeyHash,
        data.group,
        data.ageBand,
        data.knowledgeType,
        data.kind,
        data.originalText,
        data.redactedText,
        JSON.stringify(data.lifeDomains),
        data.wijk,
        data.inputLine,
        data.status,
        data.urgent,
        JSON.stringify(data.crisisCategories),
        JSON.stringify(data.piiKinds),
      ],
    );
    const row = rows[0];
    if (!row) return null;
    return this.submissions.create({
      ...data,
      id: row.id,
      createdAt: row.created_at,
      rejectionReason: null,
      rejectionNote: null,
      moderatedAt: null,
      moderatedBy: null,
      sourceQuestionnaireId: null,
      sourceResponseId: null,
      sourceQuestionKey: null,
    });
  }

  /**
   * A new participant's submission in one statement: the round must be open right now (checked in the
   * same statement, so closing a round takes effect at once), the participant is created or found by
   * the return-code hash, and the submission is inserted unless its idempotency key was seen before.
   * One round trip instead of three is what makes the submit path fast.
   */
  async insertFirst(
    participant: {
      workspaceId: string;
      roundId: string;
      returnCodeHash: string;
      group: ParticipantGroup;
      ageBand: AgeBand | null;
    },
    data: Omit<
      NewSubmission,
      'workspaceId' | 'roundId' | 'participantId' | 'group' | 'ageBand' | 'knowledgeType' | 'status'
    >,
  ): Promise<FirstSubmissionResult> {
    const rows: Array<{
      open: number;
      participant_id: string | null;
      round_id: string | null;
      group: ParticipantGroup | null;
      age_band: AgeBand | null;
      submission_id: string | null;
      created_at: Date | null;
    }> = await this.dataSource.query(
      `WITH r AS (
         SELECT id FROM round
          WHERE id = $1 AND status = 'open'
            AND (opens_at IS NULL OR opens_at <= now()) AND (closes_at IS NULL OR closes_at > now())
       ), p AS (
         INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
         SELECT $2, r.id, $3, $4, $5 FROM r
         ON CONFLICT (return_code_hash) DO UPDATE SET return_code_hash = EXCLUDED.return_code_hash
         RETURNING id, round_id, "group", age_band
       ), s AS (
         INSERT INTO submission (workspace_id, round_id, participant_id, idempotency_key_hash, "group", age_band,
           knowledge_type, kind, original_text, redacted_text, life_domains, wijk, input_line, status, urgent,
           crisis_categories, pii_kinds)
         SELECT $2, p.round_id, p.id, $6, p."group", p.age_band, ${KNOWLEDGE_TYPE_SQL}, $7, $8, $9, $10::jsonb,
           $11, $12, 'pending', $13, $14::jsonb, $15::jsonb
           FROM p WHERE p.round_id = $1
         ON CONFLICT (idempotency_key_hash) DO NOTHING
         RETURNING id, created_at
       )
       SELECT (SELECT count(*)::int FROM r) AS open, p.id AS participant_id, p.round_id, p."group", p.age_band,
              s.id AS submission_id, s.created_at
         FROM (SELECT 1) AS one LEFT JOIN p ON true LEFT JOIN s ON true`,
      [
        participant.roundId,
        participant.workspaceId,
        participant.returnCodeHash,
        participant.group,
        participant.ageBand,
        data.idempotencyKeyHash,
        data.kind,
        data.originalText,
        data.redactedText,
        JSON.stringify(data.lifeDomains),
        data.wijk,
        data.inputLine,
        data.urgent,
        JSON.stringify(data.crisisCategories),
        JSON.stringify(data.piiKinds),
      ],
    );
    const row = rows[0];
    if (!row || row.open === 0) return { roundOpen: false, participant: null, submission: null };
    return {
      roundOpen: true,
      participant:
        row.participant_id && row.round_id && row.group
          ? { id: row.participant_id, roundId: row.round_id, group: row.group, ageBand: row.age_band }
          : null,
      submission:
        row.submission_id && row.created_at ? { id: row.submission_id, createdAt: row.created_at } : null,
    };
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
