import type { QuestionResult, QuestionnaireResults } from '@inbreng/contracts';
import PDFDocument from 'pdfkit';

const MARGIN = 50;
const BAR_MAX = 300;
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 12;
const LIKERT_LABELS = ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'];
// Diverging palette for 1..5 (disagree → agree), readable in grey print too.
const LIKERT_COLOURS = ['#b2182b', '#ef8a62', '#bdbdbd', '#67a9cf', '#2166ac'];
const BAR_COLOUR = '#2166ac';

export interface ReportMeta {
  title: string;
  roundTitle: string;
  filterText: string;
  generatedAt: Date;
}

/** A printable summary of the results: per question its n and a simple vector chart (no browser needed). */
export function renderResultsPdf(meta: ReportMeta, results: QuestionnaireResults): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: meta.title, Subject: meta.roundTitle },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(18).text(meta.title);
  doc.font('Helvetica').fontSize(10).fillColor('#444444');
  doc.text(meta.roundTitle);
  doc.text(`Gemaakt op ${meta.generatedAt.toISOString().slice(0, 10)} · Filter: ${meta.filterText}`);
  doc.text(
    results.suppressed
      ? `Minder dan ${results.minGroupSize} respondenten in deze selectie: geen cijfers getoond, zodat niemand herkenbaar is.`
      : `Respondenten: ${results.respondents} (groepen kleiner dan ${results.minGroupSize} worden niet getoond)`,
  );
  doc.fillColor('black').moveDown();

  for (const q of results.questions) {
    ensureSpace(doc, 60 + chartHeight(q));
    doc.font('Helvetica-Bold').fontSize(11).text(q.text);
    doc.font('Helvetica').fontSize(9).fillColor('#444444');
    if (q.suppressed) {
      doc.text(`Minder dan ${results.minGroupSize} antwoorden: niet getoond.`).fillColor('black').moveDown();
      continue;
    }
    doc
      .text(`n = ${q.n}${summaryLine(q)}`)
      .fillColor('black')
      .moveDown(0.3);
    drawChart(doc, q);
    doc.moveDown();
  }
  doc.end();
  return done;
}

function summaryLine(q: QuestionResult): string {
  if (q.numeric) return ` · gemiddelde ${fmt(q.numeric.mean)} · mediaan ${fmt(q.numeric.median)}`;
  if (q.likert) return ` · gemiddelde ${fmt(q.likert.mean)} (1-5)`;
  if (q.openAnswerCount !== undefined) return ' · open antwoorden, zie de lijst in Inbreng';
  return '';
}

function fmt(x: number | null): string {
  return x === null ? '-' : String(x).replace('.', ',');
}

function chartHeight(q: QuestionResult): number {
  const rows =
    q.options?.length ??
    q.ranking?.length ??
    q.matrix?.length ??
    q.numeric?.distribution.length ??
    (q.likert ? 5 : 0);
  return rows * (BAR_HEIGHT + 4);
}

