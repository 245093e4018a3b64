import type { ChartConfiguration } from 'chart.js';
import { LIKERT_POINTS, type QuestionResult } from '@inbreng/contracts';

/**
 * Chart.js configurations and their text alternatives, built from the API's results (pure functions:
 * the component only draws them). Every chart comes with a table holding the same figures, so screen
 * reader users and people who cannot tell colours apart get everything the picture shows.
 */

export type BarConfig = ChartConfiguration<'bar', number[], string>;

/** Translated words the charts need; the page fills them in the current language. */
export interface ChartTexts {
  /** Likert points 1..5 (helemaal oneens … helemaal eens). */
  likert: string[];
  count: string;
  share: string;
  value: string;
  averageRank: string;
  n: string;
  mean: string;
}

export interface ChartTable {
  head: string[];
  rows: { label: string; cells: string[] }[];
}

export interface LegendItem {
  label: string;
  color: string;
}

export interface ChartView {
  config: BarConfig;
  table: ChartTable;
  /** Shown as an HTML list (the canvas legend is off): in reading order, with the chart's colours. */
  legend: LegendItem[];
  /** Height in px that fits the number of bars. */
  height: number;
}

/** Brown–teal diverging palette (ColorBrewer BrBG), readable for the common colour-vision deficiencies. */
export const LIKERT_COLORS = ['#8c510a', '#d8b365', '#bdbdbd', '#5ab4ac', '#01665e'];
export const BAR_COLOR = '#0b5c6b';

const BAR_PX = 34;
const heightFor = (bars: number) => Math.max(140, 60 + bars * BAR_PX);

export function formatter(lang: string): {
  number: (v: number) => string;
  percent: (share: number) => string;
} {
  const num = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return { number: (v) => num.format(v), percent: (s) => pct.format(s) };
}

function horizontal(labels: string[], data: number[], label: string, axisTitle: string): BarConfig {
  return {
    type: 'bar',
    data: { labels, datasets: [{ label, data, backgroundColor: BAR_COLOR }] },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { beginAtZero: true, title: { display: true, text: axisTitle }, ticks: { precision: 0 } },
      },
    },
  };
}

/** Single and multiple choice: one bar per option, with counts and shares in the table. */
export function choiceChart(r: QuestionResult, t: ChartTexts, lang: string): ChartView {
  const f = formatter(lang);
  const options = r.options ?? [];
  return {
    config: horizontal(
      options.map((o) => o.label),
      options.map((o) => o.count),
      t.count,
      t.count,
    ),
    table: {
      head: [t.count, t.share],
      rows: options.map((o) => ({ label: o.label, cells: [String(o.count), f.percent(o.share)] })),
    },
    legend: [],
    height: heightFor(options.length),
  };
}

export interface LikertRow {
  label: string;
  counts: number[];
  mean: number | null;
}

/**
 * The shares of a row, split around the middle: disagreeing to the left (negative), agreeing to the
 * right, and the neutral point half on each side. Datasets are ordered from the zero line outwards,
 * which is how Chart.js stacks negative and positive values.
 */
export function divergingShares(counts: number[]): {
  negative: number[];
  positive: number[];
  shares: number[];
} {
  const n = counts.reduce((a, b) => a + b, 0);
  const shares = LIKERT_POINTS.map((_, i) => (n ? ((counts[i] ?? 0) / n) * 100 : 0));
  const [s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0] = shares;
  return { negative: [-s3 / 2, -s2, -s1], positive: [s3 / 2, s4, s5], shares };
}

