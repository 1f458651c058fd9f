/**
 * The English scheme pages in Chromium: the page is English (`<html lang="en">`)
 * and every piece of Japanese on it — proper names, the Japanese terms of the
 * glossary, the still-Japanese header and footer — sits inside an element
 * marked lang="ja", so a screen reader reads it with a Japanese voice; and the
 * language switch lands on the Japanese twin with the same generated content.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { enPages } from '../../src/i18n/en.ts';

const browser = useBrowser();
const ENGLISH = enPages.about.pages.map((p) => p.href);

describe('English scheme pages', () => {
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
        if (!japanese.test(text)) continue;
        const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang');
        if (lang !== 'ja') out.push(`${lang}: ${text.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(unmarked).toEqual([]);
    // The page is English: its main text outside lang="ja" parts has no Japanese at all (checked above) and some English.
    expect(await page.locator('h1').innerText()).toMatch(/^[A-Z][a-z]/);
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
});
