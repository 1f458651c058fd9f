/**
 * List sorting and filters on / (progressive enhancement, state in the URL,
 * counts true to what is shown) and the item pages /items/ and
 * /items/<row id>/ (one Form B row across every certified service), on the
 * sample catalogue published as of 2026-11-26.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

const shownNumbers = (page: Page) => page.locator('table.service-list tbody tr:visible td:first-child').allInnerTexts();

describe('一覧の並べ替えと絞り込み', () => {
  test('データセンター所在地 offers only published places: a withheld location is neither an option nor a data attribute', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    const options = await page.locator('#place option').allInnerTexts();
    expect(options).toEqual([
      'すべて',
      '北海道',
      '宮城県',
      '埼玉県',
      '千葉県',
      '東京都',
      '神奈川県',
      '石川県',
      '愛知県',
      '大阪府',
      '広島県',
      '福岡県',
      '沖縄県',
      'ドイツ',
    ]);
    // IP0008's second centre is in 福岡県 but withheld on 2026-11-26: only its 大阪府 centre counts.
    expect(await page.locator('tr[data-number="IP0008-2004"]').getAttribute('data-places')).toBe('大阪府');
    await page.selectOption('#place', '福岡県');
    expect(await shownNumbers(page)).toEqual(['IP0003-1409']);
    expect(await page.locator('#list-count').innerText()).toBe('13件中 1件を表示しています。');
  });

  test('filters combine, the caption and count match the rows shown, and the state survives a reload', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    expect(await page.locator('#list-count').innerText()).toBe('13件すべてを表示しています。');
    await page.selectOption('#place', '大阪府');
    expect(await shownNumbers(page)).toEqual(['IP0001-1302', 'IP0008-2004', 'IP0009-2109']);
    await page.selectOption('#category', 'IaaS');
    expect(await shownNumbers(page)).toEqual(['IP0001-1302']);
    expect(await page.locator('#list-count').innerText()).toBe('13件中 1件を表示しています。');
    expect(await page.locator('table.service-list caption').innerText()).toBe(
      '認定サービス13件中1件（IaaS・大阪府、認定番号順）',
    );
    await page.selectOption('#category', '');
    await page.selectOption('#status', 'certified');
    await page.selectOption('#place', '');
    expect(await shownNumbers(page)).toEqual([
      'IP0001-1302',
      'IP0002-1406',
      'IP0007-1903',
      'IP0008-2004',
      'IP0009-2109',
      'IP0010-2210',
      'IP0011-2404',
      'IP0012-2506',
    ]);
    await page.selectOption('#status', 'サービス終了');
    await page.selectOption('#sort', 'date-desc');
    expect(await shownNumbers(page)).toEqual(['IP0004-1511']);
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`?sort=date-desc&status=${encodeURIComponent('サービス終了')}`);
    await page.reload();
    expect(await page.locator('#status').inputValue()).toBe('サービス終了');
    expect(await shownNumbers(page)).toEqual(['IP0004-1511']);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect.poll(() => shownNumbers(page).then((r) => r.length)).toBe(13);
    await expect.poll(() => new URL(page.url()).search).toBe('');
  });

  test('sorts by 有効期限 (ended certifications last), 認定年月日 and 事業者名称', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/?sort=expiry'));
    const expiries = await page
      .locator('table.service-list tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.expiry));
    const dated = expiries.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(expiries.slice(dated.length)).toEqual(['', '', '']);
    expect(await page.locator('table.service-list caption').innerText()).toBe('認定サービス13件（有効期限の近い順）');

    await page.goto(siteUrl('/?sort=date-desc'));
    expect((await shownNumbers(page))[0]).toBe('IP0012-2506');
    await page.goto(siteUrl('/?sort=provider'));
    const providers = await page
      .locator('table.service-list tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.provider!));
    expect(providers).toEqual([...providers].sort(new Intl.Collator('ja').compare));
  });

  test('without JavaScript the full table shows and the controls stay out of the way', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/?place=福岡県'));
    expect(await page.locator('table.service-list tbody tr').count()).toBe(13);
    expect(await page.locator('#list-controls').isVisible()).toBe(false);
  });

  test('the controls work with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'category')); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('category');
    await page.keyboard.press('ArrowDown'); // IaaS
    await expect.poll(() => page.locator('#list-count').innerText()).toMatch(/^13件中 \d+件を表示しています。$/);
    const shown = await shownNumbers(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown)
      expect(await page.locator(`tr[data-number="${n}"]`).getAttribute('data-category')).toBe('IaaS');
  });
});

describe('項目別のページ', () => {
  test('the index lists every Form B row by 大分類, each linking to its page', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/items/'));
    expect(await page.locator('main section > h2').count()).toBe(10);
    const links = await page
      .locator('table.item-index th[scope="row"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/items/availability-target/');
    expect(links).toContain('/items/dc-location/');
    expect(new Set(links).size).toBe(links.length);
    expect(await page.locator('table.item-index caption').count()).toBe(10);
  });

  test('稼働率: every certified service with its exact answer; ended ones are left out; findable title', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/items/availability-target/'));
    const title = await page.title();
    for (const word of ['稼働率', '比較', 'IaaS']) expect(title).toContain(word);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('稼働率');
    const rows = page.locator('table.item-answers tbody tr');
    expect(await rows.count()).toBe(8);
    const numbers = await rows.locator('.item-answers__number').allInnerTexts();
    expect(numbers).not.toContain('IP0004-1511');
    expect(numbers).not.toContain('IP0003-1409');
    const ip1 = rows.filter({ hasText: 'IP0001-1302' });
    expect(await ip1.locator('td').nth(0).innerText()).toBe('株式会社ネクサスクラウド');
    expect((await ip1.locator('td').last().innerText()).trim()).toBe(
      '99.99%（月間、リージョン単位。仮想サーバ単体は99.95%）',
    );
    expect(await page.locator('main').innerText()).toContain('認定が終了したサービス（5 件）は載せていません');
    expect(await page.locator('main').innerText()).toContain('必須');
    // The next row, 稼働率の実績, is 選択: IP0011 left it blank.
    await page.getByRole('link', { name: /直近1年間の稼働率の実績/ }).click();
    const ip11 = page.locator('table.item-answers tbody tr', { hasText: 'IP0011-2404' });
    expect((await ip11.locator('td').last().innerText()).trim()).toBe('記載なし');
  });

  test('a ハウジング row shows one line per data centre with its name; withheld stays withheld', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/items/dc-location/'));
    const cellOf = (n: string) => page.locator('table.item-answers tbody tr', { hasText: n }).locator('td').last();
    expect(await cellOf('IP0008-2004').locator('li').allInnerTexts()).toEqual([
      '大阪データセンター\n大阪府北部',
      '西日本第二データセンター\n公表留保中',
    ]);
    expect(await cellOf('IP0001-1302').locator('li').count()).toBe(3);
    expect(await page.locator('script').count()).toBe(0);
  });
});
