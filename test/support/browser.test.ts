/** The browser harness launches Chromium here (no site needed). */
import { expect, test } from 'vitest';
import { useBrowser, withPage } from './browser.ts';

const browser = useBrowser();

test('Chromium opens a data: URL', async () => {
  const page = await browser.newPage();
  await page.goto(
    'data:text/html;charset=utf-8,' +
      encodeURIComponent('<!DOCTYPE html><html lang="ja"><title>t</title><h1>認定サービス一覧</h1></html>'),
  );
  expect(await page.locator('h1').textContent()).toBe('認定サービス一覧');
  expect(await page.evaluate(() => navigator.language)).toBe('ja-JP');
  expect(browser.browser.version()).toMatch(/^\d+\./);
});

test('withPage reuses the file browser and closes its context', async () => {
  const contextsBefore = browser.browser.contexts().length;
  const title = await withPage(async (page) => {
    await page.setContent('<title>テスト</title>');
    return page.title();
  });
  expect(title).toBe('テスト');
  expect(browser.browser.contexts().length).toBe(contextsBefore);
});

test('requests to other hosts are blocked, not awaited', async () => {
  const page = await browser.newPage();
  const started = Date.now();
  const error = await page.goto('http://example.com/').then(
    () => null,
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/ERR_BLOCKED_BY_CLIENT/);
  expect(Date.now() - started).toBeLessThan(5_000);
});
