/** The hand-written .xlsx writer, read back with exceljs (what the e2e test also uses). */
import ExcelJS from 'exceljs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { STYLE, columnName, xlsx } from '../../src/lib/formats/xlsx-writer.ts';

describe('xlsx writer', () => {
  test('column names', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  test('exceljs reads the cells, styles, widths, frozen panes, print setup; markup and a formula-like text stay text', async () => {
    const bytes = await xlsx([
      {
        name: '表紙',
        rows: [[{ text: '題', style: STYLE.title }], ['公表基準日', '2026年11月26日']],
        widths: [20, 40],
      },
      {
        name: '比較',
        rows: [
          [
            { text: '項目', style: STYLE.header },
            { text: 'A', style: STYLE.header },
          ],
          [
            { text: '大分類', style: STYLE.group },
            { text: '', style: STYLE.group },
          ],
          ['No.1 x\n説明', '=HYPERLINK("x")<b>&amp;</b>\r\n改行'],
          ['No.2', null],
        ],
        widths: [30, 45],
        freeze: { columns: 1, rows: 1 },
        printTitles: { rows: 1, columns: 1 },
      },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表紙', '比較']);
    const cover = wb.getWorksheet('表紙')!;
    expect(cover.getCell('B2').value).toBe('2026年11月26日');
    const sheet = wb.getWorksheet('比較')!;
    expect(sheet.getCell('B3').value).toBe('=HYPERLINK("x")<b>&amp;</b>\r\n改行');
    expect(sheet.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getColumn(2).width).toBe(45);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet.pageSetup.printTitlesColumn).toBe('A:A');
  });

  test('the zip entries are deflated and their CRCs hold (zlib reads them)', async () => {
    const bytes = Buffer.from(await xlsx([{ name: 'S', rows: [['x'.repeat(1000)]], widths: [10] }]));
    // First local header: method 8, and the body inflates to the part.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(8);
    const nameLength = bytes.readUInt16LE(26);
    const size = bytes.readUInt32LE(18);
    const part = inflateRawSync(bytes.subarray(30 + nameLength, 30 + nameLength + size)).toString('utf8');
    expect(part).toContain('<Types');
  });
});
