/**
 * The English search, number check and list in Chromium (issue 18): English
 * words find the Form B items by their English names and the services'
 * answers to them; a provider's name as written and a 認定番号 in any form
 * find the service; results lead to the English pages; no Japanese shows
 * outside lang="ja"; the lookup answers in English; the list's filters
 * narrow the English list.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { unmarkedJapanese } from '../support/unmarked-japanese.ts';
import { comparePath, homePath, searchPath, servicePath, verifyPath } from '../../src/lib/paths.ts';
import { enPages } from '../../src/i18n/en.ts';

const browser = useBrowser();
const CERTIFIED = ['0001', '0002', '0007', '0008', '0009', '0010', '0011', '0012'];

interface Card {
  serial: string;
  href: string;
  where: string;
  whereHref: string;
}

async function searchEn(page: Page, query: string): Promise<Card[]> {
  await page.goto(siteUrl(searchPath(query, 'en')));
  await page.waitForFunction((q) => document.getElementById('search-form')?.dataset['searched'] === q, query);
  return page.locator('#search-results .search-result').evaluateAll((lis) =>
    lis.map((li) => ({
      serial: /IP(\d{4})-\d{4}/.exec(li.querySelector('.search-result__meta')?.textContent ?? '')?.[1] ?? '',
      href: li.querySelector('h3 a')?.getAttribute('href') ?? '',
      where: li.querySelector('.search-result__where')?.textContent ?? '',
      whereHref: li.querySelector('.search-result__where')?.getAttribute('href') ?? '',
    })),
  );
}

describe('English search', () => {
  test('"backup" finds every certified service, each at its Backup item, on its English page', async () => {
    const page = await browser.newPage();
    const cards = await searchEn(page, 'backup');
    expect(cards.map((c) => c.serial).sort()).toEqual(CERTIFIED);
    for (const c of cards) {
      expect(c.href).toMatch(/^\/en\/services\/ip\d{4}-\d{4}\/$/);
      expect(c.where, c.serial).toMatch(/Backup|backup/);
      expect(c.whereHref.startsWith(c.href), c.serial).toBe(true);
    }
  });

  test('"availability" names the availability items (English item pages) and finds the answers to them', async () => {
    const page = await browser.newPage();
    const cards = await searchEn(page, 'availability');
    const items = await page
      .locator('#search-items a')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(items).toContainEqual(['No.29 Service availability target (monthly)', '/en/items/availability-target/']);
    expect(cards.map((c) => c.serial).sort()).toEqual(CERTIFIED);
    const ip0008 = cards.find((c) => c.serial === '0008')!;
    expect(ip0008.where).toBe('No.29 Service availability target (monthly)');
    expect(ip0008.whereHref).toBe('/en/services/ip0008-2004/#item-availability-target');
    // The answer is the provider's, as written.
    const hit = page
      .locator('#search-results .search-result', { hasText: 'IP0008-2004' })
      .locator('.search-result__hit');
    expect(await hit.innerText()).toContain('99.95%');
  });

  test.each([
    ['株式会社ミナトデータワークス', ['0002']],
    ['ミナトデータワークス', ['0002']],
    ['Weißberg', ['0010']],
    ['IP0008-2004', ['0008']],
    ['ip00082004', ['0008']],
    ['0012', ['0012']],
  ])('%s finds its service', async (q, expected) => {
    const page = await browser.newPage();
    const cards = await searchEn(page, q);
    expect(cards.map((c) => c.serial)).toEqual(expected);
  });

  test('the search page with results is English: every Japanese text is marked lang="ja"', async () => {
    const page = await browser.newPage();
    await searchEn(page, 'availability');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#search-status').innerText()).toMatch(/^Services holding "availability": 8/);
    expect(await unmarkedJapanese(page)).toEqual([]);
    // A filter narrows the results: the English label, the index's own value.
    await page.getByLabel('PaaS').check();
    // The certified PaaS in the sample: IP0002, IP0008, IP0009, IP0012.
    await page.waitForFunction(() =>
      /^Services holding "availability": 4$/.test(document.getElementById('search-status')!.textContent),
    );
    const metas = await page.locator('#search-results .search-result__meta').allInnerTexts();
    expect(metas.map((m) => /IP(\d{4})/.exec(m)?.[1]).sort()).toEqual(['0002', '0008', '0009', '0012']);
    for (const m of metas) expect(m).toMatch(/^[✓↻]?\s*(Valid|Renewal under review) .* · PaaS · certification number/u);
    expect(await unmarkedJapanese(page)).toEqual([]);
  });
});

describe('English number check', () => {
  test('a valid number is reported in English with English dates, leading to the English pages', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(verifyPath('IP0001-1302', 'en')));
    const result = page.locator('#verify-result');
    await result.locator('.verify-verdict').waitFor();
    expect(await result.locator('.verify-verdict').innerText()).toBe('IP0001-1302: This certification is valid');
    const text = await result.innerText();
    expect(text).toMatch(/Period of certification\s+\d{1,2} [A-Z][a-z]+ \d{4} to \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await result.getByRole('link', { name: 'Disclosure' }).getAttribute('href')).toBe(
      '/en/services/ip0001-1302/',
    );
    expect(await unmarkedJapanese(page)).toEqual([]);
    await page.locator('#verify-number').fill('IP0001-1313');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.waitForFunction(() => /no month 13/.test(document.getElementById('verify-result')!.textContent));
  });
});

describe('English list', () => {
  test('the filters narrow the list and say so in English', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(homePath('en')));
    const rows = page.locator('#service-list tbody tr');
    const all = await rows.count();
    await page.getByLabel('Type').selectOption('PaaS');
    await page.waitForFunction(() => /^Showing \d+ of \d+\.$/.test(document.getElementById('list-count')!.textContent));
    const shown = await rows.evaluateAll((rs) => rs.filter((r) => !(r as HTMLElement).hidden).length);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('#list-count').innerText()).toBe(`Showing ${shown} of ${all}.`);
    expect(new URL(page.url()).search).toBe('?category=PaaS');
    expect(await unmarkedJapanese(page)).toEqual([]);
  });

  test('two services chosen on the English list open in the English comparison', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl(homePath('en')));
    const boxes = page.locator('input[name="services[]"]:not(:disabled)');
    const chosen = [await boxes.nth(0).inputValue(), await boxes.nth(1).inputValue()];
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    // The count follows the sentence before it as its own sentence.
    await expect
      .poll(() => page.locator('#compare-pick p').innerText())
      .toMatch(new RegExp(`^${enPages.listControls.pickLead.replace(/[.()]/g, '\\$&')} 2 chosen`));
    await page.getByRole('button', { name: enPages.listControls.pickSubmit }).click();
    await page.waitForURL((url) => url.pathname === comparePath([], false, 'en'));
    expect(new URL(page.url()).searchParams.get('services')!.split(',')).toEqual(chosen);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('the one 404 page', () => {
  test('under /en/ the number in the address is offered in English, leading to the English pages', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/en/services/IP0001-1302/'));
    const box = page.locator('not-found-number');
    await box.locator('a').first().waitFor();
    expect(await box.getAttribute('lang')).toBe('en');
    expect(await box.innerText()).toMatch(/^The address holds the certification number IP0001-1302\./);
    const links = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([servicePath('ip0001-1302', 'en'), verifyPath('IP0001-1302', 'en')]);
    // The English part of the page is marked as English, on a Japanese page.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page.locator('section[lang="en"] h2').innerText()).toBe('Page not found');
  });
});
