/**
 * A small SpreadsheetML (.xlsx) writer for the comparison download, with no
 * dependency: shared strings, a few cell styles (wrapped text, bold header,
 * shaded group rows), column widths, frozen panes, A4 landscape fit to the
 * page width, repeated print titles and a page-number footer. Text cells
 * only, so no value from the data can ever be a formula. The zip is written
 * here too: entries are deflated with the platform's CompressionStream
 * ('deflate-raw') where there is one, else stored; timestamps are fixed, so
 * the same input gives the same bytes.
 */
import { xmlText } from './xml-text.ts';

/** Cell styles (indexes into cellXfs below). */
export const STYLE = { plain: 0, body: 1, header: 2, group: 3, title: 4, label: 5 } as const;
export type CellStyle = (typeof STYLE)[keyof typeof STYLE];

export interface SheetCell {
  text: string;
  style?: CellStyle;
}

export interface SheetSpec {
  name: string;
  rows: (SheetCell | string | null)[][];
  /** Column widths in characters (Excel's unit), from column A. */
  widths: number[];
  /** Frozen panes: the number of leading columns and rows kept in view. */
  freeze?: { columns: number; rows: number };
  /** Rows (from 1) and columns (from 1) repeated on every printed page. */
  printTitles?: { rows?: number; columns?: number };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function columnName(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const FONT = (extra: string, size: number) =>
  `<font>${extra}<sz val="${size}"/><name val="Meiryo UI"/><family val="3"/><charset val="128"/></font>`;
const BORDER =
  '<border><left style="thin"><color rgb="FFB4B4B4"/></left><right style="thin"><color rgb="FFB4B4B4"/></right><top style="thin"><color rgb="FFB4B4B4"/></top><bottom style="thin"><color rgb="FFB4B4B4"/></bottom><diagonal/></border>';
const WRAP = '<alignment vertical="top" wrapText="1"/>';
const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN}">` +
  `<fonts count="3">${FONT('', 10)}${FONT('<b/>', 10)}${FONT('<b/>', 14)}</fonts>` +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F2"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${BORDER}</borders>` +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">${WRAP}</xf>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${WRAP}</xf>` +
  `<xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${WRAP}</xf>` +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${WRAP}</xf>` +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function sheetXml(sheet: SheetSpec, index: (text: string) => number, selected: boolean): string {
  const lastCol = Math.max(1, sheet.widths.length, ...sheet.rows.map((r) => r.length));
  const dimension = `A1:${columnName(lastCol - 1)}${Math.max(1, sheet.rows.length)}`;
  const f = sheet.freeze;
  let view = `<sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}`;
  if (f && (f.columns || f.rows)) {
    const top = `${columnName(f.columns)}${f.rows + 1}`;
    const pane = f.columns && f.rows ? 'bottomRight' : f.rows ? 'bottomLeft' : 'topRight';
    view +=
      `><pane${f.columns ? ` xSplit="${f.columns}"` : ''}${f.rows ? ` ySplit="${f.rows}"` : ''} topLeftCell="${top}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${top}" sqref="${top}"/></sheetView>`;
  } else view += '/>';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          if (cell === null) return '';
          const { text, style = STYLE.body } = typeof cell === 'string' ? { text: cell } : cell;
          const ref = `${columnName(c)}${r + 1}`;
          const s = style ? ` s="${style}"` : '';
          return text === '' ? `<c r="${ref}"${s}/>` : `<c r="${ref}"${s} t="s"><v>${index(text)}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="${dimension}"/><sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

/** The parts of the workbook, as [path, text] in zip order. */
export function workbookParts(sheets: readonly SheetSpec[]): [string, string][] {
  const strings: string[] = [];
  const seen = new Map<string, number>();
  let uses = 0;
  const index = (text: string) => {
    uses++;
    let i = seen.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      seen.set(text, i);
    }
    return i;
  };
  const sheetParts = sheets.map((s, i) => sheetXml(s, index, i === 0));
  const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;
  const titles = sheets
    .map((s, i) => {
      const t = s.printTitles;
      if (!t || (!t.rows && !t.columns)) return '';
      const parts = [
        t.columns ? `${quoted(s.name)}!$A:$${columnName(t.columns - 1)}` : '',
        t.rows ? `${quoted(s.name)}!$1:$${t.rows}` : '',
      ].filter(Boolean);
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(parts.join(','))}</definedName>`;
    })
    .join('');
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}</workbook>`;
  const n = sheets.length;
  const rels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const types =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>` +
    sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`)
      .join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>` +
    '</Types>';
  const root =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sst =
    XML_HEAD +
    `<sst xmlns="${MAIN}" count="${uses}" uniqueCount="${strings.length}">` +
    strings.map((t) => `<si><t xml:space="preserve">${xmlText(t)}</t></si>`).join('') +
    '</sst>';
  return [
    ['[Content_Types].xml', types],
    ['_rels/.rels', root],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', rels],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', sst],
    ...sheetParts.map((x, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, x]),
  ];
}

let CRC: Uint32Array | undefined;
function crc32(bytes: Uint8Array): number {
  if (!CRC) {
    CRC = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array | null> {
  if (typeof CompressionStream === 'undefined') return null;
  try {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null;
  }
}

/** A zip archive of the given files (deflated where the platform can, else stored). */
export async function zip(files: readonly [string, string][]): Promise<Uint8Array> {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  // 1980-01-01 00:00: a fixed time, so the same workbook gives the same bytes.
  const DOS_DATE = (0 << 9) | (1 << 5) | 1;
  for (const [path, text] of files) {
    const name = enc.encode(path);
    const data = enc.encode(text);
    const crc = crc32(data);
    const deflated = await deflateRaw(data);
    const method = deflated ? 8 : 0;
    const body = deflated ?? data;
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, 0x0800, true); // UTF-8 names
    v.setUint16(8, method, true);
    v.setUint16(10, 0, true);
    v.setUint16(12, DOS_DATE, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, body.length, true);
    v.setUint32(22, data.length, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const w = new DataView(entry.buffer);
    w.setUint32(0, 0x02014b50, true);
    w.setUint16(4, 20, true);
    w.setUint16(6, 20, true);
    w.setUint16(8, 0x0800, true);
    w.setUint16(10, method, true);
    w.setUint16(12, 0, true);
    w.setUint16(14, DOS_DATE, true);
    w.setUint32(16, crc, true);
    w.setUint32(20, body.length, true);
    w.setUint32(24, data.length, true);
    w.setUint16(28, name.length, true);
    w.setUint32(42, offset, true);
    entry.set(name, 46);
    chunks.push(local, body);
    central.push(entry);
    offset += local.length + body.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, files.length, true);
  e.setUint16(10, files.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function xlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  return zip(workbookParts(sheets));
}
