/**
 * Minimal real-browser smoke test against the served build: the list page
 * opens in Japanese with the service table, and a service link leads to its
 * page. Selectors are deliberately generic.
 */
import { expect, test } from 'vitest';
import { collectPageErrors, useBrowser } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

test('the list page links to service pages', async () => {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  const response = await page.goto(siteUrl('/'));
  expect(response?.status()).toBe(200);

  expect(await page.locator('html').getAttribute('lang')).toBe('ja');
  await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
  expect(await page.locator('table tbody tr').count()).toBeGreaterThanOrEqual(12);

  const first = page.locator('table a[href^="/services/"]').first();
  await first.click();
  await page.waitForURL(/\/services\/ip\d{4}-\d{4}\/$/);
  expect(new URL(page.url()).pathname).toMatch(/\/services\/ip\d{4}-\d{4}\/$/);
  await page.locator('h1').first().waitFor({ state: 'visible' });
  expect(await page.locator('h1').first().isVisible()).toBe(true);

  expect(errors).toEqual([]);
});

test('an unknown path answers 404 with the site 404 page', async () => {
  const page = await browser.newPage();
  const response = await page.goto(siteUrl('/no-such-page/'));
  expect(response?.status()).toBe(404);
  expect(await page.locator('html').getAttribute('lang')).toBe('ja');
});
