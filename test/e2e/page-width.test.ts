/**
 * No page is wider than a phone's screen: on every URL in the sitemap, plus
 * the pages the sitemap leaves out or that change once their script runs
 * (compare with 2 and with 6 services, search with a query, verify with a
 * number, the 404 page and an ended service), the document does not scroll
 * sideways at 320 px and at 390 px — `scrollWidth ≤ innerWidth`. Wide tables
 * may scroll inside their own box; the page itself may not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Request } from 'playwright-core';
import { useBrowser, type Page } from '../support/browser.ts';
import { requireDist } from '../support/paths.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();

/** Every <loc> of every dist/sitemap-*.xml (not the index), as a site path. */
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

/** Pages outside the sitemap, or whose content arrives by script (then we wait for the network to settle). */
const EXTRA: string[] = [
  '/compare/?services=IP0001-1302,IP0008-2004',
  '/compare/?services=IP0001-1302,IP0002-1406,IP0007-1903,IP0008-2004,IP0009-2109,IP0010-2210',
  '/search/?q=稼働率',
  '/verify/?n=IP0001-1302',
  '/en/search/?q=availability',
  '/en/verify/?n=IP0001-1302',
  '/no-such-page/',
  '/services/ip0004-1511/',
  '/en/services/ip0004-1511/',
  '/en/services/ip0004-1511/certificate/',
];

const WIDTHS = [320, 390];

/**
 * Loads `path` and waits until its content is there. Content that arrives by
 * script arrives by fetch, so only a page that fetched (or is listed in EXTRA)
 * waits for the network to settle; 'networkidle' costs at least 500 ms of
 * quiet per load, which on every URL at two widths was most of this file's
 * time (165 s in `npm test`, issue 16).
 */
async function load(page: Page, path: string): Promise<void> {
  let fetched = false;
  const onRequest = (r: Request) => {
    if (r.resourceType() === 'fetch' || r.resourceType() === 'xhr') fetched = true;
  };
  page.on('request', onRequest);
  try {
    await page.goto(siteUrl(path), { waitUntil: 'load' });
    if (fetched || EXTRA.includes(path)) await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', onRequest);
  }
}

async function overflow(page: Page, path: string): Promise<string | null> {
  await load(page, path);
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

describe('no page is wider than the screen', () => {
  const paths = [...sitemapPaths(), ...EXTRA];

  test('the sitemap lists the pages this test walks', () => {
    // The sample catalogue: a home page, scheme pages, service pages, item pages …
    expect(paths.length).toBeGreaterThan(50);
    expect(paths).toContain('/');
    expect(paths).toContain('/items/');
  });

  for (const width of WIDTHS) {
    test(`at ${width} px, no page scrolls sideways`, { timeout: 300_000 }, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const wide: string[] = [];
      for (const path of paths) {
        const problem = await overflow(page, path);
        if (problem) wide.push(problem);
      }
      expect(wide).toEqual([]);
    });
  }
});
