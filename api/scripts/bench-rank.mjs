// `npm run bench:rank`: 20,000 ballots over 60 research questions in 4 groups (uneven sizes), then times
// GET …/prioritisation/results — the per-group and combined ranking, agreement and warnings — on the built API
// against a fresh embedded PostgreSQL. Target: < 1 s. A pairwise run (100,000 comparisons) is timed as well.
import pg from 'pg';
import { cpuMeter, loadNote, login, runBench, timeGet } from './lib/bench.mjs';

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 20_000);
const QUESTIONS = 60;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// uneven on purpose: the combination must not let the biggest group decide
const GROUP_SHARES = [
  ['youth', 0.5],
  ['parent', 0.3],
  ['professional', 0.15],
  ['research', 0.05],
];

/** A round in synthesis with one theme and 60 research questions, prioritisation started through the API. */
async function prepareRound(client, base, auth, slug, method) {
  const { rows } = await client.query(
    `INSERT INTO round (workspace_id, slug, title, status, prompt, allowed_groups, life_domains)
     SELECT workspace_id, $1, 'Benchmark ' || $2::text, 'synthesis', 'x', '["youth","parent","professional","research"]',
            '[{"code":"health","label":"gezondheid"}]'
       FROM round WHERE slug = 'demo' RETURNING id, workspace_id`,
    [slug, method],
  );
  const { id: roundId, workspace_id: workspaceId } = rows[0];
  const theme = await client.query(
    `INSERT INTO theme (workspace_id, round_id, name, status) VALUES ($1, $2, 'Benchmark', 'active') RETURNING id`,
    [workspaceId, roundId],
  );
  const questions = await client.query(
    `INSERT INTO research_question (workspace_id, round_id, text)
     SELECT $1, $2, 'Onderzoeksvraag ' || i FROM generate_series(1, $3) i RETURNING id`,
    [workspaceId, roundId, QUESTIONS],
  );
  await client.query(
    `INSERT INTO research_question_theme (research_question_id, theme_id) SELECT unnest($1::uuid[]), $2`,
    [questions.rows.map((r) => r.id), theme.rows[0].id],
  );
  const res = await fetch(`${base}/api/staff/workspaces/${workspaceId}/rounds/${roundId}/prioritisation`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-xsrf-token': auth.xsrf },
    body: JSON.stringify({ method, maxPicks: 10, rankTop: 5, minGroupBallots: 50 }),
  });
  if (res.status !== 201)
    throw new Error(`starting prioritisation failed: ${res.status} ${await res.text()}`);
  return { roundId, workspaceId };
}

/** Participants spread over the groups; popularity of questions is skewed so the ranking has structure. */
async function addParticipants(client, roundId, workspaceId, n) {
  const cases = GROUP_SHARES.map(([g], i) => {
    const upto = GROUP_SHARES.slice(0, i + 1).reduce((a, [, s]) => a + s, 0);
    return `WHEN i <= ${Math.round(upto * n)} THEN '${g}'`;
  }).join(' ');
  await client.query(
    `INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
     SELECT $1::uuid, $2::uuid, md5($2::text || 'a' || i) || md5($2::text || 'b' || i), CASE ${cases} END,
            CASE WHEN i <= ${Math.round(0.5 * n)} THEN '16-17' END
       FROM generate_series(1, $3) i`,
    [workspaceId, roundId, n],
  );
}

async function addBallots(client, roundId, workspaceId) {
  await addParticipants(client, roundId, workspaceId, BALLOTS);
  await client.query(
    `INSERT INTO ballot (workspace_id, round_id, participant_id, priority_group)
     SELECT workspace_id, round_id, id,
            CASE WHEN "group" IN ('policy','research','education') THEN 'policy_research_education' ELSE "group" END
       FROM participant WHERE round_id = $1`,
    [roundId],
  );
  // each ballot: 10 distinct questions drawn with a group-dependent skew, the first 5 ranked
  await client.query(
    `INSERT INTO ballot_item (ballot_id, research_question_id, rank)
     SELECT b.id, pick.qid, CASE WHEN pick.rn <= 5 THEN pick.rn END
       FROM ballot b
       CROSS JOIN LATERAL (
         SELECT pq.research_question_id AS qid,
                row_number() OVER (ORDER BY random() * (1 + ((pq.position + length(b.priority_group) * 7) % 60))) AS rn
           FROM prioritisation_question pq WHERE pq.round_id = b.round_id
       ) pick
      WHERE b.round_id = $1 AND pick.rn <= 10`,
    [roundId],
  );
}

