// Data generator for `npm run bench:results` (run by bench-results.mjs through ts-node): writes N handed-in
// responses to the given questionnaire, shaped by the API's own code (validateAnswers, toAnswerRows,
// insertAnswerRows), straight into PostgreSQL in batches. Usage: bench-results-data.ts <databaseUrl> <questionnaireId> <n>
import type { Answers, QuestionnaireDefinition } from '@inbreng/contracts';
import { flattenQuestions, validateAnswers } from '@inbreng/questionnaire';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { toAnswerRows } from '../src/questionnaires/answer-rows';
import { insertAnswerRows } from '../src/questionnaires/response.repository';
import { seededRandom } from '../src/seed/demo-questionnaire';

const [url, questionnaireId, count] = process.argv.slice(2);
const N = Number(count ?? 10000);
const BATCH = 500;
const WIJKEN = [
  'noordwest',
  'overvecht',
  'noordoost',
  'oost',
  'binnenstad',
  'zuid',
  'zuidwest',
  'west',
  'leidsche-rijn',
  'vleuten-de-meern',
];
const GROUPS = [
  { group: 'parent', ageBand: null },
  { group: 'parent', ageBand: null },
  { group: 'youth', ageBand: '12-15' },
  { group: 'youth', ageBand: '16-17' },
  { group: 'professional', ageBand: null },
] as const;
const TEXTS = [
  'De wachttijd was veel te lang en niemand hield ons op de hoogte.',
  'Fijn dat de jongerenwerker na school in de buurt is.',
  'Meer speelplekken in het park zou veel schelen voor de kleintjes.',
  'Ik weet niet bij wie ik terecht kan als het thuis niet goed gaat.',
];

function answerFor(def: QuestionnaireDefinition, rnd: () => number): Answers {
  const a: Answers = {};
  for (const { question: q } of flattenQuestions(def)) {
    if (!q.required && rnd() < 0.1) continue;
    const pickKey = (keys: string[]) => keys[Math.floor(rnd() * keys.length)] as string;
    switch (q.type) {
      case 'single_choice':
        a[q.key] = { option: pickKey(q.options.map((o) => o.key)) };
        break;
      case 'multiple_choice': {
        const chosen = q.options
          .map((o) => o.key)
          .filter(() => rnd() < 0.35)
          .slice(0, q.maxChoices ?? 99);
        a[q.key] = { options: chosen.length ? chosen : [pickKey(q.options.map((o) => o.key))] };
        break;
      }
      case 'likert':
        a[q.key] = 1 + Math.floor(rnd() * 5);
        break;
      case 'rating':
        a[q.key] = Math.floor(rnd() * 11);
        break;
      case 'number':
        a[q.key] = Math.floor(rnd() * ((q.max ?? 100) - (q.min ?? 0) + 1)) + (q.min ?? 0);
        break;
      case 'date':
        a[q.key] = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 1500) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        break;
      case 'ranking':
        a[q.key] = q.options
          .map((o) => [o.key, rnd()] as const)
          .sort((x, y) => x[1] - y[1])
          .map(([k]) => k);
        break;
      case 'matrix':
        a[q.key] = Object.fromEntries(q.rows.map((r) => [r.key, 1 + Math.floor(rnd() * 5)]));
        break;
      case 'short_text':
      case 'long_text':
        if (rnd() < 0.3) a[q.key] = TEXTS[Math.floor(rnd() * TEXTS.length)] as string;
        break;
    }
  }
  return a;
}

async function main(): Promise<void> {
  if (!url || !questionnaireId)
    throw new Error('usage: bench-results-data.ts <databaseUrl> <questionnaireId> <n>');
  const db = new Client({ connectionString: url });
  await db.connect();
  const meta = await db.query(
    `SELECT q.workspace_id, q.round_id, v.id AS version_id, v.definition
       FROM questionnaire q JOIN questionnaire_version v ON v.questionnaire_id = q.id AND v.version = q.current_version
      WHERE q.id = $1`,
    [questionnaireId],
  );
  const { workspace_id: workspaceId, round_id: roundId, version_id: versionId, definition } = meta.rows[0];
  const rnd = seededRandom(42);
  let rows = 0;
  for (let start = 0; start < N; start += BATCH) {
    const ids: string[] = [];
    const participants: string[] = [];
    const groups: string[] = [];
    const ages: Array<string | null> = [];
    const wijken: string[] = [];
    const answers: string[] = [];
    const batch: Parameters<typeof insertAnswerRows>[1] = [];
    const texts: Array<[string, string, string]> = [];
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      const a = answerFor(definition, rnd);
      const problems = validateAnswers(definition, a, { submit: true });
      if (problems.length) throw new Error(`generated answers do not fit: ${JSON.stringify(problems)}`);
      const who = GROUPS[i % GROUPS.length] as (typeof GROUPS)[number];
      const id = randomUUID();
      ids.push(id);
      participants.push(randomUUID());
      groups.push(who.group);
      ages.push(who.ageBand);
      wijken.push(WIJKEN[Math.floor(rnd() * WIJKEN.length)] as string);
      answers.push(JSON.stringify(a));
      const shaped = toAnswerRows(definition, a);
      batch.push({ responseId: id, questionnaireId, rows: shaped.rows });
      rows += shaped.rows.length;
      for (const t of shaped.openTexts) texts.push([id, t.questionKey, t.text]);
    }
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO participant (id, workspace_id, round_id, return_code_hash, "group", age_band)
       SELECT p, $1, $2, md5(p::text) || md5(random()::text), g, a FROM unnest($3::uuid[], $4::text[], $5::text[]) AS t(p, g, a)`,
      [workspaceId, roundId, participants, groups, ages],
    );
    await db.query(
      `INSERT INTO questionnaire_response (id, workspace_id, questionnaire_id, version_id, participant_id, "group", age_band,
         wijk, status, answers, submitted_at)
       SELECT t.id, $1, $2, $3, t.p, t.g, t.a, t.w, 'submitted', t.ans::jsonb, now()
         FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[]) AS t(id, p, g, a, w, ans)`,
      [workspaceId, questionnaireId, versionId, ids, participants, groups, ages, wijken, answers],
    );
    await insertAnswerRows(
      { query: (sql: string, params?: unknown[]) => db.query(sql, params) } as never,
      batch,
    );
    if (texts.length) {
      await db.query(
        `INSERT INTO questionnaire_open_answer (response_id, questionnaire_id, question_key, source, original_text, redacted_text)
         SELECT t.r, $1, t.k, 'answer', t.x, t.x FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(r, k, x)`,
        [questionnaireId, texts.map((t) => t[0]), texts.map((t) => t[1]), texts.map((t) => t[2])],
      );
    }
    await db.query('COMMIT');
  }
  await db.query('ANALYZE');
  await db.end();
  console.log(JSON.stringify({ responses: N, answerRows: rows }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