/** Likert and matrix: diverging stacked bars, one per statement, in percent of who answered it. */
export function likertChart(rows: LikertRow[], t: ChartTexts, lang: string): ChartView {
  const f = formatter(lang);
  const split = rows.map((r) => divergingShares(r.counts));
  const labels = rows.map((r) => r.label);
  // [dataset index, likert point index, side]: neutral, disagree, strongly disagree, neutral, agree, strongly agree
  const layout: [number, 'negative' | 'positive', number][] = [
    [2, 'negative', 0],
    [1, 'negative', 1],
    [0, 'negative', 2],
    [2, 'positive', 0],
    [3, 'positive', 1],
    [4, 'positive', 2],
  ];
  const datasets = layout.map(([point, side, at]) => ({
    label: t.likert[point] ?? String(point + 1),
    data: split.map((s) => round1(s[side][at] ?? 0)),
    backgroundColor: LIKERT_COLORS[point],
    stack: 'likert',
  }));
  const exact = (datasetIndex: number, rowIndex: number) => {
    const point = layout[datasetIndex]?.[0] ?? 0;
    const share = split[rowIndex]?.shares[point] ?? 0;
    return `${t.likert[point] ?? ''}: ${f.percent(share / 100)}`;
  };
  const config: BarConfig = {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx) => exact(ctx.datasetIndex, ctx.dataIndex) } },
      },
      scales: {
        x: {
          stacked: true,
          min: -100,
          max: 100,
          ticks: { callback: (v) => f.percent(Math.abs(Number(v)) / 100) },
          title: { display: true, text: t.share },
        },
        y: { stacked: true },
      },
    },
  };
  return {
    config,
    table: {
      head: [...t.likert, t.n, t.mean],
      rows: rows.map((r) => {
        const n = r.counts.reduce((a, b) => a + b, 0);
        return {
          label: r.label,
          cells: [
            ...LIKERT_POINTS.map((_, i) => {
              const c = r.counts[i] ?? 0;
              return `${c} (${f.percent(n ? c / n : 0)})`;
            }),
            String(n),
            r.mean === null ? '–' : f.number(r.mean),
          ],
        };
      }),
    },
    legend: LIKERT_POINTS.map((_, i) => ({ label: t.likert[i] ?? '', color: LIKERT_COLORS[i] ?? '' })),
    height: heightFor(rows.length) + 20,
  };
}

export function likertRows(r: QuestionResult): LikertRow[] {
  if (r.type === 'matrix') {
    return (r.matrix ?? []).map((m) => ({ label: m.label, counts: m.counts, mean: m.mean }));
  }
  return r.likert ? [{ label: r.text, counts: r.likert.counts, mean: r.likert.mean }] : [];
}

/** Rating and number: how often each value was given, as vertical bars. */
export function distributionChart(r: QuestionResult, t: ChartTexts, lang: string): ChartView {
  const f = formatter(lang);
  const dist = r.numeric?.distribution ?? [];
  return {
    config: {
      type: 'bar',
      data: {
        labels: dist.map((d) => f.number(d.value)),
        datasets: [{ label: t.count, data: dist.map((d) => d.count), backgroundColor: BAR_COLOR }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { title: { display: true, text: t.value } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t.count } },
        },
      },
    },
    table: {
      head: [t.count],
      rows: dist.map((d) => ({ label: f.number(d.value), cells: [String(d.count)] })),
    },
    legend: [],
    height: 240,
  };
}

/** Ranking: average place per item (1 = most important), best first. */
export function rankingChart(r: QuestionResult, t: ChartTexts, lang: string): ChartView {
  const f = formatter(lang);
  const items = [...(r.ranking ?? [])].sort(
    (a, b) => (a.averageRank ?? Number.POSITIVE_INFINITY) - (b.averageRank ?? Number.POSITIVE_INFINITY),
  );
  return {
    config: horizontal(
      items.map((i) => i.label),
      items.map((i) => round1(i.averageRank ?? 0)),
      t.averageRank,
      t.averageRank,
    ),
    table: {
      head: [t.averageRank, t.n],
      rows: items.map((i) => ({
        label: i.label,
        cells: [i.averageRank === null ? '–' : f.number(i.averageRank), String(i.n)],
      })),
    },
    legend: [],
    height: heightFor(items.length),
  };
}

/** The chart for a result, or null for open questions (listed, not drawn) and suppressed ones. */
export function chartFor(r: QuestionResult, t: ChartTexts, lang: string): ChartView | null {
  if (r.suppressed) return null;
  switch (r.type) {
    case 'single_choice':
    case 'multiple_choice':
      return choiceChart(r, t, lang);
    case 'likert':
    case 'matrix':
      return likertChart(likertRows(r), t, lang);
    case 'rating':
    case 'number':
      return distributionChart(r, t, lang);
    case 'ranking':
      return rankingChart(r, t, lang);
    default:
      return null;
  }
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
