/**
 * 「Excel で保存」「CSV で保存」 on the compare page, and 「Excel で保存」 on a
 * service page. Loaded only when a button is pressed (a dynamic import), so
 * no page's first load carries the writer. Reads the rows as the table shows
 * them (Form B order, 大分類 groups, ハウジング per data-centre position, rows
 * hidden by 差分のみ left out) and the answers from the services' published
 * JSON the page already fetched. Nothing leaves the browser.
 */
import {
  comparisonWorkbook,
  skeletonGroups,
  XLSX_TYPE,
  type FormSkeleton,
  type SheetGroup,
  type SheetService,
} from '../lib/compare-sheet.ts';
import type { ServiceJson } from '../lib/formats/service-json.ts';
import { sheetService } from '../lib/sheet-service.ts';
import { toCsv } from '../lib/formats/csv-text.ts';
import { xlsx } from '../lib/formats/xlsx-writer.ts';
import { serviceJsonPath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import type { SheetWords } from '../i18n/widget-words.ts';

export interface ExportContext {
  kind: 'xlsx' | 'csv';
  table: HTMLTableElement;
  services: SheetService[];
  diffOnly: boolean;
  asOf: string;
  siteName: string;
  /** The workbook's words, as the page rendered them. */
  words: SheetWords;
  /** Each status in the page's language, by its Japanese name. */
  status: Readonly<Record<string, string>>;
}

function groupsOf(table: HTMLTableElement, diffOnly: boolean): { groups: SheetGroup[]; hidden: number } {
  let hidden = 0;
  const text = (row: HTMLElement, sel: string) =>
    row.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const groups = [...table.tBodies].map((body) => {
    const name = (body.rows[0]!.cells[0]!.firstChild?.textContent ?? '').trim();
    const rows = [...body.rows].slice(1).filter((row) => {
      const same = row.classList.contains('is-same');
      if (diffOnly && same) hidden++;
      return !(diffOnly && same);
    });
    return {
      name,
      rows: rows.map((row) => ({
        id: row.dataset.row!,
        no: text(row, '.compare__no'),
        heading: text(row, '.compare__heading'),
        description: text(row, '.compare__desc'),
        required: row.dataset.required ?? '',
        keyRequirement: row.dataset.key !== undefined,
        ...(row.dataset.dc !== undefined ? { dataCentre: Number(row.dataset.dc) } : {}),
      })),
    };
  });
  return { groups, hidden };
}

export async function saveComparison(c: ExportContext): Promise<string> {
  const { groups, hidden } = groupsOf(c.table, c.diffOnly);
  const book = comparisonWorkbook({
    siteName: c.siteName,
    asOf: c.asOf,
    url: location.href,
    diffOnly: c.diffOnly,
    hiddenRows: hidden,
    services: c.services,
    groups,
    words: c.words,
    status: c.status,
  });
  const blob =
    c.kind === 'xlsx'
      ? new Blob([(await xlsx(book.sheets)) as BlobPart], { type: XLSX_TYPE })
      : new Blob([toCsv(book.csv[0]!, book.csv.slice(1))], { type: 'text/csv;charset=utf-8' });
  return download(blob, `${book.fileName}.${c.kind}`);
}

function download(blob: Blob, name: string): string {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
  return name;
}

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(path);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return (await r.json()) as T;
}

/**
 * One service's Form B 申請内容 as a workbook, from its published JSON and the template (/data/form-b.json),
 * in the words the page rendered; the link is to the page the reader is on (its language).
 */
export async function saveService(
  id: string,
  siteName: string,
  words: SheetWords,
  status: Readonly<Record<string, string>>,
): Promise<string> {
  const [s, form] = await Promise.all([
    getJson<ServiceJson>(serviceJsonPath(slugOf(id))),
    getJson<FormSkeleton>('/data/form-b.json'),
  ]);
  // The page the reader saved from (the English one on the English edition), at the site's own address.
  const page = new URL(location.pathname, s.page).href;
  const book = comparisonWorkbook({
    siteName,
    asOf: s.publicationDate,
    url: page,
    diffOnly: false,
    services: [{ ...sheetService(s), page }],
    groups: skeletonGroups(form, s.dataCentres.length, words),
    words,
    status,
  });
  return download(new Blob([(await xlsx(book.sheets)) as BlobPart], { type: XLSX_TYPE }), `${book.fileName}.xlsx`);
}
