/**
 * What a person sees, in a real Chromium, on the sample catalogue published
 * as of 2026-11-26: the list, a service's Form B, withheld and unanswered
 * items, and services that are no longer certified.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { contentDir } from '../support/paths.ts';

const browser = useBrowser();

/** Status of every sample service on 2026-11-26 (see the comments at the top of each file). */
const EXPECTED_STATUS: Record<string, string> = {
  'IP0001-1302': '有効',
  'IP0002-1406': '更新手続中',
  'IP0003-1409': '期限切れ',
  'IP0004-1511': 'サービス終了',
  'IP0005-1604': '認定取消し',
  'IP0006-1707': '効力喪失',
  'IP0007-1903': '有効',
  'IP0008-2004': '有効',
  'IP0009-2109': '有効',
  'IP0010-2210': '有効',
  'IP0011-2404': '有効',
  'IP0012-2506': '有効',
  'IP0013-2303': '期限切れ',
};

type RawAnswer = { content?: string; implemented?: string; withhold?: { through: string } };
type RawService = { certificationNumber: string; serviceName: string; answers: Record<string, RawAnswer> };
const raw: RawService[] = readdirSync(join(contentDir(), 'services'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(contentDir(), 'services', f), 'utf8'), { schema: 'failsafe' }) as RawService);
const template = parse(readFileSync(join(contentDir(), 'form-b.yaml'), 'utf8')) as {
  categories: {
    name: string;
    perDataCentre?: boolean;
    items: { required: boolean; rows: { id: string; required?: boolean }[] }[];
  }[];
};
const optionalRows = template.categories
  .filter((c) => !c.perDataCentre)
  .flatMap((c) => c.items.flatMap((i) => i.rows.filter((r) => !(r.required ?? i.required)).map((r) => r.id)));

async function answerCell(page: Page, rowId: string): Promise<string> {
  return (await page.locator(`#item-${rowId} > td:last-child`).innerText()).trim();
}

describe('認定サービス一覧', () => {
  test('shows every sample service with its number, provider, status in words and expiry', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    await expect(page.locator('h1').innerText()).resolves.toBe('認定 IaaS・PaaS 一覧');
    const rows = page.locator('table.service-list tbody tr');
    expect(await rows.count()).toBe(Object.keys(EXPECTED_STATUS).length);
    const headers = await page.locator('table.service-list thead th').allInnerTexts();
    expect(headers).toEqual([
      '認定番号',
      'サービス名称',
      '事業者名称',
      '認定年月日',
      '区分',
      '状態',
      '有効期限',
      '比較',
    ]);
    for (const [number, status] of Object.entries(EXPECTED_STATUS)) {
      const row = rows.filter({ hasText: number });
      expect(await row.count(), number).toBe(1);
      // Status is words, not only a colour.
      expect(await row.locator('td').nth(4).innerText(), number).toContain(status);
    }
    // Valid ones show an expiry date; ended ones do not pretend to have one.
    expect(await rows.filter({ hasText: 'IP0001-1302' }).locator('td').nth(5).innerText()).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
    );
    expect(await rows.filter({ hasText: 'IP0004-1511' }).locator('td').nth(5).innerText()).not.toMatch(/\d/);
    const count = await page.locator('main p strong').first().innerText();
    expect(count).toBe(`${Object.values(EXPECTED_STATUS).filter((s) => s === '有効' || s === '更新手続中').length} 件`);
  });

  test('works without JavaScript; its only scripts are enhancement modules', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/'));
    expect(await page.locator('table.service-list tbody tr').count()).toBe(Object.keys(EXPECTED_STATUS).length);
    const types = await page.locator('script').evaluateAll((ss) => ss.map((s) => s.getAttribute('type')));
    expect(types.every((t) => t === 'module')).toBe(true);
  });

  test('the first Tab press reaches the skip link, which moves to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('本文へ移動');
    await page.keyboard.press('Enter');
    // Following a fragment link is a same-document navigation the browser may finish after the key press returns.
    await expect.poll(() => new URL(page.url()).hash).toBe('#main');
  });
});

