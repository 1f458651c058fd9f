/**
 * The English pages in Chromium (the scheme pages, the list, a service and its certificate, the updates, the open
 * data, the matcher, the comparison with services chosen, the item list and item pages, the watch list with services
 * in it): the page is English (`<html lang="en">`)
 * and every piece of Japanese on it — proper names, the Japanese terms of the
 * glossary, the still-Japanese header and footer — sits inside an element
 * marked lang="ja", so a screen reader reads it with a Japanese voice; and the
 * language switch lands on the Japanese twin with the same generated content
 * — on the comparison with the same services chosen, on an item page with the
 * same item — and the English service page's compare toggle fills the English
 * comparison.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { collectPageErrors, useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { unmarkedJapanese } from '../support/unmarked-japanese.ts';
import { requireDist } from '../support/paths.ts';
import { enPages } from '../../src/i18n/en.ts';
import { t } from '../../src/i18n/locale.ts';
import {
  certificatePath,
  comparePath,
  dataPath,
  homePath,
  itemPath,
  itemsPath,
  matchPath,
  rowAnchor,
  servicePath,
  updatesPath,
  watchPath,
} from '../../src/lib/paths.ts';

const browser = useBrowser();
const SERVICE = 'ip0001-1302';
/** Two certified services, one of them with a second data centre, a withheld answer and changes in its history. */
const PAIR = ['IP0001-1302', 'IP0008-2004'];
/** What a page needs before it is read: the script's part filled in. */
const READY: Record<string, (page: Page) => Promise<unknown>> = {
  [comparePath(PAIR, false, 'en')]: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  [comparePath(PAIR, true, 'en')]: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  [watchPath('en')]: (page) => page.locator('#watch-list .watch-item').nth(1).waitFor(),
  [itemPath('availability-target', 'en')]: (page) =>
    page.waitForFunction(() => document.getElementById('item-value-count')?.textContent !== ''),
};
const ENGLISH = [
  ...enPages.about.pages.map((p) => p.href),
  homePath('en'),
  servicePath(SERVICE, 'en'),
  servicePath('ip0008-2004', 'en'),
  certificatePath(SERVICE, 'en'),
  updatesPath('en'),
  dataPath('en'),
  matchPath('en'),
  comparePath([], false, 'en'),
  ...Object.keys(READY),
  itemsPath(undefined, 'en'),
  itemPath('dc-location', 'en'),
  itemPath('equity-ratio', 'en'),
];

