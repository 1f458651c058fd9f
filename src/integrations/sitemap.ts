/**
 * Sitemap (@astrojs/sitemap) of every indexable page: HTML pages without
 * `noindex` (pages of services no longer certified and the search page are
 * left out), each service page with `lastmod` = its 開示情報の日付.
 *
 * The sitemap is written after the build, so both facts are read back from
 * the built site itself: the page's robots meta from its HTML, and the
 * disclosure dates from /data/services.json (the published view) — nothing is
 * recomputed here from raw data.
 *
 * A page that exists in Japanese and English (/about/ and /en/about/) lists
 * both as xhtml:link alternates, plus x-default → the Japanese page, as its
 * <head> does (sitemapAlternates).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { parseWrittenDate } from '../rules/calendar-date.ts';

const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

export function isIndexableHtml(html: string): boolean {
  return !NOINDEX.test(html);
}

const HEAD_BYTES = 16 * 1024;

/**
 * The page's <head> (where the robots meta is), read without the body: at
 * 1,000 services reading every whole page took 0.7 s of the build. A head
 * longer than the first read falls back to the whole file. Null when the
 * file does not exist.
 */
export function readHead(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    const start = buf.subarray(0, n).toString('utf8');
    const end = start.indexOf('</head>');
    return end >= 0 ? start.slice(0, end) : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** 開示情報の日付 by page path, from the services.json of the built site. */
export function disclosureDatesByPage(servicesJson: string): Map<string, string> {
  const list = JSON.parse(servicesJson) as { services: { page: string; disclosureDate: string | null }[] };
  const out = new Map<string, string>();
  for (const s of list.services) {
    const iso = s.disclosureDate ? parseWrittenDate(s.disclosureDate) : null;
    if (iso) out.set(new URL(s.page).pathname, iso);
  }
  return out;
}

/**
 * The xhtml:link alternates of each sitemap URL: every listed URL of the same
 * page in another language (/x/ and /en/x/), in the sitemap's own order, or
 * none when the page is listed in one language only. @astrojs/sitemap's i18n
 * option finds them by comparing each URL with every other one: 7.2 s for
 * 26,944 URLs (9,999 services' listed pages), 3.8 s of a profiled build.
 * Grouping by path once gives the same links in 0.12 s.
 */
export function sitemapAlternates(
  urls: readonly string[],
  site: string,
  locales: Readonly<Record<string, string>>,
  defaultLocale: string,
): Map<string, { url: string; lang: string }[]> {
  const byPath = new Map<string, { url: string; lang: string }[]>();
  for (const url of urls) {
    const page = pageOf(url, site, locales, defaultLocale);
    if (!page) continue;
    const links = byPath.get(page.path) ?? [];
    links.push({ url, lang: locales[page.locale]! });
    byPath.set(page.path, links);
  }
  const out = new Map<string, { url: string; lang: string }[]>();
  for (const links of byPath.values()) {
    if (links.length < 2) continue;
    // In the sitemap's order (generate-sitemap.js sorts every URL so), which is the order its links come in.
    links.sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
    for (const l of links) out.set(l.url, links);
  }
  return out;
}

/** A URL's language and its path without the language prefix (as @astrojs/sitemap's parseI18nUrl reads it). */
function pageOf(
  url: string,
  site: string,
  locales: Readonly<Record<string, string>>,
  defaultLocale: string,
): { locale: string; path: string } | undefined {
  if (!url.startsWith(site)) return undefined;
  let s = url.slice(site.length);
  if (!s || s === '/') return { locale: defaultLocale, path: '/' };
  if (s[0] !== '/') s = `/${s}`;
  const first = s.split('/')[1]!;
  if (Object.hasOwn(locales, first)) return { locale: first, path: s.slice(1 + first.length) || '/' };
  return { locale: defaultLocale, path: s };
}

export function catalogueSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let siteUrl: string | undefined;
  let dates: Map<string, string> | undefined;
  /** Every URL the filter let through: the alternates are found among them once, at the first serialize. */
  const listed: string[] = [];
  let alternates: Map<string, { url: string; lang: string }[]> | undefined;
  const fileOf = (url: string) => new URL(`.${new URL(url).pathname}index.html`, outDir);
  const capture: AstroIntegration = {
    name: 'catalogue-sitemap-outdir',
    hooks: {
      'astro:build:start': () => {
        // One build's URLs only, should a process build twice.
        listed.length = 0;
        alternates = undefined;
        dates = undefined;
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        // As @astrojs/sitemap reads it (new URL(base, site)), so the alternates are the URLs it lists.
        siteUrl = new URL(config.base, config.site).href;
      },
    },
  };
  return [
    capture,
    sitemap({
      // No i18n option: its pairing is quadratic in the number of URLs (sitemapAlternates).
      filter: (url) => {
        if (!url.endsWith('/')) return false; // data files and feeds are listed on /data/, not in the sitemap
        const head = readHead(fileURLToPath(fileOf(url)));
        const indexable = head !== null && isIndexableHtml(head);
        if (indexable) listed.push(url);
        return indexable;
      },
      serialize: (item: SitemapItem) => {
        dates ??= disclosureDatesByPage(readFileSync(new URL('./data/services.json', outDir), 'utf8'));
        alternates ??= sitemapAlternates(listed, siteUrl!, { ja: 'ja', en: 'en' }, 'ja');
        const lastmod = dates.get(new URL(item.url).pathname);
        const twins = alternates.get(item.url);
        const japanese = twins?.find((l) => l.lang === 'ja');
        const links = japanese ? [...twins!, { lang: 'x-default', url: japanese.url }] : twins;
        return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
      },
    }),
  ];
}