describe('サービスのページ', () => {
  test('following a service from the list shows its face sheet and the ten 大分類 of Form B', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    const row = page.locator('table.service-list tbody tr', { hasText: 'IP0007-1903' });
    const name = await row.locator('a').innerText();
    await row.locator('a').click();
    await page.waitForURL(/\/services\/ip0007-1903\/$/);
    expect(await page.locator('h1').innerText()).toBe(name);
    const face = page.locator('table.face-sheet');
    expect(await face.locator('tr', { hasText: '認定番号' }).locator('td').innerText()).toBe('IP0007-1903');
    expect(await face.locator('tr', { hasText: '現在の認定期間' }).locator('td').innerText()).toMatch(
      /^\d{4}年\d+月\d+日 から\s*\d{4}年\d+月\d+日 まで$/,
    );
    const sections = await page.locator('main section > h2').allInnerTexts();
    expect(sections).toEqual([...template.categories.map((c) => c.name), '認定の経緯']);
    // The five 一定の要件 items are marked, with words.
    expect(await page.locator('.key-requirement').count()).toBe(5);
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/services\/ip0007-1903\/$/);
  });

  test('answers appear exactly as written, line breaks included', async () => {
    const service = raw.find((s) =>
      Object.values(s.answers).some((a) => a.content?.trim().includes('\n') && !a.withhold),
    );
    expect(service, 'the sample needs a multi-line answer').toBeDefined();
    const [id, answer] = Object.entries(service!.answers).find(
      ([, a]) => a.content?.trim().includes('\n') && !a.withhold,
    )!;
    const page = await browser.newPage();
    await page.goto(siteUrl(`/services/${service!.certificationNumber.toLowerCase()}/`));
    const shown = await page.locator(`#item-${id} .answer__text`).innerText();
    expect(shown).toBe(answer.content!.replace(/\n+$/, ''));
  });

  test('a withheld answer shows only 「公表留保中」', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0008-2004/'));
    const withheld = page.getByText('公表留保中', { exact: true });
    expect(await withheld.count()).toBeGreaterThanOrEqual(2);
  });

  test('a withholding that ended is published', async () => {
    const s = raw.find((x) => x.certificationNumber === 'IP0007-1903')!;
    const [id, answer] = Object.entries(s.answers).find(([, a]) => a.withhold)!;
    expect(answer.withhold!.through < '2026-11-26').toBe(true);
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0007-1903/'));
    expect(await answerCell(page, id)).toContain(answer.content!.trim().split('\n')[0]!);
  });

  test('an unanswered 選択 item reads 「記載なし」, distinct from an answer of 「なし」', async () => {
    const unanswered = raw.flatMap((s) => optionalRows.filter((r) => !s.answers[r]).map((r) => [s, r] as const));
    const saidNone = raw.flatMap((s) =>
      Object.entries(s.answers)
        .filter(([, a]) => a.content?.trim() === 'なし')
        .map(([r]) => [s, r] as const),
    );
    expect(unanswered.length, 'the sample leaves some 選択 items out').toBeGreaterThan(0);
    expect(saidNone.length, 'the sample answers some item 「なし」').toBeGreaterThan(0);
    const page = await browser.newPage();
    const [s1, r1] = unanswered[0]!;
    await page.goto(siteUrl(`/services/${s1.certificationNumber.toLowerCase()}/`));
    expect(await answerCell(page, r1)).toBe('記載なし');
    const [s2, r2] = saidNone[0]!;
    await page.goto(siteUrl(`/services/${s2.certificationNumber.toLowerCase()}/`));
    expect(await answerCell(page, r2)).toBe('なし');
  });

  test('each data centre gets its own ハウジング table', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0001-1302/'));
    const housing = page.locator('section[aria-labelledby="housing"] section');
    expect(await housing.count()).toBe(3);
    expect(await housing.first().locator('h3').innerText()).toMatch(/^データセンター1: /);
  });

  for (const [number, status] of Object.entries(EXPECTED_STATUS).filter(
    ([, s]) => s !== '有効' && s !== '更新手続中',
  )) {
    test(`${number} (${status}) keeps its page with a clear banner and noindex`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(siteUrl(`/services/${number.toLowerCase()}/`));
      expect(response?.status()).toBe(200);
      const banner = page.locator('.notice--ended');
      expect(await banner.innerText()).toContain('この認定は現在有効ではありません');
      expect(await banner.innerText()).toContain(status);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
    });
  }

  test('a certification under renewal review says it is still in force', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0002-1406/'));
    const notice = await page.locator('.notice').innerText();
    expect(notice).toContain('更新手続中');
    expect(notice).toContain('効力が続いています');
    expect(await page.locator('meta[name="robots"]').count()).toBe(0);
  });
});