async function addPairwiseVotes(client, roundId, workspaceId, votes) {
  const voters = Math.round(votes / 5);
  await addParticipants(client, roundId, workspaceId, voters);
  await client.query(
    `WITH q AS (SELECT array_agg(research_question_id ORDER BY position) AS ids FROM prioritisation_question WHERE round_id = $1),
          v AS (SELECT p.id AS pid,
                       CASE WHEN p."group" IN ('policy','research','education') THEN 'policy_research_education' ELSE p."group" END AS g,
                       1 + floor(random() * 60)::int AS x, 1 + floor(random() * 59)::int AS y
                  FROM participant p CROSS JOIN generate_series(1, 5) WHERE p.round_id = $1)
     INSERT INTO pairwise_vote (round_id, participant_id, priority_group, idempotency_key_hash, a_id, b_id, winner_id)
     SELECT $1, v.pid, v.g, md5(random()::text) || md5(random()::text), q.ids[v.x], q.ids[CASE WHEN v.y >= v.x THEN v.y + 1 ELSE v.y END],
            CASE WHEN random() < 0.1 THEN NULL
                 WHEN random() < 0.5 + (v.x - CASE WHEN v.y >= v.x THEN v.y + 1 ELSE v.y END) / 150.0 THEN q.ids[v.x]
                 ELSE q.ids[CASE WHEN v.y >= v.x THEN v.y + 1 ELSE v.y END] END
       FROM v, q`,
    [roundId],
  );
}

function time(base, auth, workspaceId, roundId) {
  const url = `${base}/api/staff/workspaces/${workspaceId}/rounds/${roundId}/prioritisation/results`;
  return timeGet(url, { cookie: auth.cookie }, RUNS);
}

await runBench('bench-rank', {}, async ({ base, dbUrl, api, postmasterPid }) => {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const auth = await login(base);
    const cpu = cpuMeter(api.pid, postmasterPid());

    const ranking = await prepareRound(client, base, auth, 'bench-ranking', 'ranking');
    let t0 = performance.now();
    await addBallots(client, ranking.roundId, ranking.workspaceId);
    const items = (await client.query('SELECT count(*)::int AS n FROM ballot_item')).rows[0].n;
    console.log(
      `Generated ${BALLOTS} ballots (${items} ballot items) over ${QUESTIONS} questions in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const r = await time(base, auth, ranking.workspaceId, ranking.roundId);
    const groups = r.body.ballotsPerGroup;

    const pairwise = await prepareRound(client, base, auth, 'bench-pairwise', 'pairwise');
    t0 = performance.now();
    await addPairwiseVotes(client, pairwise.roundId, pairwise.workspaceId, 100_000);
    console.log(`Generated 100000 pairwise votes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const p = await time(base, auth, pairwise.workspaceId, pairwise.roundId);

    const ok = r.median < 1000 && r.max < 1000;
    console.log(`
  ranking method: ${BALLOTS} ballots, groups ${JSON.stringify(groups)}
    GET prioritisation/results over ${RUNS} runs: median ${r.median.toFixed(0)} ms, max ${r.max.toFixed(0)} ms
    top 3 combined: ${r.body.questions
      .slice(0, 3)
      .map((q) => `${q.text} (${q.combinedRank})`)
      .join('; ')}
    agreement youth–parent tau-b: ${r.body.agreement.find((a) => a.a === 'youth' && a.b === 'parent')?.tau?.toFixed(3)}
  pairwise method: 100000 comparisons, Bradley–Terry per group
    GET prioritisation/results over ${RUNS} runs: median ${p.median.toFixed(0)} ms, max ${p.max.toFixed(0)} ms
  target (ranking, 20,000 ballots): < 1000 ms: ${ok ? 'met' : 'NOT met'}
${loadNote(cpu.read())}
`);
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
});