function ensureSpace(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

/** Horizontal bars: label, bar scaled to the largest value, value text. */
function bars(doc: PDFKit.PDFDocument, items: Array<{ label: string; value: number; text: string }>): void {
  const max = Math.max(1, ...items.map((i) => i.value));
  for (const item of items) {
    ensureSpace(doc, BAR_HEIGHT + 4);
    const y = doc.y;
    doc
      .fontSize(8)
      .fillColor('black')
      .text(item.label, MARGIN, y + 2, {
        width: LABEL_WIDTH - 8,
        height: BAR_HEIGHT,
        ellipsis: true,
        lineBreak: false,
      });
    const width = (item.value / max) * BAR_MAX;
    if (width > 0) doc.rect(MARGIN + LABEL_WIDTH, y, width, BAR_HEIGHT).fill(BAR_COLOUR);
    doc.fillColor('black').text(item.text, MARGIN + LABEL_WIDTH + width + 4, y + 2, { lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + BAR_HEIGHT + 4;
  }
}

/**
 * A diverging bar around a centre line: disagreement (1, 2 and half of neutral) to the left, agreement to the
 * right, so statements can be compared at a glance.
 */
function diverging(doc: PDFKit.PDFDocument, label: string, counts: number[], n: number): void {
  ensureSpace(doc, BAR_HEIGHT + 4);
  const y = doc.y;
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  const share = counts.map((c) => c / total);
  const half = BAR_MAX / 2;
  const centre = MARGIN + LABEL_WIDTH + half;
  const left = (share[0] ?? 0) + (share[1] ?? 0) + (share[2] ?? 0) / 2;
  doc
    .fontSize(8)
    .fillColor('black')
    .text(label, MARGIN, y + 2, {
      width: LABEL_WIDTH - 8,
      height: BAR_HEIGHT,
      ellipsis: true,
      lineBreak: false,
    });
  let x = centre - left * half;
  share.forEach((part, i) => {
    const width = part * half;
    if (width > 0) doc.rect(x, y, width, BAR_HEIGHT).fill(LIKERT_COLOURS[i] ?? BAR_COLOUR);
    x += width;
  });
  doc
    .moveTo(centre, y - 2)
    .lineTo(centre, y + BAR_HEIGHT + 2)
    .lineWidth(0.5)
    .stroke('#000000');
  doc
    .fillColor('black')
    .fontSize(8)
    .text(`n = ${n}`, MARGIN + LABEL_WIDTH + BAR_MAX + 6, y + 2, { lineBreak: false });
  doc.x = MARGIN;
  doc.y = y + BAR_HEIGHT + 4;
}

function legend(doc: PDFKit.PDFDocument): void {
  const y = doc.y;
  let x = MARGIN + LABEL_WIDTH;
  doc.fontSize(7);
  LIKERT_LABELS.forEach((label, i) => {
    doc.rect(x, y, 8, 8).fill(LIKERT_COLOURS[i] ?? BAR_COLOUR);
    doc.fillColor('black').text(label, x + 10, y, { lineBreak: false });
    x += 10 + doc.widthOfString(label) + 10;
  });
  doc.x = MARGIN;
  doc.y = y + 12;
}

/** Bucketed whole numbers are labelled as ranges ("10-14"); single values as themselves. */
function numberLabels(values: number[]): string[] {
  const gaps = values.slice(1).map((v, i) => v - (values[i] ?? v));
  const step = gaps.length ? Math.min(...gaps) : 1;
  const whole = values.every(Number.isInteger);
  return values.map((v) => (whole && step > 1 ? `${v}-${v + step - 1}` : String(v).replace('.', ',')));
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function drawChart(doc: PDFKit.PDFDocument, q: QuestionResult): void {
  if (q.options) {
    bars(
      doc,
      q.options.map((o) => ({ label: o.label, value: o.count, text: `${o.count} (${pct(o.share)})` })),
    );
  } else if (q.likert) {
    diverging(doc, 'verdeling', q.likert.counts, q.n);
    legend(doc);
  } else if (q.matrix) {
    for (const row of q.matrix) diverging(doc, row.label, row.counts, row.n);
    legend(doc);
  } else if (q.numeric) {
    const labels = q.type === 'number' ? numberLabels(q.numeric.distribution.map((d) => d.value)) : [];
    bars(
      doc,
      q.numeric.distribution.map((d, i) => ({
        label: labels[i] ?? String(d.value),
        value: d.count,
        text: String(d.count),
      })),
    );
  } else if (q.ranking) {
    // A shorter average rank is more important: draw (items + 1 - rank) so the top item has the longest bar.
    const top = q.ranking.length + 1;
    bars(
      doc,
      [...q.ranking]
        .sort((a, b) => (a.averageRank ?? top) - (b.averageRank ?? top))
        .map((r) => ({
          label: r.label,
          value: r.averageRank === null ? 0 : top - r.averageRank,
          text: `gem. plaats ${fmt(r.averageRank)}`,
        })),
    );
  }
}
