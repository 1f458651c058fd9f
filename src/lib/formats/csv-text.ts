/**
 * CSV text, shared by the open-data files (open-data-csv.ts) and the
 * comparison's CSV download (src/client/compare-export.ts): UTF-8 with a
 * BOM, every field quoted, CRLF line ends (RFC 4180), and a leading ' on a
 * cell a spreadsheet would run as a formula (= + - @, TAB, CR and their
 * full-width forms; OWASP's advice against CSV injection). No other imports,
 * so the browser bundle that uses it stays small.
 */
import { FORMULA_START } from '../../rules/spreadsheet-formula.ts';

/** Said on /data/ for people who parse the files: strip one leading ' from a cell that starts with these. */
export const FORMULA_ESCAPE = "'";

export const csvField = (value: string) =>
  `"${FORMULA_START.test(value) ? FORMULA_ESCAPE : ''}${value.replaceAll('"', '""')}"`;

/**
 * With every field quoted, RFC 4180 needs nothing but doubled quotes; this
 * writes the same bytes as csv-stringify (a test holds them to it) in less
 * than half the time (70,000 rows: 556 ms against 1,262 ms, medians of 5);
 * answers.csv has that many rows at 1,000 services.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return withHeader(columns, csvRows(rows));
}

/** The data rows of a CSV file, each ending in CRLF: one text that several headers can share (answers.csv and answers.en.csv). */
export function csvRows(rows: readonly (readonly string[])[]): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(`${row.map(csvField).join(',')}\r\n`);
  return lines.join('');
}

/** A whole CSV file: BOM, the header row, then `body` from csvRows. */
export function withHeader(columns: readonly string[], body: string): string {
  return `\uFEFF${columns.map(csvField).join(',')}\r\n${body}`;
}
