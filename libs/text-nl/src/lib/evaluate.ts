/**
 * Pure evaluation helpers: precision / recall / F1 and the confusion counts of
 * the detectors over a labelled test set. Defaults to the bundled Dutch test
 * sets so the API can print the figures without extra wiring.
 */
import { detectCrisis, type CrisisResult } from './crisis';
import { detectPii, PII_KINDS, type PiiKind, type PiiMatch } from './pii';
import { crisisTestCases, type CrisisTestCase } from '../testdata/crisis.nl';
import { piiTestCases, type PiiTestCase } from '../testdata/pii.nl';

export interface BinaryMetrics {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  total: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Prediction {
  expected: boolean;
  predicted: boolean;
}

/**
 * Confusion counts and scores. With no predicted positives precision is 1 when
 * nothing was missed (nothing to find, nothing claimed) and 0 otherwise; recall
 * is handled the same way.
 */
export function computeMetrics(predictions: readonly Prediction[]): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of predictions) {
    if (p.predicted && p.expected) tp++;
    else if (p.predicted) fp++;
    else if (p.expected) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, total: predictions.length, precision, recall, f1 };
}

export interface CrisisEvaluation {
  metrics: BinaryMetrics;
  falsePositives: CrisisTestCase[];
  falseNegatives: CrisisTestCase[];
}

export function evaluateCrisis(
  cases: readonly CrisisTestCase[] = crisisTestCases,
  detect: (text: string) => CrisisResult = detectCrisis,
): CrisisEvaluation {
  const falsePositives: CrisisTestCase[] = [];
  const falseNegatives: CrisisTestCase[] = [];
  const predictions = cases.map((c) => {
    const predicted = detect(c.text).isCrisis;
    if (predicted && !c.expected) falsePositives.push(c);
    if (!predicted && c.expected) falseNegatives.push(c);
    return { expected: c.expected, predicted };
  });
  return { metrics: computeMetrics(predictions), falsePositives, falseNegatives };
}

export interface PiiMiss {
  text: string;
  expected: PiiKind[];
  detected: PiiKind[];
}

export interface PiiEvaluation {
  /** Per sentence: "does it contain any personal data?" */
  any: BinaryMetrics;
  /** Per sentence and kind: "does it contain this kind?" */
  perKind: Record<PiiKind, BinaryMetrics>;
  misses: PiiMiss[];
}

export function evaluatePii(
  cases: readonly PiiTestCase[] = piiTestCases,
  detect: (text: string) => PiiMatch[] = detectPii,
): PiiEvaluation {
  const anyPredictions: Prediction[] = [];
  const kindPredictions = new Map<PiiKind, Prediction[]>(PII_KINDS.map((k) => [k, []]));
  const misses: PiiMiss[] = [];
  for (const c of cases) {
    const detected = [...new Set(detect(c.text).map((m) => m.kind))];
    const expected = [...new Set(c.expected)];
    anyPredictions.push({ expected: expected.length > 0, predicted: detected.length > 0 });
    for (const kind of PII_KINDS) {
      kindPredictions
        .get(kind)
        ?.push({ expected: expected.includes(kind), predicted: detected.includes(kind) });
    }
    const same = detected.length === expected.length && detected.every((k) => expected.includes(k));
    if (!same) misses.push({ text: c.text, expected, detected });
  }
  const perKind = Object.fromEntries(
    PII_KINDS.map((k) => [k, computeMetrics(kindPredictions.get(k) ?? [])]),
  ) as Record<PiiKind, BinaryMetrics>;
  return { any: computeMetrics(anyPredictions), perKind, misses };
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

export function formatMetrics(label: string, m: BinaryMetrics): string {
  return `${label}: P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (TP ${m.tp}, FP ${m.fp}, FN ${m.fn}, TN ${m.tn}, n ${m.total})`;
}

/** Human-readable report of both detectors on the bundled test sets. */
export function formatEvaluationReport(): string {
  const crisis = evaluateCrisis();
  const pii = evaluatePii();
  const lines = [formatMetrics('crisis', crisis.metrics), formatMetrics('pii (any)', pii.any)];
  for (const kind of PII_KINDS) lines.push(formatMetrics(`pii ${kind}`, pii.perKind[kind]));
  return lines.join('\n');
}
