/**
 * Every page a reader can reach, in one sweep: every URL in the sitemap, plus
 * pages the sitemap leaves out (an ended service, the 404 page, a filtered
 * list) and the states scripts make (compare with its data loaded, with 2 and
 * with 6 services, search with results, verify with a result).
 *
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA) finds nothing at desktop width
 *   (1280 px) and on a phone (390 px);
 * - no page is wider than a phone's screen: the document does not scroll
 *   sideways at 390 px and at 320 px (`scrollWidth ≤ innerWidth`). Wide tables
 *   may scroll inside their own box; the page itself may not.
 *
 * Cost (issue 16): each page is loaded once, at 1280 px, and then resized in
 * place to 390 px and to 320 px, instead of being loaded once per width by two
 * files (4 loads per URL). The one script that reads the width
 * (src/client/site-search.ts, the folded filters) follows resizes through a
 * matchMedia listener, so a resized page is in the state a phone loads. Two
 * pages of one context walk the list at once, so the sweep's waits (network,
 * frames) overlap. The header and footer are the same on every page, so at
 * each width axe checks them on the first page and then only <main>.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { axeViolations, useAxe } from '../support/axe.ts';
import { newIsolatedContext, useBrowser, type Page } from '../support/browser.ts';
import { requireDist } from '../support/paths.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

/** Every <loc> of every dist/sitemap-N.xml (not the index), as a site path with its query. */
function sitemapPaths(): string[] {
  const dist = requireDist();
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
      const url = new URL(m[1]!.replaceAll('&amp;', '&'));
      return decodeURI(url.pathname) + url.search;
    }),
  );
  return [...new Set(paths)].sort();
}

/**
 * Pages beyond the sitemap, each with what to wait for before the checks. A
 * page whose content arrives by script (it fetched, or `settle`) also waits
 * for the network to settle.
 */
const STATES: { path: string; settle?: boolean; ready?: (page: Page) => Promise<unknown> }[] = [
  { path: '/?sort=expiry&place=大阪府' },
  { path: '/services/ip0004-1511/' }, // ended (noindex, not in the sitemap)
  { path: '/en/services/ip0004-1511/' }, // its English twin, with a Japanese ground of lapse or revocation
  { path: '/en/services/ip0004-1511/certificate/' },
  { path: '/services/IP0001-1302/' }, // 404 page
  { path: '/no-such-page/' }, // 404 page
  {
    path: '/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210&diff=1',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  {
    path: '/compare/?services=IP0003-1409,IP0009-2109',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  {
    path: '/compare/?services=IP0001-1302,IP0008-2004',
    ready: (page) => page.locator('#compare-result:not([hidden])').waitFor(),
  },
  // Six columns: the widest comparison.
  {
    path: '/compare/?services=IP0001-1302,IP0002-1406,IP0007-1903,IP0008-2004,IP0009-2109,IP0010-2210',
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

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const NARROW = { width: 320, height: 800 };
/** Pages walking the list at once (one context). */
const PAGES_AT_ONCE = 2;

/** Resizes the viewport and waits two frames, so media-query listeners have run and layout is current. */
async function resize(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** null, or "path: scrollWidth N > W (rightmost: element)" when the document scrolls sideways. */
async function overflow(page: Page, path: string): Promise<string | null> {
  const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  if (m.scroll <= m.inner) return null;
  // Name the widest offender so a failure says where to look.
  const culprit = await page.evaluate(() => {
    let worst = '';
    let right = innerWidth;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5 && r.width > 0) {
        right = r.right;
        worst = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      }
    }
    return worst;
  });
  return `${path}: scrollWidth ${m.scroll} > ${m.inner} (rightmost: ${culprit})`;
}

/**
 * Loads `path` at desktop width and waits until its content is there.
 * 'networkidle' costs at least 500 ms of quiet per load, so only a page that
 * fetched (content that arrives by script arrives by fetch) or is marked
 * `settle` waits for it.
 */
async function load(page: Page, path: string, settle: boolean): Promise<void> {
  let fetched = false;
  const onRequest = (r: Request) => {
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') fetched = true;
  };
  page.on('request', onRequest);
  try {
    await resize(page, DESKTOP);
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    if (fetched || settle) await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
  }
}

interface Found {
  axe1280: string[];
  axe390: string[];
  wide390: string[];
  wide320: string[];
  visited: number;
}

const paths = sitemapPaths();
const pages = [
  ...paths.map((path) => ({ path, settle: false, ready: undefined })),
  ...STATES.map((s) => ({ ...s, settle: true })),
];
const found: Found = { axe1280: [], axe390: [], wide390: [], wide320: [], visited: 0 };

describe('every page, at 1280, 390 and 320 px', () => {
  beforeAll(async () => {
    const context = await newIsolatedContext(browser.browser, { viewport: DESKTOP });
    try {
      await useAxe(context);
      /** Loads one page and runs every check on it; `whole` checks the header and footer too. */
      const check = async (page: Page, { path, settle, ready }: (typeof pages)[number], whole: boolean) => {
        await load(page, path, settle);
        await ready?.(page);
        const scope = whole ? {} : { include: ['main'] };
        found.axe1280.push(...(await axeViolations(page, scope)).map((v) => `${path}: ${v}`));
        await resize(page, PHONE);
        found.axe390.push(...(await axeViolations(page, scope)).map((v) => `${path}: ${v}`));
        const wide390 = await overflow(page, path);
        if (wide390) found.wide390.push(wide390);
        await resize(page, NARROW);
        const wide320 = await overflow(page, path);
        if (wide320) found.wide320.push(wide320);
        found.visited++;
      };
      // The first page alone and whole (header and footer, at both widths), then the rest, only
      // <main>, with several pages taking the next URL as they come free.
      const first = await context.newPage();
      await check(first, pages[0]!, true);
      let next = 1;
      const walk = async (page: Page) => {
        while (next < pages.length) await check(page, pages[next++]!, false);
      };
      const others = await Promise.all(Array.from({ length: PAGES_AT_ONCE - 1 }, () => context.newPage()));
      await Promise.all([first, ...others].map(walk));
    } finally {
      await context.close();
    }
    console.log(
      `${found.visited} ページ: axe 1280 px 違反 ${found.axe1280.length} 件、390 px 違反 ${found.axe390.length} 件、` +
        `横にはみ出し 390 px ${found.wide390.length} 件・320 px ${found.wide320.length} 件`,
    );
  }, 600_000);

  test('the sweep covers the sitemap and the scripted states', () => {
    // The sample catalogue: a home page, scheme pages, service pages, item pages … and the English edition.
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toContain('/');
    expect(paths).toContain('/items/');
    expect(paths).toContain('/en/');
    expect(found.visited).toBe(pages.length);
  });

  test('axe-core: 0 violations on every page at 1280 px', () => {
    expect(found.visited).toBe(pages.length);
    expect(found.axe1280).toEqual([]);
  });

  test('axe-core: 0 violations on every page at 390 px', () => {
    expect(found.visited).toBe(pages.length);
    expect(found.axe390).toEqual([]);
  });

  for (const width of [390, 320] as const) {
    test(`at ${width} px, no page scrolls sideways`, () => {
      expect(found.visited).toBe(pages.length);
      expect(width === 390 ? found.wide390 : found.wide320).toEqual([]);
    });
  }
});