describe('English pages', () => {
  test.each(ENGLISH)('%s: all Japanese text is marked lang="ja"', async (path) => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    // The watch list shows what the reader watches: two services, one seen before.
    await page.addInitScript((numbers) => {
      localStorage.setItem('aspic-iaas-paas:watch', JSON.stringify(numbers));
      localStorage.setItem('aspic-iaas-paas:watch-last-visit', '2025-01-01');
    }, PAIR);
    await page.goto(siteUrl(path));
    await READY[path]?.(page);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await unmarkedJapanese(page)).toEqual([]);
    // The page is English: its main text outside lang="ja" parts has no Japanese at all (checked above) and some
    // English; a service page's heading is the service's own name, as written.
    const h1 = page.locator('h1');
    if (path.startsWith('/en/services/') && !path.endsWith('/certificate/'))
      expect(await h1.getAttribute('lang')).toBe('ja');
    else expect(await h1.innerText()).toMatch(/^[A-Z][a-z]/);
  });

  test('the switch on the English criteria page lands on the Japanese one, with the same key items', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/en/about/criteria/'));
    const englishItems = await page
      .locator('.key-requirements tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['no']));
    await page.getByRole('link', { name: '日本語' }).click();
    await page.waitForURL(siteUrl('/about/criteria/'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('h1').innerText()).toBe('審査基準');
    const japaneseItems = await page
      .locator('.key-requirements tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['no']));
    expect(englishItems).toHaveLength(5);
    expect(japaneseItems).toEqual(englishItems);
  });

  test('a service page switches to its English twin and back, keeping the service', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(servicePath(SERVICE)));
    const number = await page.locator('.eyebrow .mono').innerText();
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(siteUrl(servicePath(SERVICE, 'en')));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.eyebrow .mono').innerText()).toBe(number);
    // The same row is there under the same anchor, with its English name and the answer as written.
    const row = page.locator(`#${rowAnchor('availability-target')}`);
    expect(await row.locator('.answer__text').getAttribute('lang')).toBe('ja');
    await page.getByRole('link', { name: '日本語', exact: true }).click();
    await page.waitForURL(siteUrl(servicePath(SERVICE)));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('.eyebrow .mono').innerText()).toBe(number);
  });

  test('a service on the English list leads to its English page', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(homePath('en')));
    const first = page.locator('.service-list tbody th[scope="row"] a').first();
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/\/en\/services\/[^/]+\/$/);
    expect(await page.locator('h1').innerText()).toBe(name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test.each([
    { en: updatesPath('en'), ja: updatesPath(), rows: 'main tbody th[scope="row"] a' },
    { en: dataPath('en'), ja: dataPath(), rows: 'section[aria-labelledby="files"] tbody a' },
  ])('$en switches to $ja and back, with the same rows', async ({ en, ja, rows }) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(en));
    // The same updates in the same order (by the service each names), or the same files: compared by where the
    // links lead, in the Japanese edition's terms.
    const targets = () =>
      page
        .locator(rows)
        .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^\/en(?=\/)/, '')));
    const english = await targets();
    expect(english.length).toBeGreaterThan(5);
    await page.getByRole('link', { name: '日本語', exact: true }).click();
    await page.waitForURL(siteUrl(ja));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await targets()).toEqual(english);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(siteUrl(en));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('the English matcher', () => {
  type Answer = { state: string; values?: { number?: number; text: string }[]; location?: { prefecture?: string } };
  type ServiceJson = {
    certificationNumber: string;
    status: string;
    answers: { row: string; answer: Answer }[];
    dataCentres: { answers: { row: string; answer: Answer }[] }[];
  };
  const dir = join(requireDist(), 'data', 'services');
  const certified = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ServiceJson)
    .filter((s) => s.status === '有効' || s.status === '更新手続中');
  const target = (s: ServiceJson) => s.answers.find((a) => a.row === 'availability-target')!.answer;
  const inOsaka = (s: ServiceJson) =>
    s.dataCentres.some((dc) =>
      dc.answers.some((a) => a.row === 'dc-location' && a.answer.location?.prefecture === '大阪府'),
    );
  const expected = certified
    .filter((s) => (target(s).values?.[0]?.number ?? 0) >= 99.95 && inOsaka(s))
    .map((s) => s.certificationNumber)
    .sort();

  test('finds the services meeting availability ≥ 99.95 and a data centre in 大阪府, in English, linking English pages', async () => {
    expect(expected.length, 'the sample must have a service meeting both').toBeGreaterThan(0);
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(siteUrl(matchPath('en')));
    await page.locator('input[name="availability-target"]').fill('99.95');
    await page.getByRole('checkbox', { name: '大阪府' }).check();
    await page.getByRole('button', { name: enPages.match.submit }).click();
    await expect
      .poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
      .toBe(`${matchPath('en')}?availability-target=99.95&dc=${encodeURIComponent('大阪府')}`);
    await expect.poll(() => page.locator('#match-summary').innerText()).toMatch(/^\d+ of the \d+ services/);
    const meets = page.locator('#match-list > li[data-meets="all"]');
    const numbers = await meets.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-number')));
    expect([...numbers].sort()).toEqual(expected);
    const first = meets.first();
    expect(await first.innerText()).toContain('Meets every requirement');
    const link = first.locator('h3 a');
    expect(await link.getAttribute('lang')).toBe('ja');
    expect(await link.getAttribute('href')).toMatch(/^\/en\/services\/ip\d{4}-\d{4}\/$/);
    // The results are English too: only the names, places and quoted answers are Japanese, each marked.
    expect(await unmarkedJapanese(page)).toEqual([]);
    // The services meeting every requirement open in the English comparison.
    expect(expected.length).toBeGreaterThan(1);
    const compare = page.locator('#match-compare a');
    expect(await compare.innerText()).toBe(enPages.match.finder.compareAll);
    expect(await compare.getAttribute('href')).toBe(comparePath(expected, false, 'en'));
    await link.click();
    await page.waitForURL(/\/en\/services\/[^/]+\/$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(errors).toEqual([]);
  });

  test('takes a duration in English units', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(matchPath('en', 'incident-notice=1%20hour')));
    const verdicts = page.locator('#match-list .match-verdicts li');
    await expect.poll(() => verdicts.count()).toBeGreaterThan(0);
    expect(await verdicts.first().innerText()).toMatch(/: .+: 1 hour or less/);
  });
});

