/**
 * Sitemap (@astrojs/sitemap) of every indexable page: HTML pages without
 * `noindex` (pages of services no longer certified and the search page are
 * left out), each service page with `lastmod` = its 開示情報の日付.
 *
 * The sitemap is written after the build, so both facts are read back from
 * the built site itself: the page's robots meta from its HTML, and the
 * disclosure dates from /data/services.json (the published view) — nothing is
 * recomputed here from raw data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import { parseWrittenDate } from '../rules/calendar-date.ts';

const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

export function isIndexableHtml(html: string): boolean {
  return !NOINDEX.test(html);
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
      filter: (url) => {
        if (!url.endsWith('/')) return false; // data files and feeds are listed on /data/, not in the sitemap
        const file = fileURLToPath(fileOf(url));
        return existsSync(file) && isIndexableHtml(readFileSync(file, 'utf8'));
      },
      serialize: (item: SitemapItem) => {
        dates ??= disclosureDatesByPage(readFileSync(new URL('./data/services.json', outDir), 'utf8'));
        const lastmod = dates.get(new URL(item.url).pathname);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
