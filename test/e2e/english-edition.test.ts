/**
 * The English pages in Chromium (the scheme pages, the list, a service and its certificate, the updates, the open
 * data and the matcher): the page is English (`<html lang="en">`)
 * and every piece of Japanese on it — proper names, the Japanese terms of the
 * glossary, the still-Japanese header and footer — sits inside an element
 * marked lang="ja", so a screen reader reads it with a Japanese voice; and the
 * language switch lands on the Japanese twin with the same generated content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectPageErrors, useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { requireDist } from '../support/paths.ts';
import { enPages } from '../../src/i18n/en.ts';
import {
  certificatePath,
  dataPath,
  homePath,
  matchPath,
  rowAnchor,
  servicePath,
  updatesPath,
} from '../../src/lib/paths.ts';

const browser = useBrowser();
const SERVICE = 'ip0001-1302';
const ENGLISH = [
  ...enPages.about.pages.map((p) => p.href),
  homePath('en'),
  servicePath(SERVICE, 'en'),
  certificatePath(SERVICE, 'en'),
  updatesPath('en'),
  dataPath('en'),
  matchPath('en'),
];

/**
 * Text on the page that is Japanese but not inside an element marked lang="ja". A script's source is never read
 * out, nor, where script runs, a <noscript>'s (its markup is then one raw text node, so its lang="ja" parts go unseen).
 */
function unmarkedJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!japanese.test(text) || n.parentElement?.closest('script, style, noscript')) continue;
      const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'ja') out.push(`${lang}: ${text.trim().slice(0, 40)}`);
    }
    return out;
  });
}

describe('English pages', () => {
  test.each(ENGLISH)('%s: all Japanese text is marked lang="ja"', async (path) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await unmarkedJapanese(page)).toEqual([]);
    // The page is English: its main text outside lang="ja" parts has no Japanese at all (checked above) and some
    // English; a service page's heading is the service's own name, as written.
    const h1 = page.locator('h1');
    if (path === servicePath(SERVICE, 'en')) expect(await h1.getAttribute('lang')).toBe('ja');
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
