import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  largestShard,
  MAX_SHARD_PAGES,
  MIN_SHARD_PAGES,
  QUERY_SHARDS,
  shardBundle,
  shardCount,
  shardOf,
  type Page,
} from '../../src/integrations/search-index.ts';
import { PAGES_AT_ONCE, shardMayStart } from '../../src/integrations/search-shard-pool.ts';

describe('splitting the search index into shards', () => {
  it('keeps a small catalogue in one index, as plain Pagefind would', () => {
    for (const pages of [0, 1, 17, 40]) expect(shardCount(pages, undefined)).toBe(1);
    expect(shardBundle(0)).toBe('/pagefind/');
  });

  it('uses as many shards as a query can afford, no more unless a shard would outgrow Pagefind’s memory', () => {
    // 1,000 services (621 pages a language): a warm rebuild re-indexes a fifth of them.
    expect(shardCount(621, undefined)).toBe(QUERY_SHARDS);
    expect(shardCount(6159, undefined)).toBe(5);
    expect(shardCount(6700, undefined)).toBe(5);
    expect(shardCount(QUERY_SHARDS * MAX_SHARD_PAGES + 1, undefined)).toBe(QUERY_SHARDS + 1);
    // A small catalogue: no shard smaller than MIN_SHARD_PAGES.
    expect(shardCount(2 * MIN_SHARD_PAGES, undefined)).toBe(2);
    expect(shardCount(2 * MIN_SHARD_PAGES + 1, undefined)).toBe(3);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (pages) => {
        const n = shardCount(pages, undefined);
        expect(pages / n).toBeLessThanOrEqual(MAX_SHARD_PAGES);
        expect(n).toBeLessThanOrEqual(pages);
        if (n > 1) expect(pages / (n - 1)).toBeGreaterThan(n > QUERY_SHARDS ? MAX_SHARD_PAGES : MIN_SHARD_PAGES);
        if (pages <= QUERY_SHARDS * MAX_SHARD_PAGES) expect(n).toBeLessThanOrEqual(QUERY_SHARDS);
      }),
    );
  });

  it('SEARCH_SHARDS forces a count, but never more shards than pages', () => {
    expect(shardCount(17, '2')).toBe(2);
    expect(shardCount(1, '2')).toBe(1);
  });

  it('a page stays in its shard whatever else changes, and the shards share the pages out', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 64 }), (path, n) => {
        const k = shardOf(path, n);
        expect(k).toBe(shardOf(path, n));
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(n);
      }),
    );
    const counts = new Array(5).fill(0);
    for (let i = 1; i <= 1000; i++) counts[shardOf(`services/ip${String(i).padStart(4, '0')}-1302/index.html`, 5)]++;
    for (const c of counts) expect(c).toBeGreaterThan(150);
  });

  it('the largest shard (which decides whether the index is made beside the images) counts each language apart', () => {
    const pages = (lang: Page['lang'], n: number): Page[] =>
      Array.from({ length: n }, (_, i) => ({ path: `${lang}/${i}/index.html`, sha: '', lang }));
    // MIN_SHARD_PAGES a language is one shard each: that many, not twice it for both together.
    expect(largestShard([...pages('ja', MIN_SHARD_PAGES), ...pages('en', MIN_SHARD_PAGES)])).toBe(MIN_SHARD_PAGES);
    // 1,000 services (621 pages a language) are 5 shards of about 125: small enough to index beside the images.
    const most = largestShard([...pages('ja', 621), ...pages('en', 621)]);
    expect(most).toBeGreaterThanOrEqual(125);
    expect(most).toBeLessThan(200);
    // 9,999 services (about 6,200 a language, 5 shards) are over 1,000 pages a shard.
    expect(largestShard(pages('ja', 6200))).toBeGreaterThan(1000);
    expect(largestShard([])).toBe(0);
  });

  it('builds shards side by side only while Pagefind’s memory allows', () => {
    // 1,000 services: two shards of ~310 pages at once on two cores, not a third.
    expect(shardMayStart(310, 1, 310, 2)).toBe(true);
    expect(shardMayStart(310, 2, 620, 4)).toBe(false);
    expect(shardMayStart(310, 2, 620, 2)).toBe(false);
    // 9,999 services: ~1,250 pages a shard, one at a time.
    expect(shardMayStart(1250, 0, 0, 2)).toBe(true);
    expect(shardMayStart(1250, 1, 1250, 2)).toBe(false);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (sizes, threads) => {
          // Start shards in order as the rule allows, without finishing any: what runs together stays in bounds.
          let running = 0;
          let pages = 0;
          for (const n of sizes) {
            if (!shardMayStart(n, running, pages, threads)) break;
            running++;
            pages += n;
          }
          expect(running).toBeGreaterThanOrEqual(1);
          expect(running).toBeLessThanOrEqual(threads);
          if (running > 1) expect(pages).toBeLessThanOrEqual(PAGES_AT_ONCE);
        },
      ),
    );
  });
});
