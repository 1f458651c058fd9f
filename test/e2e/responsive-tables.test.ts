/**
 * Form B and the other answer tables read on a phone: at 390 px each row is
 * a block — a small heading line (No., 中分類・開示項目, 必須/選択, ★), the
 * 記述内容 under it, and the 申請内容 across the full width — on service
 * pages, item pages, the change views of a service's history and 更新情報.
 * On a desktop the 申請内容 is the widest column. Either way the tables are
 * still tables in Chromium's accessibility tree (what a screen reader gets):
 * rows, row headers, column headers and cells, not a run of text.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { tableRoles } from '../support/accessibility-tree.ts';

const browser = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const box = async (page: Page, selector: string): Promise<Box> => {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
};

/** The scroll box around `table` does not need scrolling sideways. */
const fitsItsBox = (page: Page, table: string) =>
  page
    .locator(table)
    .first()
    .evaluate((t) => {
      const scroller = t.closest('.table-scroll') ?? t.parentElement!;
      return scroller.scrollWidth <= scroller.clientWidth;
    });

describe('Form B on a service page', () => {
  test('at 390 px each item is a block: heading line, then 記述内容, then the 申請内容 across the full width', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(siteUrl('/services/ip0001-1302/'));
    const row = '#item-availability-target';
    const table = await box(page, `${row}`);
    const no = await box(page, `${row} > th`);
    const required = page.locator(`${row} > td`).nth(3);
    // A row's last three cells are 記述内容, 必須/選択 and 申請内容.
    const description = await box(page, `${row} > td:nth-last-child(3)`);
    const answer = await box(page, `${row} > td:last-child`);
    // The heading line reads 「No.29 サービス品質・サービス稼働設定値 必須」.
    const th = page.locator(`${row} > th`);
    expect(
      `${await th.evaluate((el) => getComputedStyle(el, '::before').content.replaceAll('"', ''))}${(await th.innerText()).trim()}`,
    ).toBe('No.29');
    expect(await required.innerText()).toBe('必須');
    const req = (await required.boundingBox())!;
    expect(req.y).toBeLessThan(description.y);
    expect(no.y).toBeLessThan(description.y);
    expect(description.y + description.height).toBeLessThanOrEqual(answer.y + 1);
    // The answer spans the row, not a 120 px column at the far right.
    expect(answer.width).toBeGreaterThan(table.width * 0.85);
    expect(await page.locator(`${row} > td:last-child`).innerText()).toBe(
      '99.99%（月間、リージョン単位。仮想サーバ単体は99.95%）',
    );
    // No Form B table needs swiping sideways.
    const tables = await page.locator('table.form-b').count();
    for (let i = 0; i < tables; i++) expect(await fitsItsBox(page, `table.form-b >> nth=${i}`)).toBe(true);
  });

  test('on a 1024 px desktop the 申請内容 column is the widest, over a third of the table', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(siteUrl('/services/ip0001-1302/'));
    const widths = await page
      .locator('table.form-b')
      .first()
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => [th.textContent.trim(), th.getBoundingClientRect().width] as const));
    const widest = [...widths].sort((a, b) => b[1] - a[1])[0]!;
    expect(widest[0]).toBe('申請内容');
    expect(widest[1]).toBeGreaterThan(widths.reduce((s, w) => s + w[1], 0) * 0.35);
  });

  for (const [label, options] of [
    ['390 px', PHONE],
    ['1280 px', DESKTOP],
  ] as const) {
    test(`at ${label} a Form B section is still a table to a screen reader`, async () => {
      const page = await browser.newPage(options);
      await page.goto(siteUrl('/services/ip0001-1302/'));
      const t = page.locator('table.form-b').nth(1);
      const name = (await t.locator('caption').innerText()).trim();
      const dom = await t.evaluate((el) => ({
        rows: el.querySelectorAll('tr').length,
        rowheaders: el.querySelectorAll('tbody th').length,
        cells: el.querySelectorAll('td').length,
      }));
      const ax = await tableRoles(page, name);
      expect(ax['table']).toBe(1);
      expect(ax['columnheader']).toBe(6);
      expect(ax['row']).toBe(dom.rows);
      expect(ax['rowheader']).toBe(dom.rowheaders);
      expect(ax['cell']! + ax['gridcell']!).toBe(dom.cells);
    });
  }
});

describe('other answer tables at 390 px', () => {
  test('an item page: each service is a block with its answer across the full width', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(siteUrl('/items/availability-target/'));
    const table = await box(page, 'table.item-answers');
    const answer = await box(page, 'table.item-answers tbody tr:first-child td:last-child');
    expect(answer.width).toBeGreaterThan(table.width * 0.85);
    expect(await fitsItsBox(page, 'table.item-answers')).toBe(true);
    const name = (await page.locator('table.item-answers caption').innerText()).trim();
    const ax = await tableRoles(page, name);
    // サービス名称・事業者名称・区分・状態・回答, and one column per declared value (稼働率: one).
    expect(ax['columnheader']).toBe(6);
    expect(ax['rowheader']).toBe(await page.locator('table.item-answers tbody th').count());
  });

  test('a change in the history: 変更前 above 変更後, each across the full width', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(siteUrl('/services/ip0001-1302/'));
    const change = '#event-2023-01-23-dc-power-dc-hokkaido';
    const before = await box(page, `${change} td >> nth=0`);
    const after = await box(page, `${change} td >> nth=1`);
    const table = await box(page, `${change} table`);
    expect(after.y).toBeGreaterThanOrEqual(before.y + before.height - 1);
    expect(before.width).toBeGreaterThan(table.width * 0.85);
    expect(after.width).toBeGreaterThan(table.width * 0.85);
    expect(
      await page.locator(`${change} td >> nth=0`).evaluate((td) => getComputedStyle(td, '::before').content),
    ).toContain('変更前');
  });

  test('更新情報: every table fits its box', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(siteUrl('/updates/'));
    const tables = await page.locator('main table').count();
    expect(tables).toBeGreaterThan(5);
    for (let i = 0; i < tables; i++) expect(await fitsItsBox(page, `main table >> nth=${i}`)).toBe(true);
  });
});
