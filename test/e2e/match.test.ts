/**
 * 条件で探す (/match/) as a procurement officer uses it: 稼働率 (設定値) at
 * least 99.95 % and a data centre in 大阪府. The expected services are
 * computed here from the published per-service JSON files (not from the
 * matcher's index), the quoted values are checked against the 申請内容, the
 * URL reproduces the result in a new page, and compare opens from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser, collectPageErrors } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { requireDist } from '../support/paths.ts';

const browser = useBrowser();

type Answer = {
  state: string;
  content?: string;
  values?: { key: string; number?: number; text: string }[];
  location?: { prefecture?: string };
};
type ServiceJson = {
  certificationNumber: string;
  status: string;
  answers: { row: string; answer: Answer }[];
  dataCentres: { answers: { row: string; answer: Answer }[] }[];
};
const dir = join(requireDist(), 'data', 'services');
const published = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ServiceJson);
const certified = published.filter((s) => s.status === '有効' || s.status === '更新手続中');
const target = (s: ServiceJson) => s.answers.find((a) => a.row === 'availability-target')!.answer;
const inOsaka = (s: ServiceJson) =>
  s.dataCentres.some((dc) =>
    dc.answers.some(
      (a) => a.row === 'dc-location' && a.answer.state === 'answered' && a.answer.location?.prefecture === '大阪府',
    ),
  );
const expected = certified
  .filter((s) => (target(s).values?.[0]?.number ?? 0) >= 99.95 && inOsaka(s))
  .map((s) => s.certificationNumber)
  .sort();

describe('条件で探す', () => {
  test('稼働率 ≥ 99.95 and 大阪府: the services meeting both come first, with the quoted values; the URL and compare follow', async () => {
    expect(
      expected.length,
      'the sample must have at least two services meeting both conditions',
    ).toBeGreaterThanOrEqual(2);
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(siteUrl('/match/'));
    await page.getByLabel('サービス稼働率の設定値（月間）').fill('99.95');
    await page.getByRole('checkbox', { name: '大阪府' }).check();
    await page.getByRole('button', { name: 'この条件で探す' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`?availability-target=99.95&dc=${encodeURIComponent('大阪府')}`);
    await expect
      .poll(() => page.locator('#match-summary').innerText())
      .toContain(`すべて満たすサービスは ${expected.length} 件`);

    const meets = await page
      .locator('#match-list > li[data-meets="all"]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-number')));
    expect([...meets].sort()).toEqual(expected);
    // Every quoted value is the declared value, which is written in that service's 申請内容.
    for (const n of expected) {
      const s = certified.find((x) => x.certificationNumber === n)!;
      const item = page.locator(`#match-list > li[data-number="${n}"]`);
      const text = await item.innerText();
      expect(text).toContain(`「${target(s).values![0]!.text}」`);
      expect(target(s).content!.normalize('NFKC')).toContain(target(s).values![0]!.text.replace('%', ''));
    }
    // A service that misses a condition says which.
    const other = page.locator('#match-list > li[data-meets="some"]').first();
    expect(await other.innerText()).toMatch(/満たさない|判断できません/);

    // The URL reproduces the result in a fresh page.
    const again = await browser.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.locator('#match-list > li[data-meets="all"]').count()).toBe(expected.length);
    expect(await again.getByLabel('サービス稼働率の設定値（月間）').inputValue()).toBe('99.95');
    expect(await again.getByRole('checkbox', { name: '大阪府' }).isChecked()).toBe(true);

    // One click opens compare with those services.
    await page.locator('#match-compare a').click();
    await page.waitForURL(/\/compare\/\?services=/);
    expect(new URL(page.url()).searchParams.get('services')!.split(',').sort()).toEqual(expected);
    expect(errors).toEqual([]);
  });

  test('a withheld or unanswered answer cannot be judged, and says why', async () => {
    const page = await browser.newPage();
    // IP0011 left 稼働実績 unanswered (選択項目).
    await page.goto(siteUrl('/match/?availability-actual=99'));
    const item = page.locator('#match-list > li[data-number="IP0011-2404"]');
    await expect.poll(() => item.innerText()).toContain('判断できません（記載なし）');
  });

  test('without JavaScript the page explains itself and links to the item pages', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/match/?availability-target=99.95'));
    expect(await page.locator('main').innerText()).toContain('JavaScript が必要です');
    expect(await page.locator('main a[href="/items/"]').count()).toBeGreaterThan(0);
  });
});

describe('一覧の絞り込み: 稼働率（設定値）と第三者認証', () => {
  test('?uptime=99.95&cert=ISO/IEC 27017 shows exactly the services whose declared values meet both', async () => {
    const certs = (s: ServiceJson) => {
      const v = s.answers.find((a) => a.row === 'third-party-certifications')!.answer.values?.[0] as
        { choices?: string[] } | undefined;
      return v?.choices ?? [];
    };
    const want = published
      .filter((s) => (target(s).values?.[0]?.number ?? 0) >= 99.95 && certs(s).includes('ISO/IEC 27017'))
      .map((s) => s.certificationNumber)
      .sort();
    expect(want.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    await page.goto(siteUrl(`/?uptime=99.95&cert=${encodeURIComponent('ISO/IEC 27017')}`));
    const shown = await page.locator('table.service-list tbody tr:visible td:first-child').allInnerTexts();
    expect([...shown].sort()).toEqual(want);
    expect(await page.locator('table.service-list caption').innerText()).toContain('99.95%以上・ISO/IEC 27017');
  });
});

describe('項目のページ: sort and filter by the declared value', () => {
  const numbers = (page: import('playwright-core').Page) =>
    page
      .locator('table.item-answers tbody tr:visible')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number')));

  test('稼働率: sorted best first with missing values last, filtered by a threshold, in place and by URL', async () => {
    const byValue = certified
      .map((s) => ({ n: s.certificationNumber, v: target(s).values?.[0]?.number }))
      .sort(
        (a, b) =>
          (a.v === undefined ? 1 : 0) - (b.v === undefined ? 1 : 0) ||
          (b.v ?? 0) - (a.v ?? 0) ||
          a.n.localeCompare(b.n),
      );
    const page = await browser.newPage();
    await page.goto(siteUrl('/items/availability-target/'));
    await page.selectOption('#item-sort', 'value');
    expect(await numbers(page)).toEqual(byValue.map((x) => x.n));
    await page.fill('#item-filter-value', '99.95');
    await page.locator('#item-filter-value').press('Enter');
    const atLeast = byValue.filter((x) => (x.v ?? 0) >= 99.95).map((x) => x.n);
    await expect.poll(() => numbers(page)).toEqual(atLeast);
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=value&value=99.95');
    expect(await page.locator('#item-value-count').innerText()).toBe(
      `${certified.length}件中 ${atLeast.length}件を表示しています。`,
    );

    const again = await browser.newPage();
    await again.goto(siteUrl('/items/availability-target/?sort=value&value=99.95'));
    await expect.poll(() => numbers(again)).toEqual(atLeast);
  });

  test('a service without a value says why in the value column', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/items/equity-ratio/'));
    // IP0009's 自己資本比率 is withheld on the publication date.
    const row = page.locator('table.item-answers tbody tr[data-number="IP0009-2109"]');
    expect(await row.locator('.item-answers__value').innerText()).toBe('—（公表留保中）');
  });
});
