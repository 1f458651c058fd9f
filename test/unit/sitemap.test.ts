import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// @astrojs/sitemap's own pairing, by file (the package exports only its integration): the reference.
import { generateSitemap } from '../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { isIndexableHtml, readHead, sitemapAlternates } from '../../src/integrations/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitemap-head-'));

describe('the sitemap reads only a page’s <head>', () => {
  it('finds noindex in the head and stops before the body', () => {
    const file = join(dir, 'a.html');
    writeFileSync(
      file,
      `<html><head><meta name="robots" content="noindex"></head><body>${'本文'.repeat(50_000)}</body>`,
    );
    const head = readHead(file)!;
    expect(head).not.toContain('本文');
    expect(isIndexableHtml(head)).toBe(false);
  });

  it('reads the whole file when the head is longer than the first read', () => {
    const file = join(dir, 'b.html');
    writeFileSync(
      file,
      `<html><head><style>${'x'.repeat(40_000)}</style><meta name="robots" content="noindex"></head><body></body>`,
    );
    expect(isIndexableHtml(readHead(file)!)).toBe(false);
  });

  it('a page without robots meta is indexable; a missing file is not a page', () => {
    const file = join(dir, 'c.html');
    writeFileSync(file, '<html><head><title>t</title></head><body><meta name="robots" content="noindex"></body>');
    expect(isIndexableHtml(readHead(file)!)).toBe(true);
    expect(readHead(join(dir, 'missing.html'))).toBeNull();
  });
});

describe('the sitemap’s language alternates', () => {
  const SITE = 'https://iaas-paas.nintei.example/';
  const LOCALES = { ja: 'ja', en: 'en' };
  /** What @astrojs/sitemap's own i18n option gives each URL (its quadratic pairing), by URL. */
  const upstream = (urls: string[]) =>
    new Map(
      generateSitemap(urls, SITE, { i18n: { defaultLocale: 'ja', locales: LOCALES } })
        .filter((item) => item.links)
        .map((item) => [item.url, item.links]),
    );

  it('pairs each page with its English twin, in the sitemap’s order, and leaves a page without one alone', () => {
    const urls = ['/', '/en/', '/about/', '/en/about/', '/services/ip0001-1302/', '/search/', '/en/items/x/'].map(
      (p) => new URL(p, SITE).href,
    );
    const got = sitemapAlternates(urls, SITE, LOCALES, 'ja');
    expect(got.get(`${SITE}about/`)).toEqual([
      { url: `${SITE}about/`, lang: 'ja' },
      { url: `${SITE}en/about/`, lang: 'en' },
    ]);
    expect(got.get(`${SITE}en/`)).toEqual([
      { url: SITE, lang: 'ja' },
      { url: `${SITE}en/`, lang: 'en' },
    ]);
    for (const alone of ['services/ip0001-1302/', 'search/', 'en/items/x/']) expect(got.has(SITE + alone)).toBe(false);
    expect(got).toEqual(upstream(urls));
  });

  it('gives the same links as @astrojs/sitemap’s i18n option, for any set of pages', () => {
    const segment = fc.constantFrom(
      'about',
      'services',
      'ip0001-1302',
      'IP0010-2210',
      'items',
      'a1',
      'a10',
      'a2',
      'ja',
      'en',
      'データ',
    );
    const path = fc.array(segment, { maxLength: 3 }).map((parts) => parts.map((p) => `${p}/`).join(''));
    const page = fc.tuple(fc.boolean(), path).map(([english, p]) => `${SITE}${english ? 'en/' : ''}${p}`);
    fc.assert(
      fc.property(fc.uniqueArray(page, { maxLength: 40 }), (urls) => {
        expect(sitemapAlternates(urls, SITE, LOCALES, 'ja')).toEqual(upstream(urls));
      }),
    );
  });
});
