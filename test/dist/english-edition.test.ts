/**
 * The English edition's pages as built: every Japanese page but the 404 (a
 * host serves one /404.html for every address) has an English twin under
 * /en/, and every English page a Japanese one; each
 * pair names the other and x-default (the Japanese page) in hreflang links,
 * in its <head> and in the sitemap; `<html lang>` says the page's language;
 * pages without a twin carry no hreflang link at all; each twin shows a
 * visible switch to the other; a service's twin carries the same fragment
 * ids, so the switch keeps the reader's place, and so does an item's twin
 * (the same sections and the same services' rows in the same order); and
 * the English navigation of the scheme pages names each page as its own
 * heading does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ABOUT_PAGES } from '../../src/lib/about-pages.ts';
import { enPages } from '../../src/i18n/en.ts';
import { listHtmlFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { startTags } from '../support/html-tags.ts';
import {
  comparePath,
  dataPath,
  homePath,
  itemsPath,
  matchPath,
  searchPath,
  updatesPath,
  verifyPath,
  watchPath,
} from '../../src/lib/paths.ts';
import { localePath } from '../../src/i18n/locale.ts';
import { requireDist } from '../support/paths.ts';

const dist = requireDist();

const pathOf = (file: string) => `/${relativePath(dist, file).replace(/index\.html$/, '')}`;
const htmlAt = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

function hreflangs(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of startTags(html))
    if (tag.name === 'link' && tag.attrs.get('rel') === 'alternate' && tag.attrs.has('hreflang'))
      out[tag.attrs.get('hreflang')!] = tag.attrs.get('href')!;
  return out;
}

const htmlLang = (html: string) =>
  startTags(html)
    .find((t) => t.name === 'html')!
    .attrs.get('lang');

const files = listHtmlFiles(dist);
const pages = files.map(pathOf);
/** The site's origin as built (SITE_URL may change it): from the home page's canonical link. */
const SITE = new URL(
  startTags(htmlAt('/'))
    .find((t) => t.attrs.get('rel') === 'canonical')!
    .attrs.get('href')!,
).origin;
const english = pages.filter((p) => p.startsWith('/en/'));
const services = pages.filter((p) => /^\/services\/[^/]+\/$/.test(p));
const items = pages.filter((p) => /^\/items\/[^/]+\/$/.test(p));
/**
 * Every Japanese page has an English twin: the 404 page is the one exception, as a host serves one
 * /404.html for every missing address (it carries its own English part). The named kinds are checked
 * to be among them, so a sweep over an empty or partial build cannot pass.
 */
const twinnedJapanese = pages.filter((p) => !p.startsWith('/en/') && p !== '/404.html');
const expectedKinds = [
  ...ABOUT_PAGES.map((p) => p.href),
  homePath(),
  updatesPath(),
  dataPath(),
  matchPath(),
  searchPath(),
  verifyPath(),
  ...services,
  ...services.map((p) => `${p}certificate/`),
  comparePath(),
  itemsPath(),
  ...items,
  watchPath(),
];
const aboutEnglish = enPages.about.pages.map((p) => p.href);

/** The fragment ids of a page's main content (the chrome differs by language). */
const idsOfMain = (html: string) =>
  startTags(html.slice(html.indexOf('<main')))
    .map((t) => t.attrs.get('id'))
    .filter((id): id is string => id !== undefined);

describe('twins', () => {
  test('every Japanese page but the 404 has an English twin, and every English page a Japanese one', () => {
    expect(services.length).toBeGreaterThan(10);
    expect(twinnedJapanese).toEqual(expect.arrayContaining(expectedKinds));
    expect(english.sort()).toEqual(twinnedJapanese.map((p) => localePath(p, 'en')).sort());
    for (const p of english) expect(existsSync(join(dist, localePath(p, 'ja'), 'index.html')), p).toBe(true);
  });

  test.each(twinnedJapanese)('%s and its twin link each other, x-default → Japanese', (ja) => {
    const en = localePath(ja, 'en');
    const want = { ja: `${SITE}${ja}`, en: `${SITE}${en}`, 'x-default': `${SITE}${ja}` };
    expect(hreflangs(htmlAt(ja))).toEqual(want);
    expect(hreflangs(htmlAt(en))).toEqual(want);
    expect(htmlLang(htmlAt(ja))).toBe('ja');
    expect(htmlLang(htmlAt(en))).toBe('en');
  });

  test.each(twinnedJapanese)('%s and its twin show a switch to each other', (ja) => {
    const en = localePath(ja, 'en');
    const switchIn = (html: string, to: string) =>
      startTags(html).filter((t) => t.name === 'a' && t.attrs.get('hreflang') === to && t.attrs.get('lang') === to);
    expect(switchIn(htmlAt(ja), 'en').map((t) => t.attrs.get('href'))).toEqual([en]);
    expect(switchIn(htmlAt(en), 'ja').some((t) => t.attrs.get('href') === ja)).toBe(true);
  });

  test.each(services)('%s: the English twin has the same rows, categories and events', (ja) => {
    // Rows, data centres, categories' history section and events; a change's own anchor is only on the Japanese page.
    const place = /^(?:item-|dc-|history$|event-\d{4}-\d{2}-\d{2}(?:-\d+)?$)/;
    const jaIds = idsOfMain(htmlAt(ja)).filter((id) => place.test(id));
    expect(jaIds.filter((id) => id.startsWith('item-')).length).toBeGreaterThan(40);
    const enIds = new Set(idsOfMain(htmlAt(localePath(ja, 'en'))));
    expect(jaIds.filter((id) => !enIds.has(id))).toEqual([]);
  });

  test.each(items)('%s: the English twin has the same sections and the same services in the same order', (ja) => {
    const rows = (html: string) => [...html.matchAll(/<tr data-number="([^"]+)"/g)].map((m) => m[1]);
    const jaHtml = htmlAt(ja);
    const enHtml = htmlAt(localePath(ja, 'en'));
    expect(idsOfMain(jaHtml)).toEqual(expect.arrayContaining(['answers', 'about']));
    expect(idsOfMain(enHtml)).toEqual(idsOfMain(jaHtml));
    expect(rows(jaHtml).length).toBeGreaterThan(3);
    expect(rows(enHtml)).toEqual(rows(jaHtml));
  });

  test('pages without a twin have no hreflang links and stay Japanese', () => {
    const twinned = new Set([...twinnedJapanese, ...english]);
    const others = files.filter((f) => !twinned.has(pathOf(f)));
    expect(items.length).toBeGreaterThan(50);
    expect(others.map(pathOf)).toEqual(['/404.html']);
    for (const p of others) {
      const html = readFileSync(p, 'utf8');
      expect(hreflangs(html), p).toEqual({});
      expect(htmlLang(html), p).toBe('ja');
    }
  });
});

