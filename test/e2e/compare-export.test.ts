/**
 * 「Excel で保存」「CSV で保存」 on /compare/ in Chromium: the download is
 * captured and read back — the .xlsx with exceljs (cover sheet, one answer
 * cell per service, 公表留保中 for IP0008-2004's withheld data-centre answers,
 * frozen header row and item column, A4 landscape with print titles), the CSV
 * with csv-parse (UTF-8 with BOM, the same cells). The writer is not loaded
 * until a button is pressed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { useBrowser, collectPageErrors, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { contentDir, publicationDate, requireDist } from '../support/paths.ts';
import { collectSecrets, occursInPublicText } from '../support/catalogue-secrets.ts';
import { formatLeakHits, scanForLeaks } from '../support/leak-scan.ts';

const browser = useBrowser();
const dist = requireDist();
const NUMBERS = ['IP0001-1302', 'IP0008-2004', 'IP0010-2210'];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

interface Json {
  certificationNumber: string;
  serviceName: string;
  status: string;
  page: string;
  answers: { row: string; answer: { state: string; content?: string; implemented?: boolean } }[];
}
const json = (n: string) =>
  JSON.parse(readFileSync(join(dist, 'data', 'services', `${n.toLowerCase()}.json`), 'utf8')) as Json;

async function save(page: Page, kind: 'xlsx' | 'csv'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`compare-app button[data-save="${kind}"]`).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

async function open(page: Page, query: string, numbers = NUMBERS): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(siteUrl(`/compare/?services=${numbers.join(',')}${query}`));
  await page.locator('#compare-result:not([hidden])').waitFor();
  return scripts;
}

/** The leak scan (test/dist/leak-scan.test.ts) over downloaded files: it unzips an .xlsx and reads every part. */
function expectNoLeaks(files: Record<string, Buffer>): void {
  const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
  try {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    const catalogue = collectSecrets(contentDir(), publicationDate());
    const isPublic = (t: string) => occursInPublicText(t, catalogue.publicTexts);
    const secrets = catalogue.secrets.map((x) => x.text).filter((t) => !isPublic(t));
    expect(secrets.length).toBeGreaterThan(0);
    const hits = scanForLeaks(dir, secrets, { skip: isPublic });
    expect(hits, formatLeakHits(hits)).toEqual([]);
    // Positive control: the scan reads inside the workbook.
    expect(scanForLeaks(dir, ['公表留保中']).length).toBe(Object.keys(files).length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('compare → Excel and CSV', () => {
  test('the .xlsx holds the cover, every Form B row with one answer cell per service, 公表留保中, frozen panes and print setup', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors = collectPageErrors(page);
    const scripts = await open(page, '');
    expect(
      scripts.some((s) => s.includes('compare-export')),
      'the writer is not loaded before the click',
    ).toBe(false);

    const { name, bytes } = await save(page, 'xlsx');
    expect(name).toBe('比較_IP0001-1302_IP0008-2004_IP0010-2210_2026-11-26.xlsx');
    expect(scripts.some((s) => s.includes('compare-export'))).toBe(true);
    await expect.poll(() => page.locator('#compare-save-status').innerText()).toContain(name);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表紙', '比較']);

    // Cover: title, 公表基準日, the comparison URL, one row per service, the note on 公表留保中 / 記載なし.
    const cover = wb.getWorksheet('表紙')!;
    const coverText = cover.getSheetValues().flat().map(cellText).join('\n');
    expect(cellText(cover.getCell('A1').value)).toContain('比較');
    expect(cellText(cover.getCell('B2').value)).toBe('2026年11月26日');
    expect(cellText(cover.getCell('B3').value)).toBe(siteUrl(`/compare/?services=${NUMBERS.join(',')}`));
    const header = (cover.getRow(7).values as ExcelJS.CellValue[]).slice(1).map(cellText);
    expect(header).toEqual([
      '認定番号',
      'サービス名称',
      '事業者名称',
      '状態',
      '認定期間',
      '開示情報の日付',
      'ページの URL',
    ]);
    NUMBERS.forEach((n, i) => {
      const row = (cover.getRow(8 + i).values as ExcelJS.CellValue[]).slice(1).map(cellText);
      const j = json(n);
      expect(row[0]).toBe(n);
      expect(row[1]).toBe(j.serviceName);
      expect(row[3]).toBe(j.status);
      expect(row[4]).toMatch(/^\d{4}年\d+月\d+日〜\d{4}年\d+月\d+日$/);
      expect(row[6]).toBe(j.page);
    });
    expect(coverText).toContain('表記を変えずに掲載しています');
    expect(coverText).toContain(
      '「公表留保中」は事業者の申出により公表を控えている回答、「記載なし」は選択項目に回答がないことを示します。',
    );

    // Answers: header row, 大分類 group rows, one row per Form B row (ハウジング per data-centre position).
    const sheet = wb.getWorksheet('比較')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:1');
    expect(sheet.getCell('B2').alignment?.wrapText ?? sheet.getCell('A3').alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(30);
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => ((r ?? []) as ExcelJS.CellValue[]).slice(1).map(cellText));
    expect(rows[0]![1]).toContain('IP0001-1302');
    const onScreen = await page.locator('#compare-table tbody tr[data-row]').count();
    const groups = await page.locator('#compare-table tbody').count();
    expect(rows.length).toBe(1 + groups + onScreen);

    // One answer cell per service, the text as published.
    const rowOf = (no: string, dc?: string) =>
      rows.find((r) => r[0]!.startsWith(`${no} `) && (dc === undefined || r[0]!.includes(dc)))!;
    const availability = await page
      .locator('#compare-table tr[data-row="availability-target"] .compare__no')
      .innerText();
    const availabilityRow = rowOf(availability);
    NUMBERS.forEach((n, i) => {
      const a = json(n).answers.find((x) => x.row === 'availability-target')!.answer;
      expect(availabilityRow[i + 1]).toBe(a.content);
    });
    // IP0008-2004's second data centre: the location is withheld — 公表留保中 only, under the centre's name.
    const location = await page
      .locator('#compare-table tr[data-row="dc-location"][data-dc="1"] .compare__no')
      .innerText();
    const locationRow = rowOf(location, 'データセンター2');
    expect(locationRow[2]).toBe('【西日本第二データセンター】\n公表留保中');
    expectNoLeaks({ 'compare.xlsx': bytes });
    expect(locationRow[3]).toMatch(/^【[^】]+】\n/);
    const third = rowOf(location, 'データセンター3');
    expect(third[2]).toBe('データセンターは2か所');
    expect(errors).toEqual([]);
  });

  test('差分のみ leaves out the rows the table hides; the CSV (UTF-8 with BOM) holds the same cells as the workbook', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    // Three services with rows answered alike (test/e2e/compare.test.ts: 3 of them).
    const numbers = ['IP0002-1406', 'IP0009-2109', 'IP0011-2404'];
    await open(page, '&diff=1', numbers);
    const x = await save(page, 'xlsx');
    const c = await save(page, 'csv');
    expect(c.name).toBe('比較_IP0002-1406_IP0009-2109_IP0011-2404_2026-11-26.csv');
    expect([...c.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parse(c.bytes, { bom: true, relax_column_count: false }) as string[][];

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.bytes as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('比較')!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => ((r ?? []) as ExcelJS.CellValue[]).slice(1).map(cellText));
    const width = numbers.length + 1;
    const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    // The CSV's only difference: a leading ' before a cell a spreadsheet would run as a formula.
    expect(csv).toEqual(padded.map((r) => r.map((v) => (FORMULA_START.test(v) ? `'${v}` : v))));
    expectNoLeaks({ 'compare.xlsx': x.bytes, 'compare.csv': c.bytes });

    const visible = await page.locator('#compare-table tbody tr[data-row]:not(.is-same)').count();
    const all = await page.locator('#compare-table tbody tr[data-row]').count();
    expect(visible).toBeLessThan(all);
    const groupRows = await page.locator('#compare-table tbody:not(.is-same)').count();
    expect(rows.length).toBe(1 + groupRows + visible);
    expect(String(wb.getWorksheet('表紙')!.getCell('B4').value)).toBe(
      `はい（全サービスで回答が同じ ${all - visible} 行を省略）`,
    );
  });

  test("a service page's 「Excel で保存」 writes its Form B 申請内容 (IP0008-2004: 公表留保中 for the withheld data-centre answers)", async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors = collectPageErrors(page);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl('/services/ip0008-2004/'));
    const button = page.locator('service-excel button');
    await button.waitFor();
    expect(scripts.some((s) => s.includes('compare-export'))).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('申請書B_IP0008-2004_2026-11-26.xlsx');
    const bytes = readFileSync(await download.path());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['表紙', '申請内容']);
    const cover = wb.getWorksheet('表紙')!;
    // One service: no 差分のみ line, so the service table starts a row earlier than in a comparison.
    expect(cellText(cover.getCell('A6').value)).toBe('認定番号');
    expect(cellText(cover.getCell('A7').value)).toBe('IP0008-2004');
    expect(cellText(cover.getCell('B3').value)).toBe(json('IP0008-2004').page);
    const sheet = wb.getWorksheet('申請内容')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => ((r ?? []) as unknown[]).slice(1).map(cellText));
    const form = JSON.parse(readFileSync(join(dist, 'data', 'form-b.json'), 'utf8')) as {
      categories: { rows: { perDataCentre: boolean }[] }[];
    };
    const all = form.categories.flatMap((c) => c.rows);
    const perDc = all.filter((r) => r.perDataCentre).length;
    expect(rows.length).toBe(1 + form.categories.length + (all.length - perDc) + perDc * 2);
    expect(rows.filter((r) => r[1] === '【西日本第二データセンター】\n公表留保中').length).toBeGreaterThanOrEqual(2);
    const a = json('IP0008-2004').answers.find((x) => x.row === 'availability-target')!.answer;
    expect(rows.some((r) => r[1] === a.content)).toBe(true);
    await expect.poll(() => page.locator('service-excel [role="status"]').innerText()).toContain('を保存しました');
    expectNoLeaks({ 'service.xlsx': bytes });
    expect(errors).toEqual([]);
  });
});
