import { readFileSync, writeFileSync } from 'fs';
import { BASELINE_DESCRIPTION, baselineClusters } from './baseline';
import { clusterTexts } from './cluster-texts';
import { parseCsv, toCsv } from './csv';
import type { ClusterLanguage } from './language';
import type { ClusterResult } from './types';

export const USAGE =
  'Usage: npm run cluster -- --input FILE.csv --text COLUMN[+COLUMN…] --id COLUMN [--k N] [--lang nl|en] --out PRED.csv\n' +
  '       [--seed N] [--max-labels N] [--method default|baseline] [--stats STATS.json]';

export class CliError extends Error {}

export interface CliArgs {
  input: string;
  text: string[];
  id: string;
  out: string;
  k?: number;
  lang: ClusterLanguage;
  seed: number;
  maxLabels: number;
  method: 'default' | 'baseline';
  stats?: string;
}

function positiveInt(name: string, raw: string | undefined): number {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < 1)
    throw new CliError(`--${name} must be a whole number ≥ 1 (got "${raw ?? ''}")`);
  return Number(raw);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new CliError(`unexpected argument "${a}"`);
    const eq = a.indexOf('=');
    if (eq > 0) values.set(a.slice(2, eq), a.slice(eq + 1));
    else {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${a} needs a value`);
      values.set(a.slice(2), v);
      i++;
    }
  }
  const known = new Set(['input', 'text', 'id', 'out', 'k', 'lang', 'seed', 'max-labels', 'method', 'stats']);
  for (const key of values.keys()) if (!known.has(key)) throw new CliError(`unknown option --${key}`);
  for (const required of ['input', 'text', 'id', 'out'])
    if (!values.get(required)) throw new CliError(`--${required} is required`);
  const lang = values.get('lang') ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new CliError(`--lang must be nl or en (got "${lang}")`);
  const method = values.get('method') ?? 'default';
  if (method !== 'default' && method !== 'baseline')
    throw new CliError(`--method must be default or baseline (got "${method}")`);
  if (method === 'baseline' && !values.has('k')) throw new CliError('--method baseline needs --k');
  const seed = values.has('seed') ? Number(values.get('seed')) : 42;
  if (!Number.isInteger(seed))
    throw new CliError(`--seed must be a whole number (got "${values.get('seed')}")`);
  return {
    input: values.get('input')!,
    text: values
      .get('text')!
      .split('+')
      .map((c) => c.trim()),
    id: values.get('id')!,
    out: values.get('out')!,
    k: values.has('k') ? positiveInt('k', values.get('k')) : undefined,
    lang,
    seed,
    maxLabels: values.has('max-labels') ? positiveInt('max-labels', values.get('max-labels')) : 2,
    method,
    stats: values.get('stats'),
  };
}

/** Reads the CSV and returns the documents; clear errors for a missing file or column. */
export function readDocs(args: Pick<CliArgs, 'input' | 'text' | 'id'>): Array<{ id: string; text: string }> {
  let content: Buffer;
  try {
    content = readFileSync(args.input);
  } catch {
    throw new CliError(`cannot read input file "${args.input}"`);
  }
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(content);
  } catch (e) {
    throw new CliError(`"${args.input}" is not valid CSV: ${(e as Error).message}`);
  }
  for (const column of [args.id, ...args.text]) {
    if (!parsed.header.includes(column)) {
      throw new CliError(
        `column "${column}" not found in "${args.input}" (columns: ${parsed.header.join(', ')})`,
      );
    }
  }
  return parsed.rows.map((r) => ({ id: r[args.id]!, text: args.text.map((c) => r[c] ?? '').join(' ') }));
}

/** Output rows: id,cluster,label,score; an id's first row is its primary theme. */
export function resultRows(result: ClusterResult): Array<[string, string, string, number]> {
  const labelOf = new Map(result.themes.map((t) => [t.key, t.label]));
  return result.assignments.map((a) => [a.id, a.themeKey, labelOf.get(a.themeKey) ?? '', a.score]);
}

/** The reference baseline as a ClusterResult (no labels, scores or near-duplicates: it is only for comparison). */
function baselineResult(docs: ReadonlyArray<{ id: string; text: string }>, args: CliArgs): ClusterResult {
  const labels = baselineClusters(
    docs.map((d) => d.text),
    args.k!,
    args.lang,
    args.seed,
  );
  const keys = [...new Set(labels)].sort((a, b) => a - b);
  return {
    k: keys.length,
    method: BASELINE_DESCRIPTION,
    themes: keys.map((c) => ({
      key: `c${c}`,
      label: '',
      keywords: [],
      size: labels.filter((l) => l === c).length,
      representativeIds: [],
    })),
    assignments: docs.map((d, i) => ({ id: d.id, themeKey: `c${labels[i]}`, score: 0, primary: true })),
    nearDuplicates: [],
  };
}

export function runCli(argv: readonly string[]): ClusterResult {
  const started = process.hrtime.bigint();
  const args = parseArgs(argv);
  const docs = readDocs(args);
  const clusterStart = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const result =
    args.method === 'baseline'
      ? baselineResult(docs, args)
      : clusterTexts(docs, { k: args.k, lang: args.lang, seed: args.seed, maxLabelsPerDoc: args.maxLabels });
  const clusterSeconds = Number(process.hrtime.bigint() - clusterStart) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  try {
    writeFileSync(args.out, toCsv(['id', 'cluster', 'label', 'score'], resultRows(result)));
    if (args.stats) {
      const stats = {
        docs: docs.length,
        k: result.k,
        clusterSeconds,
        /** CPU time of the clustering (user + system): less sensitive than wall time to other load on the machine. */
        clusterCpuSeconds: (cpu.user + cpu.system) / 1e6,
        /** Read + cluster + write, without Node/ts-node start-up. */
        runSeconds: Number(process.hrtime.bigint() - started) / 1e9,
        peakRssMb: process.resourceUsage().maxRSS / 1024,
      };
      writeFileSync(args.stats, JSON.stringify(stats));
    }
  } catch {
    throw new CliError(`cannot write output file "${args.out}"`);
  }
  return result;
}

export function main(argv: readonly string[]): number {
  try {
    const result = runCli(argv);
    process.stderr.write(
      `${result.k} themes, ${result.nearDuplicates.length} near-duplicates (${result.method})\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
