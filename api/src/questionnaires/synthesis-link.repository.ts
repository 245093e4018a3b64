import { Injectable } from '@nestjs/common';
import { KNOWLEDGE_TYPE_OF_GROUP } from '@inbreng/contracts';
import { EntityManager } from 'typeorm';

const KNOWLEDGE_TYPE_SQL = `CASE picked."group" ${Object.entries(KNOWLEDGE_TYPE_OF_GROUP)
  .map(([group, type]) => `WHEN '${group}' THEN '${type}'`)
  .join(' ')} END`;

export interface SendInput {
  workspaceId: string;
  questionnaireId: string;
  questionKey: string;
  kind: 'experience' | 'question';
  responseIds?: string[];
  minLength: number;
}

/** Turns open answers into pending submissions, each once. Runs in the caller's transaction. */
@Injectable()
export class SynthesisLinkRepository {
  /**
   * Locks the candidate answers, then inserts one submission per answer not sent before (its idempotency
   * key is derived from response and question, so a second run cannot create a duplicate) and links it back.
   */
  async send(
    input: SendInput,
    manager: EntityManager,
  ): Promise<{ created: number; alreadySent: number; tooShort: number }> {
    const params: unknown[] = [input.workspaceId, input.questionnaireId, input.questionKey];
    let only = '';
    if (input.responseIds) {
      params.push(input.responseIds);
      only = `AND o.response_id = ANY($${params.length}::uuid[])`;
    }
    const candidates = `
      FROM questionnaire_open_answer o
      JOIN questionnaire_response r ON r.id = o.response_id
      JOIN questionnaire q ON q.id = o.questionnaire_id
     WHERE q.workspace_id = $1 AND o.questionnaire_id = $2 AND o.question_key = $3 AND o.source = 'answer'
       AND r.status = 'submitted' ${only}`;
    const counts: Array<{ sent: number; short: number }> = await manager.query(
      `SELECT count(*) FILTER (WHERE o.submission_id IS NOT NULL)::int AS sent,
              count(*) FILTER (WHERE o.submission_id IS NULL AND char_length(btrim(o.original_text)) < ${Number(input.minLength)})::int AS short
         FROM (SELECT o.submission_id, o.original_text ${candidates} FOR UPDATE OF o) o`,
      params,
    );
    params.push(input.kind);
    const kindParam = `$${params.length}`;
    // The UPDATE sits in a CTE so the statement is a SELECT: TypeORM reshapes the result of a bare UPDATE.
    const created: Array<{ n: number }> = await manager.query(
      `WITH picked AS (
         SELECT o.response_id, o.original_text, o.redacted_text, o.urgent, o.crisis_categories, o.pii_kinds,
                r.participant_id, r."group", r.age_band, r.wijk, q.round_id
           ${candidates} AND o.submission_id IS NULL AND char_length(btrim(o.original_text)) >= ${Number(input.minLength)}
       ), ins AS (
         INSERT INTO submission (workspace_id, round_id, participant_id, idempotency_key_hash, "group", age_band,
           knowledge_type, kind, original_text, redacted_text, wijk, status, urgent, crisis_categories, pii_kinds,
           source_questionnaire_id, source_response_id, source_question_key)
         SELECT $1, picked.round_id, picked.participant_id,
                encode(sha256(convert_to('questionnaire-answer:' || picked.response_id || ':' || $3, 'UTF8')), 'hex'),
                picked."group", picked.age_band, ${KNOWLEDGE_TYPE_SQL}, ${kindParam}, btrim(picked.original_text),
                btrim(picked.redacted_text), picked.wijk, 'pending', picked.urgent, picked.crisis_categories,
                picked.pii_kinds, $2, picked.response_id, $3
           FROM picked
         ON CONFLICT (idempotency_key_hash) DO NOTHING
         RETURNING id, source_response_id
       ), linked AS (
         UPDATE questionnaire_open_answer o SET submission_id = ins.id
           FROM ins WHERE o.response_id = ins.source_response_id AND o.question_key = $3 AND o.source = 'answer'
         RETURNING o.response_id
       )
       SELECT count(*)::int AS n FROM linked`,
      params,
    );
    return {
      created: created[0]?.n ?? 0,
      alreadySent: counts[0]?.sent ?? 0,
      tooShort: counts[0]?.short ?? 0,
    };
  }
}
