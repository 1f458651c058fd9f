import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  certificatePath,
  changeAnchor,
  comparePath,
  dataCentreAnchor,
  eventAnchor,
  HISTORY_ANCHOR,
  homePath,
  itemPath,
  itemsPath,
  markPath,
  ogPagePath,
  ogServicePath,
  rowAnchor,
  searchPath,
  serviceFeedPath,
  serviceIcsPath,
  serviceJsonPath,
  servicePath,
  servicePlacePath,
  verifyPath,
} from '../../src/lib/paths.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

describe('paths', () => {
  test('service pages and their files', () => {
    expect(servicePath('ip0001-1302')).toBe('/services/ip0001-1302/');
    expect(certificatePath('ip0001-1302')).toBe('/services/ip0001-1302/certificate/');
    expect(serviceFeedPath('ip0001-1302')).toBe('/services/ip0001-1302/feed.atom');
    expect(serviceJsonPath('ip0001-1302')).toBe('/data/services/ip0001-1302.json');
    expect(serviceIcsPath('ip0001-1302')).toBe('/data/services/ip0001-1302.ics');
  });

  test('the English edition: the same pages under /en/, Japanese at the root', () => {
    expect(homePath()).toBe('/');
    expect(homePath('en')).toBe('/en/');
    expect(servicePath('ip0001-1302', 'ja')).toBe('/services/ip0001-1302/');
    expect(servicePath('ip0001-1302', 'en')).toBe('/en/services/ip0001-1302/');
    expect(certificatePath('ip0001-1302', 'en')).toBe('/en/services/ip0001-1302/certificate/');
    expect(servicePlacePath('ip0001-1302', rowAnchor('sla-uptime'), 'en')).toBe(
      '/en/services/ip0001-1302/#item-sla-uptime',
    );
  });

  test('row and data-centre anchors, and links to them', () => {
    expect(rowAnchor('sla-uptime')).toBe('item-sla-uptime');
    expect(rowAnchor('dc-location', 'east')).toBe('dc-east-dc-location');
    expect(dataCentreAnchor('east')).toBe('dc-east');
    expect(servicePlacePath('ip0001-1302', rowAnchor('sla-uptime'))).toBe('/services/ip0001-1302/#item-sla-uptime');
    expect(servicePlacePath('ip0001-1302', 'history')).toBe('/services/ip0001-1302/#history');
  });

  test('history anchors', () => {
    expect(eventAnchor('2025-09-16')).toBe('event-2025-09-16');
    expect(eventAnchor('2025-09-16', 2)).toBe('event-2025-09-16-2');
    expect(changeAnchor('event-2025-09-16', { item: 'support-hours' })).toBe('event-2025-09-16-support-hours');
    expect(changeAnchor('event-2025-09-16', { item: 'dc-location', dataCentre: 'east' })).toBe(
      'event-2025-09-16-dc-location-east',
    );
    expect(servicePlacePath('ip0001-1302', HISTORY_ANCHOR)).toBe('/services/ip0001-1302/#history');
  });

  test('item pages', () => {
    expect(itemPath('sla-uptime')).toBe('/items/sla-uptime/');
    expect(itemsPath()).toBe('/items/');
    expect(itemsPath('housing')).toBe('/items/#housing');
  });

  test('images', () => {
    expect(markPath('ip0001-1302', { width: 120, format: 'svg' })).toBe('/marks/ip0001-1302/120.svg');
    expect(markPath('ip0001-1302', { width: 120, format: 'png', scale: 1 })).toBe('/marks/ip0001-1302/120.png');
    expect(markPath('ip0001-1302', { width: 240, format: 'png', scale: 2 })).toBe('/marks/ip0001-1302/240@2x.png');
    expect(ogServicePath('ip0001-1302')).toBe('/og/services/ip0001-1302.png');
    expect(ogPagePath('compare')).toBe('/og/compare.png');
    expect(ogServicePath('ip0001-1302', 'en')).toBe('/og/en/services/ip0001-1302.png');
    expect(ogPagePath('home', 'en')).toBe('/og/en/home.png');
  });

  test('pages with a query', () => {
    expect(comparePath()).toBe('/compare/');
    expect(comparePath(['IP0001-1302', 'IP0008-2004'])).toBe('/compare/?services=IP0001-1302,IP0008-2004');
    expect(comparePath(['IP0001-1302', 'IP0008-2004'], true)).toBe('/compare/?services=IP0001-1302,IP0008-2004&diff=1');
    expect(verifyPath()).toBe('/verify/');
    expect(verifyPath('IP0001-1302')).toBe('/verify/?n=IP0001-1302');
    expect(searchPath()).toBe('/search/');
    expect(searchPath('稼働率 99.9%')).toBe('/search/?q=%E7%A8%BC%E5%83%8D%E7%8E%87%2099.9%25');
  });
});

