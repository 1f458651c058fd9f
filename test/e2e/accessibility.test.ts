/**
 * axe-core (WCAG 2.x A/AA rules) finds nothing on each page type: the list
 * (with filters applied), a service page, the compare view (diff toggle on)
 * and the item pages. axe runs inside the page, from the installed package.
 */
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';

const browser = useBrowser();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations;
  });
  return found.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const PAGES: [string, string, string?][] = [
  ['list', '/'],
  ['filtered list', '/?sort=expiry&place=大阪府'],
  ['service', '/services/ip0008-2004/'],
  ['ended service', '/services/ip0004-1511/'],
  ['compare', '/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210&diff=1', '#compare-result:not([hidden])'],
  ['item index', '/items/'],
  ['item', '/items/dc-location/'],
];

describe('axe-core', () => {
  for (const [name, path, ready] of PAGES) {
    test(`0 violations on the ${name} page (${path})`, async () => {
      const page = await browser.newPage();
      await page.goto(siteUrl(path));
      if (ready) await page.locator(ready).waitFor();
      expect(await violations(page)).toEqual([]);
    });
  }

  test('0 violations on a phone-size compare view', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(siteUrl('/compare/?services=IP0003-1409,IP0009-2109'));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await violations(page)).toEqual([]);
  });
});
