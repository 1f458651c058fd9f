/**
 * Script budgets of the built site (issue 15): how much JavaScript a page
 * makes the browser load before the reader uses anything on it. A page's
 * first load is every module script in its HTML (inline or /_astro file) plus
 * the chunks those statically import, followed transitively; a dynamic
 * `import()` (the Excel writer, loaded on click) is not part of it. Sizes are
 * gzip level 9, as a static host would serve them.
 *
 * The budgets are what the pages need and no more: the list and detail pages
 * carry only their small custom elements (sorting, the compare and watch
 * toggles, the live status); /compare/ carries its table builder but not the
 * workbook writer. A new widget that pushes a page over its budget has to
 * load its code on first use instead, or argue for a new number here.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { listHtmlFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { requireDist } from '../support/paths.ts';

const dist = requireDist();

/** The first-load budget of a kind of page, in gzip bytes. */
interface Budget {
  name: string;
  /** Which built pages (paths relative to dist/) it covers. */
  pages: (rel: string) => boolean;
  gzipBytes: number;
}

const KB = 1024;
/**
 * Measured on the sample catalogue (2026-12-01, after the widgets became
 * custom elements), gzip: list 1.8 KB, service page 3.1 KB, certificate
 * 1.2 KB, item page 2.2 KB, compare 5.5 KB, verify 2.4 KB, watch 3.8 KB,
 * match 3.5 KB (3.8 KB once it served /en/match/ too), 404 1.1 KB. Each
 * budget leaves a few hundred bytes for a fix, not room for a library.
 *
 * Since the widgets read their words from the page (data-words, so the
 * English twins run the same code), each loads the small reader
 * (src/client/widget-words.ts, 366 B) and links through paths.ts (340 B):
 * service page 3,554 B (was 3,160), item page 2,544 B (was 2,239), compare
 * 5,500 B (was 5,556), watch 4,015 B (was 3,910); each English twin loads
 * exactly what its Japanese page does. The service and item budgets grew by
 * that much to keep their margin. The list, whose filters and picker read
 * their words the same way and open the English comparison from /en/, came
 * to 2,051 B (was 1,808), so its budget is 2.25 KB.
 */
const BUDGETS: Budget[] = [
  // Each English twin (/en/…) runs the same elements as its Japanese page, with its words in the HTML.
  { name: '一覧 (/)', pages: (p) => p === 'index.html' || p === 'en/index.html', gzipBytes: 2.25 * KB },
  {
    name: 'サービスのページ',
    pages: (p) => /^(?:en\/)?services\/[^/]+\/index\.html$/.test(p),
    gzipBytes: 4 * KB,
  },
  // The English certificate (/en/…) is the same page with the same scripts.
  {
    name: '認定証',
    pages: (p) => /^(?:en\/)?services\/[^/]+\/certificate\/index\.html$/.test(p),
    gzipBytes: 1.5 * KB,
  },
  { name: '項目別のページ', pages: (p) => /^(?:en\/)?items\/.+\.html$/.test(p), gzipBytes: 2.75 * KB },
  { name: '比較 (/compare/)', pages: (p) => /^(?:en\/)?compare\/index\.html$/.test(p), gzipBytes: 20 * KB },
  { name: '確かめる (/verify/)', pages: (p) => /^(?:en\/)?verify\/index\.html$/.test(p), gzipBytes: 3 * KB },
  { name: 'ウォッチ (/watch/)', pages: (p) => /^(?:en\/)?watch\/index\.html$/.test(p), gzipBytes: 4.5 * KB },
  // The English matcher (/en/match/) runs the same script; its words come in the page, not the bundle.
  { name: '条件で探す (/match/)', pages: (p) => /^(?:en\/)?match\/index\.html$/.test(p), gzipBytes: 4 * KB },
  { name: '404', pages: (p) => p === '404.html', gzipBytes: 1.5 * KB },
];

