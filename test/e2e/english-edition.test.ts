/**
 * The English pages in Chromium (the scheme pages, the list, a service and its certificate): the page is English (`<html lang="en">`)
 * and every piece of Japanese on it — proper names, the Japanese terms of the
 * glossary, the still-Japanese header and footer — sits inside an element
 * marked lang="ja", so a screen reader reads it with a Japanese voice; and the
 * language switch lands on the Japanese twin with the same generated content.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { enPages } from '../../src/i18n/en.ts';
import { certificatePath, homePath, rowAnchor, servicePath } from '../../src/lib/paths.ts';

const browser = useBrowser();
const SERVICE = 'ip0001-1302';
const ENGLISH = [
  ...enPages.about.pages.map((p) => p.href),
  homePath('en'),
  servicePath(SERVICE, 'en'),
  certificatePath(SERVICE, 'en'),
];

describe('English pages', () => {
  test.each(ENGLISH)('%s: all Japanese text is marked lang="ja"', async (path) => {
    const page = await browser.newPage();
    await page.goto(siteUrl(path));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const unmarked = await page.evaluate(() => {
      const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        // A script's source is never read out (an inline one may hold the Japanese page's words).
        if (!japanese.test(text) || n.parentElement?.closest('script, style')) continue;
        const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang');
        if (lang !== 'ja') out.push(`${lang}: ${text.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(unmarked).toEqual([]);
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
});
