/**
 * The watch list in Chromium: 「ウォッチ」 on two service pages (and in
 * compare) stores the 認定番号 in localStorage; /watch/ reads only those
 * services' JSON, marks the events after the stored last visit 「前回以降」
 * (and no earlier one), links each to its history entry, and on the next
 * visit the marks are gone.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, collectPageErrors, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const browser = useBrowser();

async function watch(page: Page, id: string): Promise<void> {
  await page.goto(siteUrl(`/services/${id}/`));
  const button = page.locator('watch-toggle button');
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
  expect(await button.innerText()).toBe('ウォッチ中');
}

const rows = (page: Page, id: string) =>
  page.locator(`#watch-list section[aria-labelledby="watch-${id}"] .watch-events li`).evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.querySelector('time')!.getAttribute('datetime'),
      type: li.querySelector('a')!.textContent,
      href: li.querySelector('a')!.getAttribute('href'),
      marked: li.querySelector('.watch-new')?.textContent === '前回以降',
    })),
  );

describe('watch list', () => {
  test('two watched services: events after the last visit are marked 前回以降, and only those; the marks are gone next time', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    // IP0007-1903: 変更届出 2025-09-16 and 2026-05-11. IP0003-1409: 更新申請取下げ 2026-08-07, expired 2026-08-20.
    await watch(page, 'ip0007-1903');
    await watch(page, 'ip0003-1409');
    expect(await page.evaluate(() => localStorage.getItem('aspic-iaas-paas:watch'))).toBe(
      '["IP0007-1903","IP0003-1409"]',
    );
    await page.evaluate(() => localStorage.setItem('aspic-iaas-paas:watch-last-visit', '2026-05-10'));

    const json: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.json')) json.push(new URL(r.url()).pathname);
    });
    await page.goto(siteUrl('/watch/'));
    await page.locator('#watch-list section').nth(1).waitFor();
    expect(json.sort()).toEqual(['/data/services/ip0003-1409.json', '/data/services/ip0007-1903.json']);

    const a = await rows(page, 'ip0007-1903');
    expect(a.filter((r) => r.marked).map((r) => `${r.date} ${r.type}`)).toEqual(['2026-05-11 変更届出']);
    expect(a.find((r) => r.date === '2025-09-16')).toMatchObject({
      marked: false,
      href: '/services/ip0007-1903/#event-2025-09-16',
    });
    expect(a.find((r) => r.date === '2026-05-11')!.href).toBe('/services/ip0007-1903/#event-2026-05-11');
    const b = await rows(page, 'ip0003-1409');
    expect(b.filter((r) => r.marked).map((r) => `${r.date} ${r.type}`)).toEqual([
      '2026-08-20 期限切れ',
      '2026-08-07 更新申請取下げ',
      '2026-07-30 更新申請',
    ]);
    expect(b.filter((r) => !r.marked).every((r) => r.date! <= '2026-05-10')).toBe(true);
    expect(await page.locator('#watch-summary').innerText()).toContain(
      '前回（2026年5月10日）以降の出来事は 4 件です。',
    );
    const card = page.locator('#watch-list section[aria-labelledby="watch-ip0003-1409"]');
    expect(await card.innerText()).toContain('期限切れ');
    expect(await card.locator('a[href="/services/ip0003-1409/feed.atom"]').count()).toBe(1);

    // The link leads to the change view on the service page.
    await page.locator('a[href="/services/ip0007-1903/#event-2026-05-11"]').click();
    await page.waitForURL(/ip0007-1903\/#event-2026-05-11$/);
    expect(await page.locator('#event-2026-05-11').count()).toBe(1);

    await page.goto(siteUrl('/watch/'));
    await page.locator('#watch-list section').nth(1).waitFor();
    expect(await page.locator('.watch-new').count()).toBe(0);
    expect(await page.locator('#watch-summary').innerText()).toMatch(/以降の出来事は 0 件です。/);
    expect(errors).toEqual([]);
  });

  test("「ウォッチ」 in compare adds a column's service; 「ウォッチをやめる」 on /watch/ removes it", async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004'));
    await page.locator('#compare-result:not([hidden])').waitFor();
    const button = page.locator('#compare-table thead button[data-watch="IP0008-2004"]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('aspic-iaas-paas:watch'))).toBe('["IP0008-2004"]');
    await page.goto(siteUrl('/watch/'));
    await page.locator('#watch-list section').first().waitFor();
    expect(await page.locator('#watch-summary').innerText()).toContain('このページを開くのは初めてです');
    await page.getByRole('button', { name: /ウォッチをやめる/ }).click();
    expect(await page.evaluate(() => localStorage.getItem('aspic-iaas-paas:watch'))).toBe('[]');
  });

  for (const width of [1280, 390, 320])
    test(`/watch/ with two services, marked events and the compare watch buttons: no axe violations, no sideways scroll at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(siteUrl('/'));
      await page.evaluate(() => {
        localStorage.setItem('aspic-iaas-paas:watch', '["IP0007-1903","IP0003-1409"]');
        localStorage.setItem('aspic-iaas-paas:watch-last-visit', '2026-05-10');
      });
      await page.goto(siteUrl('/watch/'));
      await page.locator('.watch-new').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004'));
      await page.locator('#compare-result:not([hidden])').waitFor();
      await page.locator('#compare-table thead button[data-watch="IP0008-2004"]').click();
      expect(await axeViolations(page)).toEqual([]);
    });
});
