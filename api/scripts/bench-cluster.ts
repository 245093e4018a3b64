/**
 * Clustering benchmark: runs the CLI (a fresh Node process per run, so time
 * and peak memory are per run) on labelled sets and scores the primary themes
 * with ARI and NMI. Usage: npm run bench:cluster [-- --seeds N] [--quick] [--only quality|scale]
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import {
  adjustedRandIndex,
  growthExponent,
  nLogNExponent,
  normalizedMutualInformation,
  parseCsv,
  syntheticTexts,
  toCsv,
} from '@inbreng/text-nl/cluster';
import { DEMO_SUBMISSIONS } from '../src/seed/demo-submissions.nl';

const ROOT = resolve(__dirname, '../..');
const DEKAMER = resolve(ROOT, '../shared/bench/dekamer_nl_dev.csv');
const ENGLISH = resolve(ROOT, 'libs/text-nl/src/cluster/testdata/en_citizen_themes.csv');
const CLI = resolve(ROOT, 'libs/text-nl/src/cluster/cli.ts');
const work = mkdtempSync(join(tmpdir(), 'bench-cluster-'));

const argv = process.argv.slice(2);
const seeds = Number(argv[argv.indexOf('--seeds') + 1] ?? 3) || 3;
const quick = argv.includes('--quick');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;

interface RunStats {
  clusterSeconds: number;
  clusterCpuSeconds: number;
  runSeconds: number;
  peakRssMb: number;
  k: number;
}

function runCli(args: string[]): { stats: RunStats; wallSeconds: number; out: string } {
  const out = join(work, `pred-${Math.random().toString(36).slice(2)}.csv`);
  const statsFile = `${out}.json`;
  const started = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', CLI, ...args, '--out', out, '--stats', statsFile],
    {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'api/tsconfig.json'), TS_NODE_TRANSPILE_ONLY: '1' },
      encoding: 'utf8',
    },
  );
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`cli failed (${r.status}): ${r.stderr}`);
  return { stats: JSON.parse(readFileSync(statsFile, 'utf8')) as RunStats, wallSeconds, out };
}

/** Primary theme per id (the first row of each id) and the share of ids with more than one theme. */
function primaryOf(predFile: string): { primary: Map<string, string>; multiShare: number } {
  const map = new Map<string, string>();
  const rows = parseCsv(readFileSync(predFile)).rows;
  for (const row of rows) if (!map.has(row['id']!)) map.set(row['id']!, row['cluster']!);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row['id']!, (counts.get(row['id']!) ?? 0) + 1);
  const multi = [...counts.values()].filter((c) => c > 1).length;
  return { primary: map, multiShare: map.size === 0 ? 0 : multi / map.size };
}

interface DataSet {
  name: string;
  file: string;
  id: string;
  text: string;
  lang: 'nl' | 'en';
  truth: Map<string, string>;
}

function loadSet(
  name: string,
  file: string,
  id: string,
  text: string,
  label: string,
  lang: 'nl' | 'en',
): DataSet {
  const rows = parseCsv(readFileSync(file)).rows;
  return { name, file, id, text, lang, truth: new Map(rows.map((r) => [r[id]!, r[label]!])) };
}

function demoSet(): DataSet {
  // The seeded demo submissions, with their first life domain as a weak label (not tuned on).
  const file = join(work, 'demo.csv');
  writeFileSync(
    file,
    toCsv(
      ['id', 'domain', 'text'],
      DEMO_SUBMISSIONS.map((d, i) => [`d${i + 1}`, d.lifeDomains[0] ?? '', d.text]),
    ),
  );
  return loadSet('demo (weak labels)', file, 'id', 'text', 'domain', 'nl');
}

const print = (line = ''): void => void process.stdout.write(`${line}\n`);
const fmt = (x: number, d = 3): string => x.toFixed(d);