describe('English comparison, items and watch list', () => {
  /** The comparison's columns: each service's certification number, in order. */
  const columns = (page: Page) => page.locator('#compare-table thead .compare__service .mono').allInnerTexts();

  test('the comparison with two services switches to English and back, keeping the services and the diff mode', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(siteUrl(comparePath(PAIR, true)));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await columns(page)).toEqual(PAIR);
    const hiddenRows = await page.locator('#hidden-count').getAttribute('data-same');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(siteUrl(comparePath(PAIR, true, 'en')));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await columns(page)).toEqual(PAIR);
    expect(await page.locator('#diff-only').isChecked()).toBe(true);
    expect(await page.locator('#hidden-count').getAttribute('data-same')).toBe(hiddenRows);
    expect(await page.locator('#hidden-count').innerText()).toBe(
      `${hiddenRows} rows where every service answers the same are hidden.`,
    );
    // Answers as disclosed, states in English; the column links go to the English service pages.
    const withheld = page.locator('#compare-table tr[data-row="dc-location"][data-dc="1"] td').nth(1);
    expect(await withheld.innerText()).toContain(t('en').answer.withheld);
    expect(await withheld.locator('.compare__dc-label').getAttribute('lang')).toBe('ja');
    expect(await page.locator('#compare-table thead .compare__service a').first().getAttribute('href')).toBe(
      servicePath('ip0001-1302', 'en'),
    );
    // Taking a service out changes the address, and the switch follows it back to Japanese.
    await page.locator('#diff-only').uncheck();
    await page.getByRole('link', { name: '日本語', exact: true }).click();
    await page.waitForURL(siteUrl(comparePath(PAIR)));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await columns(page)).toEqual(PAIR);
    expect(await page.locator('#diff-only').isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  test('an item page switches to English and back on the same item, with the same services in order', async () => {
    const page = await browser.newPage();
    const path = itemPath('availability-target');
    const services = () =>
      page.locator('table.item-answers tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number')));
    await page.goto(siteUrl(path));
    const japanese = await services();
    expect(japanese.length).toBeGreaterThan(3);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(siteUrl(itemPath('availability-target', 'en')));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Service availability target (monthly)');
    expect(await services()).toEqual(japanese);
    await page.getByRole('link', { name: '日本語', exact: true }).click();
    await page.waitForURL(siteUrl(path));
    expect(await services()).toEqual(japanese);
  });

  test('the English item page sorts and filters by value, in English', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(itemPath('availability-target', 'en')));
    const total = await page.locator('table.item-answers tbody tr').count();
    await expect.poll(() => page.locator('#item-value-count').innerText()).toBe(`Showing all ${total} services.`);
    await page.selectOption('#item-sort', 'value');
    await page.fill('#item-filter-value', '99.95');
    await page.locator('#item-filter-value').press('Enter');
    const shown = await page.locator('table.item-answers tbody tr:visible').count();
    expect(shown).toBeLessThan(total);
    expect(await page.locator('#item-value-count').innerText()).toBe(`Showing ${shown} of ${total} services.`);
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=value&value=99.95');
  });

  test("a duration typed in English filters as the form's Japanese unit does", async () => {
    const page = await browser.newPage();
    const visible = (p: Page) =>
      p
        .locator('table.item-answers tbody tr:visible')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-number')));
    // 30 minutes: some services notify sooner, some later.
    await page.goto(siteUrl(`${itemPath('incident-notice')}?value=${encodeURIComponent('0.5時間')}`));
    const japanese = await visible(page);
    const total = await page.locator('table.item-answers tbody tr').count();
    expect(japanese.length).toBeGreaterThan(0);
    expect(japanese.length).toBeLessThan(total);
    await page.goto(siteUrl(itemPath('incident-notice', 'en')));
    await page.fill('#item-filter-value', '0.5 hours');
    await page.locator('#item-filter-value').press('Enter');
    await expect.poll(() => visible(page)).toEqual(japanese);
  });

  test('the compare toggle on an English service page adds the service to the English comparison', async () => {
    const page = await browser.newPage();
    for (const id of ['ip0001-1302', 'ip0008-2004']) {
      await page.goto(siteUrl(servicePath(id, 'en')));
      await page.getByRole('button', { name: enPages.tools.compare.add }).click();
      await expect
        .poll(() => page.locator('compare-toggle [role="status"]').innerText())
        .toBe(enPages.tools.compare.added);
      expect(await page.getByRole('button', { name: enPages.tools.compare.remove }).count()).toBe(1);
    }
    const link = page.locator('compare-toggle a');
    expect(await link.innerText()).toBe('See the comparison (2 chosen)');
    await link.click();
    await page.waitForURL(siteUrl(comparePath(PAIR, false, 'en')));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await columns(page)).toEqual(PAIR);
  });

  /** A saved workbook's sheets as rows of cell texts. */
  async function workbook(page: Page, button: string): Promise<{ name: string; sheets: Record<string, string[][]> }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const sheets = Object.fromEntries(
      wb.worksheets.map((w) => [
        w.name,
        w
          .getSheetValues()
          .slice(1)
          .map((r) => ((r ?? []) as ExcelJS.CellValue[]).slice(1).map(text)),
      ]),
    );
    return { name: download.suggestedFilename(), sheets };
  }
  const published = (id: string) =>
    JSON.parse(readFileSync(join(requireDist(), 'data', 'services', `${id}.json`), 'utf8')) as {
      serviceName: string;
      answers: { row: string; answer: { state: string; content?: string } }[];
    };

  test('the English comparison saves a workbook with English labels and the answers as disclosed', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(siteUrl(comparePath(PAIR, false, 'en')));
    await page.locator('#compare-result:not([hidden])').waitFor();
    const { name, sheets } = await workbook(page, 'compare-app button[data-save="xlsx"]');
    expect(name).toBe(`comparison_${PAIR.join('_')}_2026-11-26.xlsx`);
    expect(Object.keys(sheets)).toEqual(['Cover', 'Comparison']);
    const cover = sheets['Cover']!;
    expect(cover[1]).toEqual(['Published on', '26 November 2026']);
    expect(cover[6]).toEqual([...enPages.compare.client.sheet.columns]);
    expect(cover[7]![3]).toBe('Valid');
    // The service's English page, at the site's own address.
    expect(new URL(cover[7]![6]!).pathname).toBe(servicePath('ip0001-1302', 'en'));
    const rows = sheets['Comparison']!;
    expect(rows[0]![0]).toBe('Item');
    const target = rows.find((r) => r[0]!.startsWith('No.') && r[0]!.includes('Service availability target'))!;
    const answer = published('ip0001-1302').answers.find((a) => a.row === 'availability-target')!.answer;
    expect(target[1]).toBe(answer.content);
    // IP0008-2004's second data centre withholds its location.
    expect(rows.some((r) => r[2] === `【西日本第二データセンター】\n${t('en').answer.withheld}`)).toBe(true);
  });

  test('the English service page saves its Form B as a workbook with English labels', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(siteUrl(servicePath(SERVICE, 'en')));
    const { name, sheets } = await workbook(page, 'service-excel button');
    expect(name).toBe('form-b_IP0001-1302_2026-11-26.xlsx');
    expect(Object.keys(sheets)).toEqual(['Cover', 'Application content']);
    expect(sheets['Cover']![0]![0]).toBe(`${published(SERVICE).serviceName}: Form B application content`);
    const rows = sheets['Application content']!;
    expect(rows.some((r) => r[0]!.includes('Service availability target'))).toBe(true);
    expect(rows.some((r) => r[0]!.includes('Required'))).toBe(true);
    expect(await page.locator('service-excel [role="status"]').innerText()).toBe(`Saved ${name}.`);
  });

  test("the English service page re-judges its status on the reader's date, in English", async () => {
    // IP0001-1302's period ends on 2027-01-16 and no renewal was applied for.
    const page = await browser.newPage();
    await page.clock.install({ time: new Date('2027-01-17T00:30:00+09:00') });
    await page.goto(siteUrl(servicePath(SERVICE, 'en')));
    const box = page.locator('[data-live-status]').first();
    await expect.poll(() => box.getAttribute('data-live-status')).toBe('期限切れ');
    const text = await box.innerText();
    expect(text).toContain(enPages.service.notValid);
    expect(text).toContain('Expired');
    expect(text).toContain('17 January 2027');
    expect(text).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});