/**
 * A URL or fragment id written by hand: a string, template literal or
 * attribute value that starts with one of the site's service, data, image or
 * item paths, or a row / data-centre anchor spelled out. Prose that names a
 * path (`<code>/services/&lt;…&gt;/feed.atom</code>`) does not start a literal
 * and is not matched.
 */
const HAND_BUILT = [
  /["'`](?:\/services\/|\/data\/services\/|\/marks\/|\/og\/|\/items\/|\/en\/services\/)/,
  /#(?:item|dc)-/,
  /["'`](?:item|dc)-\$\{/,
];

/**
 * Files that still build URLs by hand, each with why. Browser code is being
 * rewritten as custom elements on another branch, which switches it to
 * src/lib/paths.ts; the lead empties this list after merging. An entry whose
 * file is clean fails the test, so the list cannot go stale.
 */
const ALLOWED = new Set<string>([]);

const SOURCE = /\.(?:ts|astro|mdx|js|mjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : SOURCE.test(e.name) ? [path] : [];
  });
}

/** The code of a file without its comments (block, JSX `{/* … *\/}`, HTML, and `//` line comments). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

function handBuiltUrls(text: string): { line: number; text: string }[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (HAND_BUILT.some((re) => re.test(line)) ? [{ line: i + 1, text: line.trim() }] : []));
}

describe('no URL is built by hand outside src/lib/paths.ts', () => {
  const root = join(PROJECT_ROOT, 'src');
  const files = sourceFiles(root)
    .map((f) => relative(PROJECT_ROOT, f).split('\\').join('/'))
    .filter((f) => f !== 'src/lib/paths.ts');
  const found = new Map(
    files
      .map((f) => [f, handBuiltUrls(readFileSync(join(PROJECT_ROOT, f), 'utf8'))] as const)
      .filter(([, v]) => v.length),
  );

  test('the scan sees every kind of hand-built URL and skips comments', () => {
    expect(handBuiltUrls('const a = `/services/${id}/`;')).toHaveLength(1);
    expect(handBuiltUrls('<a href="/items/">項目別一覧</a>')).toHaveLength(1);
    expect(handBuiltUrls('fetch(`/data/services/${id}.json`)')).toHaveLength(1);
    expect(handBuiltUrls("ogImage = '/og/home.png'")).toHaveLength(1);
    expect(handBuiltUrls('href={`/en/services/${s.id}/`}')).toHaveLength(1);
    expect(handBuiltUrls('href={`/services/${s.id}/#item-${row.id}`}')).toHaveLength(1);
    expect(handBuiltUrls('<h3 id={`dc-${dc.id}`}>')).toHaveLength(1);
    expect(handBuiltUrls('// links to `/services/<id>/`')).toEqual([]);
    expect(handBuiltUrls('/** /services/<id>/feed.atom */')).toEqual([]);
    expect(handBuiltUrls('{/* e.g. /services/IP0001-1302/ */}')).toEqual([]);
    expect(handBuiltUrls('<code>/services/&lt;認定番号&gt;/feed.atom</code>')).toEqual([]);
    expect(handBuiltUrls('new URL(servicePath(s.id), site)')).toEqual([]);
  });

  test('no file outside the allow-list builds one', () => {
    const offenders = [...found].filter(([f]) => !ALLOWED.has(f));
    expect(
      offenders.map(([f, hits]) => `${f}:${hits.map((h) => `${h.line} ${h.text}`).join(' | ')}`),
      'build these with src/lib/paths.ts',
    ).toEqual([]);
  });

  test('every allow-listed file still needs its entry', () => {
    const stale = [...ALLOWED].filter((f) => !found.has(f));
    expect(stale, 'these files build no URL by hand any more: remove them from ALLOWED').toEqual([]);
  });
});
