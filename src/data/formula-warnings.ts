/**
 * The open-data CSV files are opened in Excel, where a cell starting with
 * = + - @ (or a TAB or CR) is a formula. The CSV writer defuses such cells
 * with a leading ' (src/lib/formats/open-data-csv.ts); `npm run check` still points at
 * them in the fields shown on the face sheet, because 「-」 can be a real
 * answer but =HYPERLINK(…) in a company name is more likely an attack.
 */
import type { RawService } from './service-record.ts';
import type { TextIssue } from './text-policy.ts';
import { FORMULA_START } from '../rules/spreadsheet-formula.ts';

function describe(c: string): string {
  if (c === '\t') return 'タブ';
  if (c === '\r') return '改行（CR）';
  return `「${c}」`;
}

export function formulaWarning(value: string): string | null {
  const m = FORMULA_START.exec(value);
  if (!m) return null;
  return `先頭の${describe(m[0])}は表計算ソフトで数式の始まりとして扱われます（CSV では先頭に ' を付けて出力します）。意図した内容か確認してください`;
}

/** Face-sheet fields of a service that start like a formula. */
export function formulaWarnings(s: RawService): TextIssue[] {
  const fields: [(string | number)[], string | undefined][] = [
    [['serviceName'], s.serviceName],
    [['serviceSummary'], s.serviceSummary],
    [['providerName'], s.providerName],
    [['serviceSite'], s.serviceSite],
    [['supplyForm', 'description'], s.supplyForm?.description],
    ...(s.dataCentres ?? []).map((d, i): [(string | number)[], string] => [['dataCentres', i, 'label'], d.label]),
  ];
  const out: TextIssue[] = [];
  for (const [path, value] of fields) {
    const message = value === undefined ? null : formulaWarning(value);
    if (message) out.push({ path, message });
  }
  return out;
}
