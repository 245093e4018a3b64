import { OTHER_OPTION_KEY, type Question } from '@inbreng/contracts';
import type { MergedQuestion } from './merge-versions';
import { OTHER_LABEL } from './results-builder';
import type { ExportResponseRow } from './results.repository';

export type Cell = string | number | null;

export interface ExportColumn {
  /** Unique column name: the question key, or `key.option` for one column per option/row/item. */
  name: string;
  questionKey: string | null;
  question: string;
  type: string;
  /** What the values mean, for the codebook. */
  meaning: string;
  cell: (row: ExportResponseRow) => Cell;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: Cell[][];
}

const LIKERT_MEANING = '1 = helemaal oneens, 2 = oneens, 3 = neutraal, 4 = eens, 5 = helemaal eens';

/**
 * One row per submitted response, one column per question (per option for multiple choice, per item for a
 * ranking, per statement for a matrix). Open texts are the redacted ones. An empty cell means the question
 * was not answered (not shown, skipped, or not in that version).
 */
export function buildExportTable(questions: MergedQuestion[], responses: ExportResponseRow[]): ExportTable {
  const columns: ExportColumn[] = [
    meta('response_id', 'Antwoordnummer (intern)', (r) => r.id),
    meta('submitted_at', 'Ingestuurd op (ISO 8601, UTC)', (r) => r.submittedAt.toISOString()),
    meta('version', 'Versie van de vragenlijst', (r) => r.version),
    meta('group', 'Groep (youth, parent, professional, policy, research, education)', (r) => r.group),
    meta('age_band', 'Leeftijdsgroep (alleen jongeren)', (r) => r.ageBand),
    meta('wijk', 'Wijk (code)', (r) => r.wijk),
    ...questions.flatMap((m) => questionColumns(m.question)),
  ];
  return { columns, rows: responses.map((r) => columns.map((c) => c.cell(r))) };
}

function meta(name: string, meaning: string, cell: (r: ExportResponseRow) => Cell): ExportColumn {
  return { name, questionKey: null, question: '', type: '', meaning, cell };
}

function questionColumns(q: Question): ExportColumn[] {
  const col = (name: string, meaning: string, cell: (r: ExportResponseRow) => Cell): ExportColumn => ({
    name,
    questionKey: q.key,
    question: q.text,
    type: q.type,
    meaning,
    cell,
  });
  const answer = (r: ExportResponseRow) => r.answers[q.key];
  switch (q.type) {
    case 'short_text':
    case 'long_text':
      // Only the redacted text leaves the database in an export.
      return [
        col(q.key, 'Open antwoord (persoonsgegevens weggelakt)', (r) =>
          answer(r) === undefined ? null : (r.redacted[`${q.key}:answer`] ?? ''),
        ),
      ];
    case 'single_choice': {
      const options = [
        ...q.options,
        ...(q.allowOther ? [{ key: OTHER_OPTION_KEY, label: OTHER_LABEL }] : []),
      ];
      const cols = [
        col(
          q.key,
          options.map((o) => `${o.key} = ${o.label}`).join('; '),
          (r) => (answer(r) as { option?: string } | undefined)?.option ?? null,
        ),
      ];
      if (q.allowOther) cols.push(otherTextColumn(q, col));
      return cols;
    }
    case 'multiple_choice': {
      const options = [
        ...q.options,
        ...(q.allowOther ? [{ key: OTHER_OPTION_KEY, label: OTHER_LABEL }] : []),
      ];
      const cols = options.map((o) =>
        col(`${q.key}.${o.key}`, `${o.label}: 1 = gekozen, 0 = niet gekozen`, (r) => {
          const chosen = (answer(r) as { options?: string[] } | undefined)?.options;
          return chosen ? (chosen.includes(o.key) ? 1 : 0) : null;
        }),
      );
      if (q.allowOther) cols.push(otherTextColumn(q, col));
      return cols;
    }
    case 'likert':
      return [col(q.key, LIKERT_MEANING, (r) => num(answer(r)))];
    case 'rating': {
      const labels = [q.minLabel ? `0 = ${q.minLabel}` : '', q.maxLabel ? `10 = ${q.maxLabel}` : ''].filter(
        Boolean,
      );
      return [
        col(q.key, `Cijfer 0-10${labels.length ? ` (${labels.join(', ')})` : ''}`, (r) => num(answer(r))),
      ];
    }
    case 'number':
      return [col(q.key, `Getal${q.unit ? ` (${q.unit})` : ''}`, (r) => num(answer(r)))];
    case 'date':
      return [
        col(q.key, 'Datum (JJJJ-MM-DD)', (r) =>
          typeof answer(r) === 'string' ? (answer(r) as string) : null,
        ),
      ];
    case 'ranking':
      return q.options.map((o) =>
        col(`${q.key}.${o.key}`, `${o.label}: plaats in de rangorde (1 = belangrijkst)`, (r) => {
          const order = answer(r);
          if (!Array.isArray(order)) return null;
          const at = order.indexOf(o.key);
          return at >= 0 ? at + 1 : null;
        }),
      );
    case 'matrix':
      return q.rows.map((row) =>
        col(`${q.key}.${row.key}`, `${row.label}: ${LIKERT_MEANING}`, (r) =>
          num((answer(r) as Record<string, number> | undefined)?.[row.key]),
        ),
      );
  }
}

function otherTextColumn(
  q: Question,
  col: (name: string, meaning: string, cell: (r: ExportResponseRow) => Cell) => ExportColumn,
): ExportColumn {
  return col(
    `${q.key}.other_text`,
    'Tekst bij "anders, namelijk" (persoonsgegevens weggelakt)',
    (r) => r.redacted[`${q.key}:other`] ?? null,
  );
}

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}
