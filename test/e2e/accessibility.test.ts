/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing on every page a reader
 * can reach: every URL in the sitemap, plus pages the sitemap leaves out (an
 * ended service, the 404 page, a filtered list) and the states scripts make
 * (compare with its data loaded, search with results, verify with a result),
 * at desktop width (1280 px) and on a phone (390 px).
 *
 * Cost: one browser, one page per width, axe loaded by an init script. The
 * header and footer are the same on every page, so they are checked on the
 * first page and then only <main> is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { axeViolations, useAxe } from '../support/axe.ts';
import { newIsolatedContext, useBrowser, type Page } from '../support/browser.ts';
import { requireDist } from '../support/paths.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

/** Paths of every URL in the built sitemap (sitemap-index.xml → sitemap-N.xml). */
function sitemapPaths(): string[] {
  const dist = requireDist();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).flatMap((p) =>
    locs(readFileSync(join(dist, p), 'utf8')),
  );
}

/** Pages beyond the sitemap, each with what to wait for before axe runs. */
const STATES: { path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { path: '/?sort=expiry&place=大阪府' },
  { path: '/services/ip0004-1511/' }, // ended (noindex, not in the sitemap)
  { path: '/en/services/ip0004-1511/' }, // its English twin, with a Japanese ground of lapse or revocation
  { path: '/en/services/ip0004-1511/certificate/' },
  { path: '/services/IP0001-1302/' }, // 404 page
  {
    path: '/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210&diff=1',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  {
    path: '/compare/?services=IP0003-1409,IP0009-2109',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  // The English comparison, with an ended service's column and note.
  {
    path: '/en/compare/?services=IP0003-1409,IP0009-2109',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  {
    path: '/search/?q=稼働率',
    ready: (page) =>
      page.waitForFunction(() => document.getElementById('search-form')?.dataset['searched'] === '稼働率'),
  },
  {
    path: '/search/?q=東京都',
    ready: (page) =>
      page.waitForFunction(() => document.getElementById('search-form')?.dataset['searched'] === '東京都'),
  },
  {
    path: '/match/?availability-target=99.95&dc=大阪府&practice=backup',
    ready: (page) => page.locator('#match-list > li').first().waitFor(),
  },
  {
    path: '/items/incident-notice/?sort=value&value=1時間',
    ready: (page) => page.locator('#item-value-controls:not([hidden])').waitFor(),
  },
  { path: '/?uptime=99.95&cert=ISO/IEC 27017' },
  {
    path: '/verify/?n=IP0001-1302',
    ready: (page) =>
      page.waitForFunction(() => document.getElementById('verify-result')?.textContent?.includes('IP0001-1302')),
  },
  // The English search with results and filters, the English lookup, the English list filtered.
  {
    path: '/en/search/?q=availability',
    ready: (page) =>
      page.waitForFunction(() => document.getElementById('search-form')?.dataset['searched'] === 'availability'),
  },
  {
    path: '/en/verify/?n=IP0001-1302',
    ready: (page) =>
      page.waitForFunction(() => document.getElementById('verify-result')?.textContent?.includes('IP0001-1302')),
  },
  { path: '/en/?uptime=99.95&cert=ISO/IEC 27017' },
  { path: '/en/services/IP0001-1302/' }, // the 404 page under /en/
];

for (const width of [1280, 390]) {
  describe(`axe-core at ${width} px`, () => {
    test(`every sitemap URL and scripted state has 0 violations (${width} px)`, async () => {
      const paths = sitemapPaths();
      expect(paths.length).toBeGreaterThan(50);
      const context = await newIsolatedContext(browser.browser, {
        viewport: { width, height: width > 800 ? 800 : 844 },
      });
      try {
        await useAxe(context);
        const page = await context.newPage();
        const failures: string[] = [];
        const pages = [...paths.map((path) => ({ path, ready: undefined })), ...STATES];
        for (const [i, { path, ready }] of pages.entries()) {
          await page.goto(siteUrl(path));
          await ready?.(page);
          const found = await axeViolations(page, i === 0 ? {} : { include: ['main'] });
          failures.push(...found.map((v) => `${path}: ${v}`));
        }
        console.log(`axe ${width} px: ${pages.length} ページ、違反 ${failures.length} 件`);
        expect(failures).toEqual([]);
      } finally {
        await context.close();
      }
    }, 300_000);
  });
}