function evaluate(set: DataSet, k: number | undefined, method: 'default' | 'baseline'): string {
  const scores: Array<{
    ari: number;
    nmi: number;
    seconds: number;
    wall: number;
    rss: number;
    k: number;
    multi: number;
  }> = [];
  for (let s = 1; s <= seeds; s++) {
    const args = [
      '--input',
      set.file,
      '--text',
      set.text,
      '--id',
      set.id,
      '--lang',
      set.lang,
      '--seed',
      String(s),
      '--method',
      method,
    ];
    if (k !== undefined) args.push('--k', String(k));
    const { stats, wallSeconds, out } = runCli(args);
    const { primary: pred, multiShare } = primaryOf(out);
    const ids = [...set.truth.keys()];
    const truth = ids.map((i) => set.truth.get(i)!);
    const predicted = ids.map((i) => pred.get(i) ?? 'missing');
    scores.push({
      ari: adjustedRandIndex(truth, predicted),
      nmi: normalizedMutualInformation(truth, predicted),
      seconds: stats.clusterSeconds,
      wall: wallSeconds,
      rss: stats.peakRssMb,
      k: stats.k,
      multi: multiShare,
    });
  }
  const mean = (f: (x: (typeof scores)[number]) => number): number =>
    scores.reduce((a, x) => a + f(x), 0) / scores.length;
  const range = (f: (x: (typeof scores)[number]) => number): string =>
    `${fmt(Math.min(...scores.map(f)))}–${fmt(Math.max(...scores.map(f)))}`;
  return `| ${set.name} | ${set.text} | ${method} | ${k ?? 'auto'} | ${scores.map((x) => x.k).join('/')} | ${fmt(mean((x) => x.ari))} (${range((x) => x.ari)}) | ${fmt(mean((x) => x.nmi))} (${range((x) => x.nmi)}) | ${fmt(
    mean((x) => x.seconds),
    2,
  )} | ${fmt(
    mean((x) => x.wall),
    2,
  )} | ${Math.round(Math.max(...scores.map((x) => x.rss)))} | ${Math.round(100 * mean((x) => x.multi))} % |`;
}

function main(): void {
  print(
    `seeds per row: ${seeds} (mean, min–max); seconds = clustering only; wall = whole CLI process incl. start-up\n`,
  );
  if (only !== 'scale') quality();
  if (only !== 'quality') scale();
}

function quality(): void {
  print('| data | text | method | --k | k found | ARI | NMI | seconds | wall s | peak RSS MB | 2+ themes |');
  print('|---|---|---|---|---|---|---|---|---|---|---|');
  const dekamer = loadSet('dekamer', DEKAMER, 'doc_id', 'question', 'theme_main', 'nl');
  const trueK = new Set(dekamer.truth.values()).size;
  for (const text of ['question', 'title+question']) {
    const set = { ...dekamer, text };
    print(evaluate(set, trueK, 'baseline'));
    print(evaluate(set, trueK, 'default'));
    print(evaluate(set, undefined, 'default'));
  }
  const english = loadSet('english citizen', ENGLISH, 'id', 'text', 'theme', 'en');
  const englishK = new Set(english.truth.values()).size;
  print(evaluate(english, englishK, 'baseline'));
  print(evaluate(english, englishK, 'default'));
  print(evaluate(english, undefined, 'default'));
  const demo = demoSet();
  const demoK = new Set(demo.truth.values()).size;
  print(evaluate(demo, demoK, 'baseline'));
  print(evaluate(demo, demoK, 'default'));
  print(evaluate(demo, undefined, 'default'));
}

function scale(): void {
  print('\nScale run (synthetic short Dutch texts, automatic k, one process per size):\n');
  print('| rows | k found | seconds | CPU s | wall s | peak RSS MB |');
  print('|---|---|---|---|---|---|');
  const sizes = quick ? [2500, 5000, 10000] : [2500, 5000, 10000, 20000];
  const points: Array<{ n: number; seconds: number }> = [];
  const cpuPoints: Array<{ n: number; seconds: number }> = [];
  for (const n of sizes) {
    const file = join(work, `synthetic-${n}.csv`);
    writeFileSync(
      file,
      toCsv(
        ['id', 'text'],
        syntheticTexts(n).map((d) => [d.id, d.text]),
      ),
    );
    const { stats, wallSeconds } = runCli(['--input', file, '--text', 'text', '--id', 'id']);
    points.push({ n, seconds: stats.clusterSeconds });
    cpuPoints.push({ n, seconds: stats.clusterCpuSeconds });
    print(
      `| ${n} | ${stats.k} | ${fmt(stats.clusterSeconds, 2)} | ${fmt(stats.clusterCpuSeconds, 2)} | ${fmt(wallSeconds, 2)} | ${Math.round(stats.peakRssMb)} |`,
    );
  }
  print(
    `\nfitted growth exponent (log seconds ~ log n): ${fmt(growthExponent(points), 2)} on seconds, ${fmt(growthExponent(cpuPoints), 2)} on CPU seconds; n·log n over the same range: ${fmt(nLogNExponent(sizes), 2)}`,
  );
}

main();
