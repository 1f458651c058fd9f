/**
 * How much markup the pages with many rows carry (issue 16). Astro renders a
 * page into one string and encodes it; V8 keeps a string longer than 65,536
 * UTF-16 code units (128 KB) as a "large object", and flattening and encoding
 * one of those took about ten times as long per character as a shorter one
 * (measured 2026-12-02: 0.75 ms against 0.05 ms for a service page). Service
 * pages had crossed that line on markup alone: a scope attribute
 * (data-astro-cid-…) on each of about 800 Form B elements and a class on each
 * cell. So the Form B table, the item tables, the history and the status
 * badge use global styles named after their component, and the Form B cells
 * are styled by position.
 *
 * Measured on the sample (2026-12-02): Japanese service pages median 82,304 →
 * 44,793 code units, English 89,670 → 53,140; scope attributes on a service
 * page 1,289 → 19.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listHtmlFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { requireDist } from '../support/paths.ts';

const dist = requireDist();
/** V8's largest regular-object two-byte string, in UTF-16 code units (128 KB). */
const LARGE_STRING = 65_536;

const pages = listHtmlFiles(dist).map((file) => ({ rel: relativePath(dist, file), html: readFileSync(file, 'utf8') }));
const servicePages = pages.filter((p) => /^(?:en\/)?services\/[^/]+\/index\.html$/.test(p.rel));
const itemPages = pages.filter((p) => /^(?:en\/)?items\/[^/]+\/index\.html$/.test(p.rel));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const scopeAttributes = (html: string) => html.match(/ data-astro-cid-/g)?.length ?? 0;

describe('markup of the pages with many rows', () => {
  test('the sample has service and item pages in both languages to measure', () => {
    expect(servicePages.filter((p) => p.rel.startsWith('en/')).length).toBeGreaterThan(5);
    expect(servicePages.filter((p) => !p.rel.startsWith('en/')).length).toBeGreaterThan(5);
    expect(itemPages.length).toBeGreaterThan(50);
  });

  test('a typical service page, in either language, stays well under V8’s large-string length', () => {
    for (const english of [false, true]) {
      const lengths = servicePages.filter((p) => p.rel.startsWith('en/') === english).map((p) => p.html.length);
      // A margin of a fifth: answers vary in length from service to service.
      expect(median(lengths), english ? 'English' : 'Japanese').toBeLessThan(LARGE_STRING * 0.85);
    }
  });

  test('Form B rows, item rows, the history and status badges carry no per-element scope attribute', () => {
    // What is left are the few small widgets (live status, compare and watch toggles, Excel button).
    for (const p of [...servicePages, ...itemPages]) expect(scopeAttributes(p.html), p.rel).toBeLessThanOrEqual(30);
  });

  test('Form B cells carry no class of their own: one per row is what marks a continued row or a repeated label', () => {
    const page = servicePages.find((p) => p.rel === join('services', 'ip0001-1302', 'index.html'))!;
    const rows = page.html.match(/<tr id="item-[^"]+"[^>]*>.*?<\/tr>/gs) ?? [];
    expect(rows.length).toBeGreaterThan(50);
    const cellClasses = rows.flatMap((r) => r.match(/<t[dh] [^>]*class="[^"]*"/g) ?? []);
    // Only 開示項目 cells whose label repeats 中分類 are marked (form-b__label--same).
    expect(cellClasses.every((c) => c.includes('form-b__label--same'))).toBe(true);
  });
});
