// `npm run bench:results`: 10,000 handed-in responses × 20 questions of mixed types in a fresh embedded
// PostgreSQL, then times GET …/questionnaires/:id/results end to end over HTTP (session, SQL aggregation,
// suppression, mapping) for the whole questionnaire and for filters. Several runs each; prints median and max.
// Target: < 500 ms each. The aggregation runs in SQL; Node only receives a few grouped rows per question.
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { cpuMeter, loadNote, login, runBench, timeGet } from './lib/bench.mjs';
import { ROOT } from './lib/workspace.mjs';

const RESPONSES = Number(process.env.BENCH_RESPONSES ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_MS = 500;

const opts = (prefix, n) =>
  Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i + 1}`, label: `Optie ${i + 1}` }));
/** 20 questions: 4 single choice, 3 multiple choice, 4 likert, 2 rating, 1 ranking, 2 matrix, 2 number, 1 date, 1 open. */
const DEFINITION = {
  sections: [
    {
      key: 's1',
      title: 'Deel 1',
      questions: [
        ...[1, 2, 3, 4].map((i) => ({
          key: `sc${i}`,
          type: 'single_choice',
          text: `Keuze ${i}`,
          required: true,
          options: opts('o', 4 + i),
        })),
        ...[1, 2, 3].map((i) => ({
          key: `mc${i}`,
          type: 'multiple_choice',
          text: `Meerkeuze ${i}`,
          required: false,
          options: opts('o', 5),
        })),
        ...[1, 2, 3, 4].map((i) => ({
          key: `lk${i}`,
          type: 'likert',
          text: `Stelling ${i}`,
          required: true,
        })),
      ],
    },
    {
      key: 's2',
      title: 'Deel 2',
      questions: [
        ...[1, 2].map((i) => ({ key: `rt${i}`, type: 'rating', text: `Cijfer ${i}`, required: true })),
        { key: 'rk1', type: 'ranking', text: 'Volgorde', required: false, options: opts('i', 5) },
        ...[1, 2].map((i) => ({
          key: `mx${i}`,
          type: 'matrix',
          text: `Raster ${i}`,
          required: false,
          rows: opts('r', 4),
        })),
        { key: 'nr1', type: 'number', text: 'Leeftijd', required: false, min: 0, max: 99 },
        { key: 'nr2', type: 'number', text: 'Jaren in de wijk', required: false, min: 0, max: 60 },
        { key: 'dt1', type: 'date', text: 'Datum', required: false },
        { key: 'tx1', type: 'long_text', text: 'Toelichting', required: false },
      ],
    },
  ],
};

await runBench('bench-results', {}, async ({ base, dbUrl, api, postmasterPid }) => {
  const { cookie, xsrf, user } = await login(base);
  const workspaceId = user.memberships[0].workspaceId;
  const headers = { cookie, 'x-xsrf-token': xsrf, 'content-type': 'application/json' };
  const staff = `${base}/api/staff/workspaces/${workspaceId}`;
  const rounds = await (await fetch(`${staff}/rounds`, { headers })).json();
  const round = rounds.find((r) => r.slug === 'demo');
  const created = await fetch(`${staff}/rounds/${round.id}/questionnaires`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ title: 'Benchmark', introduction: '', audience: [], definition: DEFINITION }),
  });
  if (created.status !== 201)
    throw new Error(`creating the questionnaire failed: ${created.status} ${await created.text()}`);
  const qid = (await created.json()).id;

  console.log(`Generating ${RESPONSES} responses × 20 questions …`);
  const t0 = Date.now();
  const gen = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'api/scripts/bench-results-data.ts',
      dbUrl,
      qid,
      String(RESPONSES),
    ],
    { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: 'api/tsconfig.json' }, encoding: 'utf8' },
  );
  if (gen.status !== 0) throw new Error(`generating data failed:\n${gen.stderr}`);
  const generated = JSON.parse(gen.stdout.trim().split('\n').pop());
  console.log(
    `  ${generated.responses} responses, ${generated.answerRows} answer rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const expected = async (where) =>
    (
      await client.query(
        `SELECT count(*)::int AS n FROM questionnaire_response WHERE questionnaire_id = $1 AND status = 'submitted' ${where}`,
        [qid],
      )
    ).rows[0].n;
  const cases = [
    { name: 'whole questionnaire', query: '', respondents: await expected('') },
    {
      name: 'filter group=parent',
      query: '?group=parent',
      respondents: await expected(`AND "group" = 'parent'`),
    },
    {
      name: 'filter wijk=overvecht',
      query: '?wijk=overvecht',
      respondents: await expected(`AND wijk = 'overvecht'`),
    },
  ];
  await client.end();

  // Counted from here: generating the data runs in a child process that would count as "others".
  const cpu = cpuMeter(api.pid, postmasterPid());
  let allMet = true;
  for (const c of cases) {
    const url = `${staff}/questionnaires/${qid}/results${c.query}`;
    const { median: med, max, body } = await timeGet(url, headers, RUNS);
    // The figures must be real: the respondents PostgreSQL counts, and every question answered.
    const answered = body.questions.filter((q) => !q.suppressed && q.n > 0).length;
    if (body.respondents !== c.respondents || answered !== 20) {
      throw new Error(
        `${c.name}: got ${body.respondents} respondents and ${answered} questions with figures, expected ${c.respondents} and 20`,
      );
    }
    const met = med < TARGET_MS && max < TARGET_MS;
    allMet &&= met;
    console.log(
      `  ${c.name.padEnd(24)} respondents ${String(body.respondents).padStart(6)}   median ${med.toFixed(0).padStart(4)} ms   max ${max.toFixed(0).padStart(4)} ms   (${RUNS} runs) ${met ? 'ok' : 'NOT met'}`,
    );
  }
  console.log(`  target: < ${TARGET_MS} ms each (median and max): ${allMet ? 'met' : 'NOT met'}`);
  console.log(loadNote(cpu.read()));
  return allMet ? 0 : 1;
});
