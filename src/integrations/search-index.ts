/**
 * The Pagefind index of the built site, made after `astro build` has exited
 * (scripts/finish-site.ts, the second half of `npm run build`;
 * scripts/search-index.ts is the same indexer alone). Not in a build hook:
 * the Astro process still holds the whole build while its hooks run (about
 * 3 GB at 9,999 services), and a Pagefind shard of ~1,250 pages adds about
 * 2.5 GB on top of that (5.18 GB peak, issue 16); after Astro has exited the
 * peak is one shard's.
 *
 * The index is built in shards. Pagefind holds a
 * whole index in memory while it builds it (about 2–3 MB per page of our
 * Japanese text: 18 GB for 10,000 services in one index), and rebuilds all of
 * it for every change. Here the indexed pages are split into shards by a hash
 * of their path, so that
 * - memory is bounded by the shards being built at once (each by a fresh
 *   Pagefind process, closed when it is done; two at once only while they
 *   hold at most PAGES_AT_ONCE pages together, ./search-shard-pool.ts);
 * - a shard whose pages are byte-for-byte unchanged is copied from the cache
 *   (SEARCH_CACHE_DIR, default node_modules/.cache/aspic-search) instead of
 *   being indexed again: after one service changes, one shard is rebuilt.
 *
 * Shard 0 is written to /pagefind/, the others to /pagefind/shard-N/, and
 * /pagefind/shards.json lists the others; the search page merges them with
 * Pagefind's mergeIndex. A small catalogue has one shard and the same output
 * as plain `pagefind --site dist`. SEARCH_SHARDS=N forces N shards (the test
 * build uses it, so the merged path is what the search tests exercise).
 *
 * Each language is a separate pass with its own bundle (SEARCH_BUNDLES):
 * Japanese pages in /pagefind/, English ones (/en/…, <html lang="en">) in
 * /en/pagefind/. Pagefind would split one bundle by `<html lang>` by itself,
 * but then the shards would count both languages' pages (more shards, so
 * more requests for every Japanese query, and twice the pages in memory per
 * shard); apart, the Japanese index is what it was without the English
 * edition, and each language's shards are bounded by its own pages.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'vite';
import { searchIndexPath } from '../lib/paths.ts';
import { buildShards } from './search-shard-pool.ts';

/** At most this many pages in a shard: about 3.5 GB of Pagefind memory on our pages. */
export const MAX_SHARD_PAGES = 1500;
/** As many shards as a query reads while search stays inside its targets at 9,999 services (see shardCount). */
export const QUERY_SHARDS = 5;
/** Fewer pages than this are indexed with their neighbours rather than in a shard of their own. */
export const MIN_SHARD_PAGES = 100;
export const SHARD_LIST = 'shards.json';

// From import.meta.url: Astro loads this module through Vite, which gives modules their url but not always a dirname.
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Where the shards are kept between builds (SEARCH_CACHE_DIR, default node_modules/.cache/aspic-search). */
export function searchCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SEARCH_CACHE_DIR'] || join(ROOT, 'node_modules/.cache/aspic-search'));
}

/** One language's shard cache: the Japanese one is the cache folder itself, another language's sits beside it. */
export function languageCacheDir(cacheDir: string, lang: SearchLanguage): string {
  return lang === 'ja' ? cacheDir : `${cacheDir}-${lang}`;
}

/** Which of `count` shards a page (path relative to the site) belongs to; stable while `count` is. */
export function shardOf(path: string, count: number): number {
  return createHash('sha256').update(path).digest().readUInt32BE(0) % count;
}

/**
 * A rebuild after one change re-indexes one shard (cost ∝ pages / shards);
 * every query reads every shard (its entry, its page list of ~13 bytes a
 * page, and one index chunk of ~5 KB per word), and Pagefind merges them.
 * Measured on 9,999 services (issue 16, `npm run bench:search`): 13 shards
 * cost 61 requests and 430 KB before the first result, 5 shards 29 requests
 * and 330 KB, inside the search targets. So a query can afford
 * QUERY_SHARDS, and a catalogue big enough uses all of them, so that a
 * rebuild re-indexes a fifth of it: at 1,000 services (~620 indexed pages a
 * language) that is ~125 pages, 4.5 s of Pagefind against 8.8 s for the
 * ~310 of two shards (Japanese, warm rebuild). Below MIN_SHARD_PAGES a
 * shard of its own is not worth a Pagefind process and a query's requests.
 * Above QUERY_SHARDS × MAX_SHARD_PAGES, Pagefind's memory decides.
 */
