/**
 * The Form B workbook applicants fill in: one sheet, one row per 記述内容 in
 * template order, with columns for 申請内容 and 添付書類等. Built from and read
 * back against content/form-b.yaml, so the workbook always matches the
 * template the site publishes. Column A holds the row id the import keys on.
 */
import ExcelJS from 'exceljs';
import type { FormRow, FormTemplate } from '../../src/data/form-b-template.ts';
import type { AnswerInput, ServiceInput } from './service-document.ts';
import { rowGuidance } from './service-document.ts';

export const SHEET_NAME = '申請書B';
export const FIRST_DATA_ROW = 5;
const HEADER_ROW = 4;

/** Columns in order; `key` is how code refers to them. */
export const COLUMNS = [
  { key: 'id', header: '項目ID（変更しない）', width: 22 },
  { key: 'category', header: '大分類', width: 14 },
  { key: 'no', header: 'No.', width: 5 },
  { key: 'middle', header: '中分類', width: 16 },
  { key: 'label', header: '開示項目', width: 22 },
  { key: 'description', header: '記述内容', width: 30 },
  { key: 'required', header: '必須/選択', width: 9 },
  { key: 'key', header: '一定の要件', width: 10 },
  { key: 'dataCentre', header: 'データセンター', width: 16 },
  { key: 'implemented', header: '実施有無', width: 10 },
  { key: 'country', header: '国', width: 10 },
  { key: 'prefecture', header: '都道府県', width: 10 },
  { key: 'content', header: '申請内容', width: 60 },
  { key: 'evidence', header: '添付書類等', width: 40 },
  { key: 'guidance', header: '記入上の注意', width: 40 },
  // Last, so the columns people already know keep their letters.
  { key: 'value', header: '値（比較用）', width: 18 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
export const col = (key: ColumnKey): number => COLUMNS.findIndex((c) => c.key === key) + 1;

/** The service's basic facts (申請書A's, needed to publish), at the top of the sheet. */
export const HEADER_FIELDS = [
  { id: 'certificationNumber', label: '認定番号（事務局が記入。例: IP0013-2611）', required: true },
  { id: 'serviceName', label: 'サービス名称', required: true },
  { id: 'serviceSummary', label: 'サービス概要', required: true },
  { id: 'providerName', label: '事業者名称', required: true },
  { id: 'category', label: '区分（IaaS または PaaS）', required: true },
  { id: 'serviceSite', label: 'サービスサイトの URL', required: true },
  { id: 'supplyForm.kind', label: '提供形態（OEM・販売代理店の場合のみ: OEM または 販売代理店）', required: false },
  { id: 'supplyForm.description', label: '提供形態の説明（提供元など）', required: false },
] as const;

export const DEFAULT_DC_LABEL = 'データセンター1';
const YES = new Set(['はい', '実施あり', 'あり', '有', 'true', 'yes', '○', '〇']);
const NO = new Set(['いいえ', '実施なし', 'なし', '無', 'false', 'no', '×']);

export function buildFormWorkbook(template: FormTemplate): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
  ws.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  ws.getCell(1, 1).value = `${template.title}（様式 ${template.version}）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    '「申請内容」列に開示する内容を、「添付書類等」列に裏付け資料を1行に1つ「資料名｜記載箇所」の形で書いてください（申請内容が「実施なし」「開示なし」等なら不要）。' +
    '実施有無の行は「実施有無」列に 実施あり / 実施なし、所在地の行は「国」「都道府県」列も書きます。';
  ws.getCell(3, 1).value =
    '★は「一定の要件を考慮すべき項目」（対策・措置を行っていなければ認定されません）。ハウジングの行はデータセンターごとに書きます。2か所目以降は行を写して「データセンター」列の名前を変えてください。A列の項目IDは変えないでください。';
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  ws.mergeCells(2, 1, 2, COLUMNS.length);
  ws.mergeCells(3, 1, 3, COLUMNS.length);
  for (const r of [2, 3]) {
    ws.getRow(r).height = 32;
    ws.getCell(r, 1).alignment = { wrapText: true, vertical: 'top' };
  }
  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F1FE' } }));

  for (const f of HEADER_FIELDS)
    addRow(ws, {
      id: f.id,
      category: 'サービスの基本情報',
      description: f.label,
      required: f.required ? '必須' : '選択',
    });
  for (const r of template.rows) addRow(ws, templateRowCells(r));

  // Answers are text: stop the spreadsheet from turning 99.950 into 99.95 or 2026/04/01 into a date.
  for (const key of ['content', 'evidence', 'country', 'prefecture', 'dataCentre'] as const)
    ws.getColumn(col(key)).numFmt = '@';
  for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    row.alignment = { wrapText: true, vertical: 'top' };
    const id = cellText(row.getCell(col('id')).value);
    if (template.byId.get(id)?.kind === 'practice')
      row.getCell(col('implemented')).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"実施あり,実施なし"'],
      };
  }
  return wb;
}

function templateRowCells(r: FormRow): Partial<Record<ColumnKey, string | number>> {
  return {
    id: r.id,
    category: r.categoryName,
    no: r.no,
    middle: r.middle,
    label: r.label ?? r.middle,
    description: r.description,
    required: r.required ? '必須' : '選択',
    key: r.keyRequirement ? '★' : '',
    dataCentre: r.perDataCentre ? DEFAULT_DC_LABEL : '',
    guidance: rowGuidance(r)
      .slice(2)
      .join('\n')
      .replace(/^記入: /, ''),
  };
}

function addRow(ws: ExcelJS.Worksheet, cells: Partial<Record<ColumnKey, string | number>>): void {
  ws.addRow(cells);
}

// ------------------------------------------------------------------ reading

export interface SheetProblem {
  row: number;
  column?: string | undefined;
  message: string;
}

export interface ReadWorkbook {
  service: ServiceInput;
  /** Sheet row of each field: header id, `answers.<id>`, or `dataCentres.<label>.<id>`. */
  rowOf: Map<string, number>;
  /** Data-centre labels in the order they first appear. */
  dataCentreLabels: string[];
  problems: SheetProblem[];
}

/** The text a person typed in a cell, whatever type the spreadsheet stored it as. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((t) => t.text)
        .join('')
        .replace(/\r\n?/g, '\n');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result);
  }
  return '';
}

const letter = (key: ColumnKey) => String.fromCharCode(64 + col(key));

export function readFormWorkbook(
  wb: ExcelJS.Workbook,
  template: FormTemplate,
  dcIdOf: (label: string, index: number) => string,
): ReadWorkbook {
  const problems: SheetProblem[] = [];
  const rowOf = new Map<string, number>();
  const ws = wb.getWorksheet(SHEET_NAME);
  const service: ServiceInput = { certificationNumber: '', answers: {}, dataCentres: [] };
  if (!ws) {
    problems.push({
      row: 1,
      message: `シート「${SHEET_NAME}」がありません（npm run form:export で作った様式を使ってください）`,
    });
    return { service, rowOf, dataCentreLabels: [], problems };
  }
  const header: Record<string, string> = {};
  const dcLabels: string[] = [];
  for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const text = (key: ColumnKey) => cellText(row.getCell(col(key)).value);
    const id = text('id').trim();
    if (id === '') continue;
    const field = HEADER_FIELDS.find((f) => f.id === id);
    if (field) {
      header[id] = text('content').trim();
      rowOf.set(id, n);
      continue;
    }
    const formRow = template.byId.get(id);
    if (!formRow) {
      problems.push({ row: n, column: letter('id'), message: `項目ID「${id}」は申請書B様式にありません` });
      continue;
    }
    let answers = service.answers;
    let key = `answers.${id}`;
    if (formRow.perDataCentre) {
      const label = text('dataCentre').trim();
      if (label === '') {
        problems.push({
          row: n,
          column: letter('dataCentre'),
          message: 'ハウジングの行には「データセンター」列にデータセンターの名前が必要です',
        });
        continue;
      }
      let dc = service.dataCentres.find((d) => d.label === label);
      if (!dc) {
        dc = { id: dcIdOf(label, dcLabels.length), label, answers: {} };
        dcLabels.push(label);
        service.dataCentres.push(dc);
      }
      answers = dc.answers;
      key = `dataCentres.${label}.${id}`;
    }
    if (rowOf.has(key)) {
      problems.push({
        row: n,
        column: letter('id'),
        message: `項目「${id}」が${rowOf.get(key)}行目にもあります（1項目1行）`,
      });
      continue;
    }
    rowOf.set(key, n);
    const answer: AnswerInput = { content: text('content').replace(/\n+$/, '') };
    const implemented = text('implemented').trim();
    if (implemented !== '') {
      if (YES.has(implemented.toLowerCase())) answer.implemented = true;
      else if (NO.has(implemented.toLowerCase())) answer.implemented = false;
      else
        problems.push({
          row: n,
          column: letter('implemented'),
          message: `実施有無「${implemented}」は「実施あり」か「実施なし」で書いてください`,
        });
    }
    const country = text('country').trim();
    const prefecture = text('prefecture').trim();
    if (country !== '') answer.country = country;
    if (prefecture !== '') answer.prefecture = prefecture;
    const evidence = parseEvidence(text('evidence'));
    if (evidence.bad.length)
      problems.push({
        row: n,
        column: letter('evidence'),
        message: `添付書類等「${evidence.bad[0]}」は1行に1つ「資料名｜記載箇所」の形で書いてください`,
      });
    if (evidence.items.length) answer.evidence = evidence.items;
    const value = parseValueCell(text('value'), formRow);
    if (value !== undefined) answer.value = value;
    answers[id] = answer;
  }
  service.certificationNumber = header['certificationNumber'] ?? '';
  service.serviceName = header['serviceName'];
  service.serviceSummary = header['serviceSummary'];
  service.providerName = header['providerName'];
  service.category = header['category'];
  service.serviceSite = header['serviceSite'];
  const kind = header['supplyForm.kind'] ?? '';
  const description = header['supplyForm.description'] ?? '';
  if (kind !== '' || description !== '') service.supplyForm = { kind, description };
  return { service, rowOf, dataCentreLabels: dcLabels, problems };
}

/**
 * The 値 column: one value; for a choices row one choice per line (or 、);
 * for a row with several values one 「key=値」 per line (the key or its label).
 */
function parseValueCell(cell: string, row: FormRow): AnswerInput['value'] {
  const lines = cell
    .split(/\n|、/u)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || row.values.length === 0) return lines.length ? lines.join('、') : undefined;
  if (row.values.length > 1) {
    const out: Record<string, string> = {};
    for (const line of lines) {
      const at = Math.max(line.indexOf('='), line.indexOf('＝'));
      const name = at < 0 ? '' : line.slice(0, at).trim();
      const spec = row.values.find((v) => v.key === name || v.label === name);
      out[spec?.key ?? name] = at < 0 ? line : line.slice(at + 1).trim();
    }
    return out;
  }
  return row.values[0]!.type === 'choices' ? lines : lines.join('、');
}

function parseEvidence(cell: string): { items: { document: string; place: string }[]; bad: string[] } {
  const items: { document: string; place: string }[] = [];
  const bad: string[] = [];
  for (const line of cell.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const at = Math.max(line.lastIndexOf('|'), line.lastIndexOf('｜'));
    const document = at < 0 ? '' : line.slice(0, at).trim();
    const place = at < 0 ? '' : line.slice(at + 1).trim();
    if (document === '' || place === '') bad.push(line);
    else items.push({ document, place });
  }
  return { items, bad };
}
