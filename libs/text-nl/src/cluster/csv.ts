import { parse } from 'csv-parse/sync';

/** Reads a UTF-8 CSV with a header row (RFC 4180 quoting, CRLF or LF, optional BOM, quoted newlines). */
export function parseCsv(content: string | Buffer): {
  header: string[];
  rows: Array<Record<string, string>>;
} {
  const records = parse(content, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  const header = (records[0] ?? []).map((h) => h.trim());
  const rows = records.slice(1).map((cells) => {
    const row: Record<string, string> = {};
    header.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row;
  });
  return { header, rows };
}

/** One CSV field, quoted when it holds a comma, quote, CR or LF (RFC 4180). */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with CRLF line ends, as RFC 4180 prescribes. */
export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
