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
 * both as xhtml:link alternates (the sitemap's i18n option pairs them by
 * path), plus x-default → the Japanese page, as its <head> does.
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

export function catalogueSitemap(): AstroIntegration[] {
  let outDir: URL | undefined;
  let dates: Map<string, string> | undefined;
  const fileOf = (url: string) => new URL(`.${new URL(url).pathname}index.html`, outDir);
  const capture: AstroIntegration = {
    name: 'catalogue-sitemap-outdir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
    },
  };
  return [
    capture,
    sitemap({
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
      filter: (url) => {
        if (!url.endsWith('/')) return false; // data files and feeds are listed on /data/, not in the sitemap
        const head = readHead(fileURLToPath(fileOf(url)));
        return head !== null && isIndexableHtml(head);
      },
      serialize: (item: SitemapItem) => {
        dates ??= disclosureDatesByPage(readFileSync(new URL('./data/services.json', outDir), 'utf8'));
        const lastmod = dates.get(new URL(item.url).pathname);
        const japanese = item.links?.find((l) => l.lang === 'ja');
        const links = japanese ? [...item.links!, { lang: 'x-default', url: japanese.url }] : item.links;
        return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
      },
    }),
  ];
}
