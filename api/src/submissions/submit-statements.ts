import { KNOWLEDGE_TYPE_OF_GROUP } from '@inbreng/contracts';
import type { SubmissionEntity } from './submission.entity';

/**
 * The multi-row statements of the submit path (see FirstSubmissionWriter, ReturningSubmissionWriter).
 * Rows come in as parallel arrays, one per column, so one statement takes any number of rows and is
 * planned once. Each statement checks in itself that the round is open right now, so closing a round
 * takes effect at once whatever the API's cache says.
 */

/** What the participant wrote and how screening judged it: every submitted row has these. */
export type SubmissionContent = Pick<
  SubmissionEntity,
  | 'idempotencyKeyHash'
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
>;

/** The content columns as statement parameters $1–$11, in the order CONTENT_UNNEST reads them. */
export function contentParameters(rows: SubmissionContent[]): unknown[] {
  const column = <K extends keyof SubmissionContent>(key: K) => rows.map((r) => r[key]);
  const json = (key: 'lifeDomains' | 'crisisCategories' | 'piiKinds') =>
    rows.map((r) => JSON.stringify(r[key]));
  return [
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
  ];
}

const CONTENT_UNNEST = `$1::varchar[], $2::varchar[], $3::text[], $4::text[], $5::text[], $6::varchar[],
  $7::varchar[], $8::boolean[], $9::text[], $10::text[], $11::boolean[]`;
const CONTENT_NAMES = `key_hash, kind, original_text, redacted_text, life_domains, wijk, input_line, urgent,
  crisis_categories, pii_kinds, quote_consent`;

/** `input`: the rows, numbered n from 1; `more` are the statement's own columns from $12 on. */
function inputRows(more: Array<[name: string, type: string]>): string {
  const params = more.map(([, type], i) => `$${12 + i}::${type}[]`).join(', ');
  const names = more.map(([name]) => name).join(', ');
  return `input AS (
    SELECT * FROM unnest(${CONTENT_UNNEST}, ${params})
      WITH ORDINALITY AS t(${CONTENT_NAMES}, ${names}, n)
  )`;
}

const KNOWLEDGE_TYPE_SQL = `CASE p."group" ${Object.entries(KNOWLEDGE_TYPE_OF_GROUP)
  .map(([group, type]) => `WHEN '${group}' THEN '${type}'`)
  .join(' ')} END`;

/** True when round `r` takes input at this moment. */
const ROUND_OPEN_SQL = `r.status = 'open' AND (r.opens_at IS NULL OR r.opens_at <= now())
  AND (r.closes_at IS NULL OR r.closes_at > now())`;

/**
 * Inserts the content of `o` for participant `p` (id, round_id, workspace_id, group, age_band), with
 * the participant's own group, age band and knowledge type; a seen idempotency key inserts nothing.
 * created_at is clock_timestamp() so rows of one statement keep their order of arrival.
 */
function insertSubmissions(from: string): string {
  return `INSERT INTO submission (workspace_id, round_id, participant_id, "group", age_band, knowledge_type,
      status, created_at, idempotency_key_hash, kind, original_text, redacted_text, life_domains, wijk,
      input_line, urgent, crisis_categories, pii_kinds, quote_consent)
    SELECT p.workspace_id, p.round_id, p.id, p."group", p.age_band, ${KNOWLEDGE_TYPE_SQL}, 'pending',
           clock_timestamp(), o.key_hash, o.kind, o.original_text, o.redacted_text, o.life_domains::jsonb,
           o.wijk, o.input_line, o.urgent, o.crisis_categories::jsonb, o.pii_kinds::jsonb, o.quote_consent
      ${from}
     ORDER BY o.n
    ON CONFLICT (idempotency_key_hash) DO NOTHING
    RETURNING id, created_at, idempotency_key_hash`;
}

/**
 * New participants' first submissions: per row, if the round is open, the participant is created (or
 * found, for a retried request: the code is derived from the idempotency key) and the submission
 * inserted. Parameters from $12: round_id, workspace_id, return_code_hash, group, age_band.
 */
export const INSERT_FIRST_MANY_SQL = `
  WITH ${inputRows([
    ['round_id', 'uuid'],
    ['workspace_id', 'uuid'],
    ['return_code_hash', 'varchar'],
    ['"group"', 'varchar'],
    ['age_band', 'varchar'],
  ])}, open AS (
    SELECT input.* FROM input JOIN round r ON r.id = input.round_id WHERE ${ROUND_OPEN_SQL}
  ), p AS (
    INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
    SELECT workspace_id, round_id, return_code_hash, "group", age_band FROM open ORDER BY n
    ON CONFLICT (return_code_hash) DO UPDATE SET return_code_hash = EXCLUDED.return_code_hash
    RETURNING id, workspace_id, round_id, "group", age_band, return_code_hash
  ), s AS (
    ${insertSubmissions(`FROM open o JOIN p ON p.return_code_hash = o.return_code_hash
     WHERE p.round_id = o.round_id`)}
  )
  SELECT i.n, o.n IS NOT NULL AS open, p.id AS participant_id, p.round_id, p."group", p.age_band,
         s.id AS submission_id, s.created_at
    FROM input i
    LEFT JOIN open o ON o.n = i.n
    LEFT JOIN p ON p.return_code_hash = i.return_code_hash
    LEFT JOIN s ON s.idempotency_key_hash = i.key_hash
   ORDER BY i.n`;

/**
 * Returning participants' submissions: per row, the participant is looked up by the return-code hash
 * within the row's round, and the submission inserted only when there is one and the round is open.
 * Parameters from $12: round_id, return_code_hash.
 */
export const INSERT_RETURNING_MANY_SQL = `
  WITH ${inputRows([
    ['round_id', 'uuid'],
    ['return_code_hash', 'varchar'],
  ])}, found AS (
    SELECT i.n, ${ROUND_OPEN_SQL} AS open, p.id, p.workspace_id, p.round_id, p."group", p.age_band
      FROM input i
      JOIN round r ON r.id = i.round_id
      LEFT JOIN participant p ON p.return_code_hash = i.return_code_hash AND p.round_id = i.round_id
  ), s AS (
    ${insertSubmissions(`FROM input o JOIN found p ON p.n = o.n WHERE p.open AND p.id IS NOT NULL`)}
  )
  SELECT i.n, coalesce(f.open, false) AS open, f.id AS participant_id, s.id AS submission_id, s.created_at
    FROM input i
    LEFT JOIN found f ON f.n = i.n
    LEFT JOIN s ON s.idempotency_key_hash = i.key_hash
   ORDER BY i.n`;