/** Static imports in a built chunk: `import"./x.js"`, `import{a}from"./x.js"`, `export{b}from"./x.js"`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+)["'`]/g;

/**
 * The JavaScript a page loads before any use: each module script and
 * everything it statically imports, once. With `only`, just those built files
 * and what they import.
 */
export function firstLoad(root: string, page: string, only?: string[]): { files: string[]; source: string } {
  const html = only ? '' : readFileSync(join(root, page), 'utf8');
  const seen = new Set<string>();
  const files: string[] = [];
  let source = '';
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
    const js = readFileSync(join(root, path), 'utf8');
    source += js;
    for (const m of js.matchAll(STATIC_IMPORT)) add(posix.join(posix.dirname(path), m[1]!));
  };
  for (const f of only ?? []) add(f);
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    // JSON-LD and other data blocks are not scripts the browser runs.
    if (/type="(?!module")[^"]*"/.test(attrs)) continue;
    const src = /\bsrc="\/([^"]+)"/.exec(attrs)?.[1];
    if (src) add(src);
    else {
      source += m[2]!;
      for (const i of m[2]!.matchAll(/(?:\bfrom|\bimport)\s*["'`]\/([^"'`]+)["'`]/g)) add(i[1]!);
    }
  }
  return { files, source };
}

const gzipSize = (text: string) => gzipSync(text, { level: 9 }).byteLength;
const pages = listHtmlFiles(dist).map((f) => relativePath(dist, f));

describe('script budgets (first load, gzip)', () => {
  for (const budget of BUDGETS) {
    test(`${budget.name}: at most ${(budget.gzipBytes / KB).toFixed(1)} KB`, () => {
      const covered = pages.filter(budget.pages);
      expect(covered.length, 'the budget covers at least one built page').toBeGreaterThan(0);
      const sizes = covered.map((p) => ({ page: p, bytes: gzipSize(firstLoad(dist, p).source) }));
      const worst = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      console.log(`${budget.name}: ${worst.bytes} B gzip at most (${worst.page}, ${covered.length} pages)`);
      for (const s of sizes) expect(s.bytes, s.page).toBeLessThanOrEqual(budget.gzipBytes);
    });
  }

  test('the measure follows static imports into shared chunks (else every budget would pass by missing them)', () => {
    const { files } = firstLoad(dist, 'compare/index.html');
    expect(files.length).toBeGreaterThan(1);
    expect(files.some((f) => /compare-selection/.test(f))).toBe(true);
  });

  test('the workbook writer is not part of any first load (it loads on click)', () => {
    for (const p of pages) expect(firstLoad(dist, p).source, p).not.toContain('[Content_Types].xml');
  });

  /** The live-status element's module with what it imports (it defines <live-status>). */
  const liveStatus = (page: string) =>
    firstLoad(dist, page)
      .files.filter((f) => /LiveStatus\.astro/.test(f))
      .map((f) => firstLoad(dist, page, [f]).source);

  test('the live status (with what it imports) stays under 1.25 KB gzip on the service and certificate pages', () => {
    for (const page of ['services/ip0001-1302/index.html', 'services/ip0001-1302/certificate/index.html']) {
      const scripts = liveStatus(page);
      expect(scripts.length, page).toBe(1);
      const bytes = gzipSize(scripts[0]!);
      console.log(`live status on ${page}: ${Buffer.byteLength(scripts[0]!)} B, ${bytes} B gzip`);
      expect(bytes).toBeGreaterThan(100);
      expect(bytes).toBeLessThanOrEqual(1.25 * KB);
    }
  });

  test('pages without a certification status (the list) do not get it', () => {
    expect(liveStatus('index.html')).toEqual([]);
  });

  test('every page with a script falls under a budget', () => {
    const unbudgeted = pages.filter((p) => firstLoad(dist, p).source !== '' && !BUDGETS.some((b) => b.pages(p)));
    // The search pages (Japanese and English) belong to their own lane and budget (Pagefind's loader).
    expect(unbudgeted.filter((p) => !/^(?:en\/)?search\/index\.html$/.test(p))).toEqual([]);
  });
});