describe('the English pages', () => {
  test.each(aboutEnglish)('%s: its navigation entry is its heading, and it switches to its twin', (path) => {
    const html = htmlAt(path);
    const current = /<a href="([^"]+)" aria-current="page"[^>]*>([^<]+)<\/a>/.exec(html);
    const h1 = /<h1[^>]*>([^<]+)<\/h1>/.exec(html);
    expect(current?.[1]).toBe(path);
    expect(current?.[2]?.trim()).toBe(h1?.[1]?.trim());
    expect(enPages.about.pages.find((p) => p.href === path)?.title).toBe(h1?.[1]?.trim());
    const toJapanese = startTags(html).find(
      (t) => t.name === 'a' && t.attrs.get('hreflang') === 'ja' && t.attrs.get('href') === localePath(path, 'ja'),
    );
    expect(toJapanese).toBeDefined();
    expect(toJapanese?.attrs.get('lang')).toBe('ja');
  });

  test('the generated tables are in English', () => {
    const criteria = htmlAt('/en/about/criteria/');
    expect(criteria).toContain('Items with key requirements (5 items;');
    expect(criteria).toContain('Information security rules and regulations in place');
    expect(criteria).toContain('Housing (server location) (8 items) — disclosed for each data centre used');
    const procedures = htmlAt('/en/about/procedures/');
    expect(procedures).toContain('</span> A request for improvement was not followed, without good reason');
    expect(procedures).toMatch(/from 60 to 30 days before/);
  });

  test('the published template (/data/form-b.json) carries every English name', () => {
    const form = JSON.parse(readFileSync(join(dist, 'data', 'form-b.json'), 'utf8')) as {
      categories: {
        name: string;
        en: { name: string };
        rows: { id: string; en: { heading: string; description: string } }[];
      }[];
    };
    const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
    expect(form.categories).toHaveLength(10);
    for (const c of form.categories) {
      expect(c.en.name, c.name).toMatch(/^[^\u3040-\u9fff]+$/);
      for (const r of c.rows) {
        expect(r.en.heading, r.id).toBeTruthy();
        expect(r.en.description, r.id).toBeTruthy();
        expect(`${r.en.heading} ${r.en.description}`, r.id).not.toMatch(japanese);
      }
    }
  });

  test('the sitemap lists both languages of each indexed twin with the same alternates', () => {
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entryOf = (loc: string) => new RegExp(`<url><loc>${SITE}${loc}</loc>(.*?)</url>`).exec(xml)?.[1];
    // Pages of ended certifications are noindex and left out of the sitemap, in both languages.
    const listed = twinnedJapanese.filter((href) => entryOf(href) !== undefined);
    expect(listed).toEqual(
      expect.arrayContaining([
        ...ABOUT_PAGES.map((p) => p.href),
        homePath(),
        updatesPath(),
        dataPath(),
        matchPath(),
        verifyPath(),
      ]),
    );
    expect(listed.filter((p) => p.startsWith('/services/')).length).toBeGreaterThan(10);
    for (const href of listed) {
      for (const loc of [href, localePath(href, 'en')]) {
        const entry = entryOf(loc);
        expect(entry, loc).toBeDefined();
        const links = [...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
        expect(links.sort(), loc).toEqual(
          [`en ${SITE}${localePath(href, 'en')}`, `ja ${SITE}${href}`, `x-default ${SITE}${href}`].sort(),
        );
      }
    }
    expect(listed).toEqual(expect.arrayContaining([comparePath(), itemsPath(), ...items]));
    // Every listed page has a twin: the one page without (the 404) is not in the sitemap.
    const twinned = new Set([...twinnedJapanese, ...english]);
    expect(pages.filter((p) => !twinned.has(p) && entryOf(p) !== undefined)).toEqual([]);
  });
});

describe('the header navigation', () => {
  /** Each item of the header's site navigation: the links it holds. */
  const navItems = (html: string) => {
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    const nav = header.slice(header.indexOf('<nav'), header.indexOf('</nav>'));
    return [...nav.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
      startTags(m[1]!)
        .filter((t) => t.name === 'a')
        .map((t) => t.attrs.get('href')!),
    );
  };

  test('the English header offers the twin of every Japanese link, one link per item', () => {
    const ja = navItems(htmlAt(homePath()));
    const en = navItems(htmlAt(homePath('en')));
    expect(ja.length).toBeGreaterThan(5);
    for (const items of [ja, en]) for (const links of items) expect(links).toHaveLength(1);
    expect(en.map(([href]) => href)).toEqual(ja.map(([href]) => localePath(href!, 'en')));
  });
});
