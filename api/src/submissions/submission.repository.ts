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

/** A new participant's first submission, as FirstSubmissionWriter queues it. */
export interface FirstSubmission
  extends Pick<
    SubmissionEntity,
    | 'workspaceId'
    | 'roundId'
    | 'idempotencyKeyHash'
    | 'group'
    | 'ageBand'
    | 'kind'
    | 'originalText'
    | 'redactedText'
    | 'lifeDomains'
    | 'wijk'
    | 'inputLine'
    | 'urgent'
    | 'crisisCategories'
    | 'piiKinds'
    | 'quoteConsent'
  > {
  returnCodeHash: string;
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

/**
 * Rows come in as parallel arrays (one statement for any number of rows, planned once). The submission's
 * created_at is clock_timestamp() so rows of one batch keep their order of arrival.
 */
const INSERT_FIRST_MANY_SQL = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                         $7::varchar[], $8::text[], $9::text[], $10::text[], $11::varchar[], $12::varchar[],
                         $13::boolean[], $14::text[], $15::text[], $16::boolean[])
      WITH ORDINALITY AS t(round_id, workspace_id, return_code_hash, "group", age_band, key_hash, kind,
                           original_text, redacted_text, life_domains, wijk, input_line, urgent,
                           crisis_categories, pii_kinds, quote_consent, n)
  ), open AS (
    SELECT input.* FROM input JOIN round r ON r.id = input.round_id
     WHERE r.status = 'open' AND (r.opens_at IS NULL OR r.opens_at <= now())
       AND (r.closes_at IS NULL OR r.closes_at > now())
  ), p AS (
    INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
    SELECT workspace_id, round_id, return_code_hash, "group", age_band FROM open ORDER BY n
    ON CONFLICT (return_code_hash) DO UPDATE SET return_code_hash = EXCLUDED.return_code_hash
    RETURNING id, round_id, "group", age_band, return_code_hash
  ), s AS (
    INSERT INTO submission (workspace_id, round_id, participant_id, idempotency_key_hash, "group", age_band,
      knowledge_type, kind, original_text, redacted_text, life_domains, wijk, input_line, status, urgent,
      crisis_categories, pii_kinds, quote_consent, created_at)
    SELECT o.workspace_id, p.round_id, p.id, o.key_hash, p."group", p.age_band, ${KNOWLEDGE_TYPE_SQL}, o.kind,
           o.original_text, o.redacted_text, o.life_domains::jsonb, o.wijk, o.input_line, 'pending', o.urgent,
           o.crisis_categories::jsonb, o.pii_kinds::jsonb, o.quote_consent, clock_timestamp()
      FROM open o JOIN p ON p.return_code_hash = o.return_code_hash
     WHERE p.round_id = o.round_id
     ORDER BY o.n
    ON CONFLICT (idempotency_key_hash) DO NOTHING
    RETURNING id, created_at, idempotency_key_hash
  )
  SELECT i.n, o.n IS NOT NULL AS open, p.id AS participant_id, p.round_id, p."group", p.age_band,
         s.id AS submission_id, s.created_at
    FROM input i
    LEFT JOIN open o ON o.n = i.n
    LEFT JOIN p ON p.return_code_hash = i.return_code_hash
    LEFT JOIN s ON s.idempotency_key_hash = i.key_hash
   ORDER BY i.n`;

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
         crisis_categories, pii_kinds, quote_consent)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, $16::jsonb, $17::jsonb, $18)
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
        data.quoteConsent,
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
   * New participants' first submissions, many in one statement (see FirstSubmissionWriter): per row,
   * the round must be open right now (checked in the same statement, so closing a round takes effect
   * at once), the participant is created or found by the return-code hash, and the submission is
   * inserted unless its idempotency key was seen before. Returns one result per row, in order.
   * Rows must have distinct idempotency keys (a key decides the return code, hence the participant).
   */
  async insertFirstMany(rows: FirstSubmission[]): Promise<FirstSubmissionResult[]> {
    if (rows.length === 0) return [];
    const column = <K extends keyof FirstSubmission>(key: K) => rows.map((r) => r[key]);
    const json = (key: 'lifeDomains' | 'crisisCategories' | 'piiKinds') =>
      rows.map((r) => JSON.stringify(r[key]));
    const found: Array<{
      n: string;
      open: boolean;
      participant_id: string | null;
      round_id: string | null;
      group: ParticipantGroup | null;
      age_band: AgeBand | null;
      submission_id: string | null;
      created_at: Date | null;
    }> = await this.dataSource.query(INSERT_FIRST_MANY_SQL, [
      column('roundId'),
      column('workspaceId'),
      column('returnCodeHash'),
      column('group'),
      column('ageBand'),
      column('idempotencyKeyHash'),
      column('kind'),
      column('originalText'),
      column('redactedText'),
      json('lifeDomains'),
      column('wijk'),
      column('inputLine'),
      column('urgent'),
      json('crisisCategories'),
      json('piiKinds'),
      column('quoteConsent'),
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
        submission:
          row.submission_id && row.created_at ? { id: row.submission_id, createdAt: row.created_at } : null,
      };
    });
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
