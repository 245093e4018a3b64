import {
  OTHER_OPTION_KEY,
  RATING_MAX,
  RATING_MIN,
  type NumericSummary,
  type OptionCount,
  type Question,
  type QuestionResult,
} from '@inbreng/contracts';
import type { MergedQuestion } from './merge-versions';

/** One group of the SQL aggregation: how many answer rows share these values, and how many are heads. */
export interface AggregateGroup {
  versionId: string;
  questionKey: string;
  optionKey: string;
  value: number | null;
  count: number;
  heads: number;
}

/** Label of "anders, namelijk …" in results and exports (definitions are written in Dutch). */
export const OTHER_LABEL = 'Anders';
/** Numbers with more distinct values than this are shown in buckets. */
const MAX_NUMBER_BARS = 20;

/**
 * Turns counted groups into per-question results. Below `minGroupSize` respondents (for the whole filtered
 * set, or for one question) no figures are given: n is 0 and the counts are left out.
 */
export function buildQuestionResults(
  questions: MergedQuestion[],
  groups: AggregateGroup[],
  minGroupSize: number,
  wholeSetSuppressed: boolean,
): QuestionResult[] {
  const byQuestion = new Map<string, AggregateGroup[]>();
  for (const g of groups) {
    const list = byQuestion.get(g.questionKey);
    if (list) list.push(g);
    else byQuestion.set(g.questionKey, [g]);
  }
  return questions.map(({ question, sectionKey, versionIds }) => {
    const own = (byQuestion.get(question.key) ?? []).filter((g) => versionIds.has(g.versionId));
    const n = own.reduce((sum, g) => sum + g.heads, 0);
    const base = { questionKey: question.key, sectionKey, type: question.type, text: question.text };
    if (wholeSetSuppressed || n < minGroupSize) return { ...base, n: 0, suppressed: true };
    return { ...base, n, suppressed: false, ...figures(question, own, n) };
  });
}

function figures(q: Question, groups: AggregateGroup[], n: number): Partial<QuestionResult> {
  switch (q.type) {
    case 'short_text':
    case 'long_text':
      return { openAnswerCount: n };
    case 'single_choice':
    case 'multiple_choice': {
      const listed = [
        ...q.options,
        ...(q.allowOther || hasKey(groups, OTHER_OPTION_KEY)
          ? [{ key: OTHER_OPTION_KEY, label: OTHER_LABEL }]
          : []),
      ];
      return {
        options: listed.map((o) =>
          optionCount(
            o.key,
            o.label,
            countWhere(groups, (g) => g.optionKey === o.key),
            n,
          ),
        ),
      };
    }
    case 'likert': {
      const counts = [1, 2, 3, 4, 5].map((p) => countWhere(groups, (g) => g.value === p));
      return { likert: { counts, mean: meanOf(valueCounts(groups)) } };
    }
    case 'rating':
      return { numeric: numericSummary(valueCounts(groups), { from: RATING_MIN, to: RATING_MAX }) };
    case 'number':
      return { numeric: numericSummary(valueCounts(groups)) };
    case 'date': {
      // Per month: enough to see when things happened without listing single days.
      const months = new Map<string, number>();
      for (const g of groups)
        months.set(g.optionKey.slice(0, 7), (months.get(g.optionKey.slice(0, 7)) ?? 0) + g.count);
      return {
        options: [...months.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, count]) => optionCount(key, key, count, n)),
      };
    }
    case 'ranking':
      return {
        ranking: q.options.map((o) => {
          const own = valueCounts(groups.filter((g) => g.optionKey === o.key));
          return { key: o.key, label: o.label, averageRank: meanOf(own), n: total(own) };
        }),
      };
    case 'matrix':
      return {
        matrix: q.rows.map((row) => {
          const own = groups.filter((g) => g.optionKey === row.key);
          const counts = [1, 2, 3, 4, 5].map((p) => countWhere(own, (g) => g.value === p));
          const rowN = counts.reduce((a, b) => a + b, 0);
          return { rowKey: row.key, label: row.label, n: rowN, counts, mean: meanOf(valueCounts(own)) };
        }),
      };
  }
}

function hasKey(groups: AggregateGroup[], key: string): boolean {
  return groups.some((g) => g.optionKey === key && g.count > 0);
}

function countWhere(groups: AggregateGroup[], pick: (g: AggregateGroup) => boolean): number {
  return groups.reduce((sum, g) => (pick(g) ? sum + g.count : sum), 0);
}

function optionCount(key: string, label: string, count: number, n: number): OptionCount {
  return { key, label, count, share: n > 0 ? round(count / n, 4) : 0 };
}

/** value → count, ascending. */
function valueCounts(groups: AggregateGroup[]): Array<{ value: number; count: number }> {
  const map = new Map<number, number>();
  for (const g of groups) if (g.value !== null) map.set(g.value, (map.get(g.value) ?? 0) + g.count);
  return [...map.entries()].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count }));
}

function total(vc: Array<{ count: number }>): number {
  return vc.reduce((sum, v) => sum + v.count, 0);
}

function meanOf(vc: Array<{ value: number; count: number }>): number | null {
  const n = total(vc);
  return n ? round(vc.reduce((sum, v) => sum + v.value * v.count, 0) / n, 2) : null;
}

/** The median of counted values (the mean of the two middle values for an even count). */
export function medianOf(vc: Array<{ value: number; count: number }>): number | null {
  const n = total(vc);
  if (!n) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const v of vc) {
      seen += v.count;
      if (seen > rank) return v.value;
    }
    return vc[vc.length - 1]?.value ?? 0;
  };
  return n % 2 ? valueAt((n - 1) / 2) : (valueAt(n / 2 - 1) + valueAt(n / 2)) / 2;
}

function numericSummary(
  vc: Array<{ value: number; count: number }>,
  scale?: { from: number; to: number },
): NumericSummary {
  const summary = {
    mean: meanOf(vc),
    median: medianOf(vc),
    min: vc[0]?.value ?? null,
    max: vc[vc.length - 1]?.value ?? null,
  };
  if (scale) {
    // A fixed scale shows every point, also those nobody chose.
    const counts = new Map(vc.map((v) => [v.value, v.count]));
    const distribution = [];
    for (let v = scale.from; v <= scale.to; v++) distribution.push({ value: v, count: counts.get(v) ?? 0 });
    return { ...summary, distribution };
  }
  return { ...summary, distribution: vc.length > MAX_NUMBER_BARS ? buckets(vc) : vc };
}

/** Equal-width buckets with a round width; `value` is each bucket's lower bound. */
function buckets(vc: Array<{ value: number; count: number }>): Array<{ value: number; count: number }> {
  const min = vc[0]?.value ?? 0;
  const max = vc[vc.length - 1]?.value ?? 0;
  const raw = (max - min) / MAX_NUMBER_BARS;
  const magnitude = 10 ** Math.floor(Math.log10(raw || 1));
  const width = [1, 2, 5, 10].map((m) => m * magnitude).find((w) => w >= raw) ?? 10 * magnitude;
  const start = Math.floor(min / width) * width;
  const out = new Map<number, number>();
  for (const v of vc) {
    const lower = round(start + Math.floor((v.value - start) / width) * width, 6);
    out.set(lower, (out.get(lower) ?? 0) + v.count);
  }
  return [...out.entries()].sort(([a], [b]) => a - b).map(([value, count]) => ({ value, count }));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
