import { Injectable } from '@nestjs/common';
import type {
  AgeBand,
  Answers,
  ParticipantGroup,
  QuestionnaireStatus,
  RoundStatus,
} from '@inbreng/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Screening } from '../submissions/text-screening';
import type { AnswerRow, OpenText } from './answer-rows';
import { QuestionnaireResponseEntity } from './entities/questionnaire-response.entity';

export type ScreenedText = OpenText & Screening;

export interface OpenState {
  questionnaireStatus: QuestionnaireStatus;
  round: { status: RoundStatus; opensAt: Date | null; closesAt: Date | null };
}

export interface StoredResponse {
  id: string;
  status: 'in_progress' | 'submitted';
  updatedAt: Date;
  submittedAt: Date | null;
}

/** Writes of the public answering path; each method runs in the caller's transaction. */
@Injectable()
export class ResponseRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  /**
   * The questionnaire's and round's state, with the questionnaire row share-locked: a transition to closed
   * waits for saves in flight, and no save lands after it.
   */
  async lockOpenState(questionnaireId: string, manager: EntityManager): Promise<OpenState | null> {
    const rows: Array<{
      q_status: QuestionnaireStatus;
      r_status: RoundStatus;
      opens_at: Date | null;
      closes_at: Date | null;
    }> = await manager.query(
      `SELECT q.status AS q_status, r.status AS r_status, r.opens_at, r.closes_at
           FROM questionnaire q JOIN round r ON r.id = q.round_id WHERE q.id = $1 FOR SHARE OF q`,
      [questionnaireId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      questionnaireStatus: row.q_status,
      round: { status: row.r_status, opensAt: row.opens_at, closesAt: row.closes_at },
    };
  }

  /** Creates the participant of a new return code, or finds it when a retry brings the same code. */
  async upsertParticipant(
    p: {
      workspaceId: string;
      roundId: string;
      returnCodeHash: string;
      group: ParticipantGroup;
      ageBand: AgeBand | null;
    },
    manager: EntityManager,
  ): Promise<{ id: string; roundId: string; group: ParticipantGroup; ageBand: AgeBand | null }> {
    const rows: Array<{ id: string; round_id: string; group: ParticipantGroup; age_band: AgeBand | null }> =
      await manager.query(
        `INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (return_code_hash) DO UPDATE SET return_code_hash = EXCLUDED.return_code_hash
         RETURNING id, round_id, "group", age_band`,
        [p.workspaceId, p.roundId, p.returnCodeHash, p.group, p.ageBand],
      );
    const row = rows[0];
    if (!row) throw new Error('participant upsert returned nothing');
    return { id: row.id, roundId: row.round_id, group: row.group, ageBand: row.age_band };
  }

  /**
   * Inserts or updates the participant's one response to this questionnaire. Returns null when it was
   * handed in before: a handed-in response is final.
   */
  async upsertResponse(
    r: {
      workspaceId: string;
      questionnaireId: string;
      versionId: string;
      participantId: string;
      group: ParticipantGroup;
      ageBand: AgeBand | null;
      wijk: string | null;
      answers: Answers;
      submit: boolean;
    },
    manager: EntityManager,
  ): Promise<StoredResponse | null> {
    const rows: Array<{
      id: string;
      status: StoredResponse['status'];
      updated_at: Date;
      submitted_at: Date | null;
    }> = await manager.query(
      `INSERT INTO questionnaire_response
           (workspace_id, questionnaire_id, version_id, participant_id, "group", age_band, wijk, status, answers, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $9 THEN 'submitted' ELSE 'in_progress' END, $8::jsonb,
                 CASE WHEN $9 THEN now() END)
         ON CONFLICT (questionnaire_id, participant_id) DO UPDATE SET
           version_id = EXCLUDED.version_id, wijk = EXCLUDED.wijk, answers = EXCLUDED.answers,
           status = EXCLUDED.status, submitted_at = EXCLUDED.submitted_at, updated_at = now()
         WHERE questionnaire_response.status = 'in_progress'
         RETURNING id, status, updated_at, submitted_at`,
      [
        r.workspaceId,
        r.questionnaireId,
        r.versionId,
        r.participantId,
        r.group,
        r.ageBand,
        r.wijk,
        JSON.stringify(r.answers),
        r.submit,
      ],
    );
    const row = rows[0];
    return row
      ? { id: row.id, status: row.status, updatedAt: row.updated_at, submittedAt: row.submitted_at }
      : null;
  }

  /** Replaces the countable rows and screened texts of one response (a save always sends all answers). */
  async replaceAnswers(
    responseId: string,
    questionnaireId: string,
    rows: AnswerRow[],
    texts: ScreenedText[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(`DELETE FROM questionnaire_answer WHERE response_id = $1`, [responseId]);
    await manager.query(`DELETE FROM questionnaire_open_answer WHERE response_id = $1`, [responseId]);
    await insertAnswerRows(manager, [{ responseId, questionnaireId, rows }]);
    if (texts.length) {
      await manager.query(
        `INSERT INTO questionnaire_open_answer
           (response_id, questionnaire_id, question_key, source, original_text, redacted_text, urgent, crisis_categories, pii_kinds)
         SELECT $1, $2, t.k, t.s, t.o, t.r, t.u, t.c::jsonb, t.p::jsonb
           FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::text[], $9::text[]) AS t(k, s, o, r, u, c, p)`,
        [
          responseId,
          questionnaireId,
          texts.map((t) => t.questionKey),
          texts.map((t) => t.source),
          texts.map((t) => t.text),
          texts.map((t) => t.redactedText),
          texts.map((t) => t.urgent),
          texts.map((t) => JSON.stringify(t.crisisCategories)),
          texts.map((t) => JSON.stringify(t.piiKinds)),
        ],
      );
    }
  }

  findByParticipant(
    questionnaireId: string,
    participantId: string,
  ): Promise<QuestionnaireResponseEntity | null> {
    return this.dataSource
      .getRepository(QuestionnaireResponseEntity)
      .findOne({ where: { questionnaireId, participantId } });
  }

  /** Question keys of this response's open answers with crisis signals. */
  async urgentKeys(responseId: string): Promise<string[]> {
    const rows: Array<{ question_key: string }> = await this.dataSource.query(
      `SELECT DISTINCT question_key FROM questionnaire_open_answer WHERE response_id = $1 AND urgent ORDER BY 1`,
      [responseId],
    );
    return rows.map((r) => r.question_key);
  }
}

/**
 * Inserts answer rows of many responses in one statement (unnest of parallel arrays): used by saves, the
 * demo seed and the benchmark.
 */
export async function insertAnswerRows(
  db: Pick<EntityManager, 'query'>,
  batch: Array<{ responseId: string; questionnaireId: string; rows: AnswerRow[] }>,
): Promise<void> {
  const cols = {
    r: [] as string[],
    q: [] as string[],
    k: [] as string[],
    o: [] as string[],
    v: [] as Array<number | null>,
    h: [] as boolean[],
  };
  for (const { responseId, questionnaireId, rows } of batch) {
    for (const row of rows) {
      cols.r.push(responseId);
      cols.q.push(questionnaireId);
      cols.k.push(row.questionKey);
      cols.o.push(row.optionKey);
      cols.v.push(row.value);
      cols.h.push(row.head);
    }
  }
  if (!cols.r.length) return;
  await db.query(
    `INSERT INTO questionnaire_answer (response_id, questionnaire_id, question_key, option_key, value, head)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::float8[], $6::bool[])`,
    [cols.r, cols.q, cols.k, cols.o, cols.v, cols.h],
  );
}