export function shardCount(pages: number, forced = process.env['SEARCH_SHARDS']): number {
  if (forced) return Math.max(1, Math.min(pages, Number(forced)));
  return Math.max(1, Math.min(QUERY_SHARDS, Math.ceil(pages / MIN_SHARD_PAGES)), Math.ceil(pages / MAX_SHARD_PAGES));
}

/** The languages indexed, each with its own bundle (the search page of a language loads only its own). */
export const SEARCH_BUNDLES = { ja: searchIndexPath('ja'), en: searchIndexPath('en') } as const;
export type SearchLanguage = keyof typeof SEARCH_BUNDLES;

/** Site path of shard `n`'s bundle of one language's index. */
export function shardBundle(n: number, lang: SearchLanguage = 'ja'): string {
  const root = SEARCH_BUNDLES[lang];
  return n === 0 ? root : `${root}shard-${n}/`;
}

const BUNDLE_DIRS = new Set(Object.values(SEARCH_BUNDLES).map((b) => b.slice(1, -1)));

function htmlFiles(dir: string, site: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!BUNDLE_DIRS.has(relative(site, p).split(sep).join('/'))) htmlFiles(p, site, out);
    } else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

export interface Page {
  /** Relative to the site folder, with forward slashes. */
  path: string;
  sha: string;
  /** The index it belongs to, from its `<html lang>` (a page in neither language is in the Japanese one). */
  lang: SearchLanguage;
}

/** The language of a page's index, read from its `<html lang>` as Pagefind itself reads it. */
export function pageLanguage(html: string): SearchLanguage {
  return /<html[^>]*\slang="?en\b/i.test(html.slice(0, 500)) ? 'en' : 'ja';
}

/** Pages Pagefind would index: only those that mark their body with data-pagefind-body (the site uses it on every indexed page). */
export function indexedPages(site: string): Page[] {
  const pages: Page[] = [];
  for (const file of htmlFiles(site, site).sort()) {
    const html = readFileSync(file);
    if (!html.includes('data-pagefind-body')) continue;
    pages.push({
      path: relative(site, file).split(sep).join('/'),
      sha: createHash('sha256').update(html).digest('hex'),
      lang: pageLanguage(html.toString('latin1', 0, 500)),
    });
  }
  return pages;
}

/**
 * Pagefind ships pagefind.js with its whitespace removed but its names kept
 * (47 KB); minified it is about 32 KB. The search page loads it before it can
 * show a result, and at 9,999 services everything before the first result
 * must stay under 300 KB. Only the root bundle's copy is loaded (the shards
 * are merged into it), so only that one is rewritten; the minifier is
 * deterministic, so the output stays byte-identical across builds.
 */
export async function minifyPagefindScript(file: string): Promise<void> {
  const r = await minify('pagefind.js', readFileSync(file, 'utf8'), { module: true, compress: true, mangle: true });
  if (r.errors.length) throw new Error(`${file} を縮められませんでした: ${r.errors.map((e) => e.message).join('; ')}`);
  writeFileSync(file, r.code);
}

interface IndexReport {
  pages: number;
  shards: number;
  built: number;
  reused: number;
  /** Time the built shards took in their threads, added up. */
  ms: number;
}

/** The most pages any one shard of `pages` will hold, over the languages: what bounds Pagefind's memory. */
export function largestShard(pages: readonly Page[]): number {
  let most = 0;
  for (const lang of Object.keys(SEARCH_BUNDLES) as SearchLanguage[]) {
    const mine = pages.filter((p) => p.lang === lang);
    const count = shardCount(mine.length);
    const sizes = new Array<number>(count).fill(0);
    for (const p of mine) sizes[shardOf(p.path, count)]!++;
    most = Math.max(most, ...sizes);
  }
  return most;
}

/** One language's shards: which pages each holds and where it is (or will be) in the cache. */
interface LanguagePlan {
  lang: SearchLanguage;
  pages: number;
  cacheDir: string;
  shards: { members: Page[]; cached: string }[];
}

function planLanguage(cacheDir: string, pages: Page[], lang: SearchLanguage, version: string): LanguagePlan {
  const count = shardCount(pages.length);
  const groups: Page[][] = Array.from({ length: pages.length ? count : 0 }, () => []);
  for (const p of pages) groups[shardOf(p.path, count)]!.push(p);
  return {
    lang,
    pages: pages.length,
    cacheDir,
    shards: groups.map((members, n) => {
      const key = createHash('sha256')
        .update(JSON.stringify({ pagefind: version, count, n, pages: members }))
        .digest('hex')
        .slice(0, 32);
      return { members, cached: join(cacheDir, key) };
    }),
  };
}

/**
 * Every language's index (SEARCH_BUNDLES), each split into shards. A
 * language's shard cache is its own folder (the Japanese one
 * SEARCH_CACHE_DIR as before, the English one beside it with `-en`), because
 * the cache keeps only the shards this site uses. The shards that are not in
 * the cache are built first, both languages' together (buildShards), then
 * each language's bundles are copied into the site.
 */
export async function writeSearchIndex(
  site: string,
  cacheDir: string,
  log: (msg: string) => void = () => {},
  pages: readonly Page[] = indexedPages(site),
): Promise<Record<SearchLanguage, IndexReport>> {
  const started = performance.now();
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
  ).version;
  const plans = (Object.keys(SEARCH_BUNDLES) as SearchLanguage[]).map((lang) =>
    planLanguage(
      languageCacheDir(cacheDir, lang),
      pages.filter((p) => p.lang === lang),
      lang,
      version,
    ),
  );
  const missing = plans.flatMap((plan) => plan.shards.filter((s) => !existsSync(s.cached)).map((s) => ({ plan, s })));
  for (const plan of plans) mkdirSync(plan.cacheDir, { recursive: true });
  const tmp = (cached: string) => `${cached}.${process.pid}.tmp`;
  for (const { s } of missing) rmSync(tmp(s.cached), { recursive: true, force: true });
  const times = await buildShards(
    site,
    missing.map(({ s }) => ({ paths: s.members.map((p) => p.path), into: tmp(s.cached) })),
  );
  // Renamed only when whole, so a stopped build never leaves half a shard in the cache.
  for (const { s } of missing) renameSync(tmp(s.cached), s.cached);

  const out = {} as Record<SearchLanguage, IndexReport>;
  for (const plan of plans) {
    const { lang, shards } = plan;
    const root = join(site, SEARCH_BUNDLES[lang]);
    rmSync(root, { recursive: true, force: true });
    const built = missing.filter((m) => m.plan === plan).length;
    const ms = Math.round(missing.reduce((t, m, i) => t + (m.plan === plan ? times[i]! : 0), 0));
    out[lang] = { pages: plan.pages, shards: shards.length, built, reused: shards.length - built, ms };
    if (shards.length) {
      for (const [n, { cached }] of shards.entries())
        cpSync(cached, join(site, shardBundle(n, lang)), { recursive: true });
      await minifyPagefindScript(join(root, 'pagefind.js'));
      writeFileSync(
        join(root, SHARD_LIST),
        `${JSON.stringify({ shards: shards.slice(1).map((_, i) => shardBundle(i + 1, lang)) })}\n`,
      );
    }
    // The cache holds this site's shards only; older ones are no use to the next build.
    const used = new Set(shards.map((s) => s.cached));
    for (const name of readdirSync(plan.cacheDir))
      if (!used.has(join(plan.cacheDir, name))) rmSync(join(plan.cacheDir, name), { recursive: true, force: true });
    // The Japanese line has no language tag ([search]); `npm run bench` reads both.
    log(
      `[search${lang === 'ja' ? '' : `:${lang}`}] ${plan.pages} ページを ${shards.length} 個の索引に分けて作成（新規 ${built}、キャッシュ ${shards.length - built}）Pagefind ${ms} ms`,
    );
  }
  log(`[search] 索引の作成 全体 ${Math.round(performance.now() - started)} ms`);
  return out;
}

/**
 * SKIP_SEARCH_INDEX=1 builds the site without its search index (the search
 * page then finds nothing, so never publish such a build; the tests that
 * read only pages use it).
 */
export function searchIndexEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['SKIP_SEARCH_INDEX'] !== '1';
}
