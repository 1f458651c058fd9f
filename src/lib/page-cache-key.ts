/**
 * The `cacheKey` of a page that Astro's incremental build
 * (`experimental.incrementalBuild`) may copy from the previous build instead
 * of rendering it again.
 *
 * Astro copies a page when its route's code (the module graph) and this key
 * are both unchanged. So the key must cover every piece of data the page
 * reads: its props and the site-wide inputs every page reads through
 * getSite() — the publication date (status and 公表留保 depend on it), the
 * site profile, the Form B template and the search dictionary. A key that
 * missed one would publish stale text, perhaps an answer whose withholding
 * has since begun, so the key is a digest of the data itself, never a
 * version number someone must remember to bump.
 *
 * The digest is of the data's JSON, with a Map or a Set written as its
 * entries in order, tagged. Anything else JSON cannot say exactly (a Date, a
 * class instance, a function, a non-finite number) throws instead of being
 * silently changed or dropped from the key. Object keys are taken in the
 * order they were written: the same data read by the same code gives the
 * same key, and data written in another order only costs a render.
 */
import { createHash } from 'node:crypto';

const memo = new WeakMap<object, string>();

/**
 * JSON.stringify's replacer: sees each value before toJSON (through the
 * holder) so a Date cannot slip through as its string.
 */
function plainOnly(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (typeof raw === 'object' && raw !== null) {
    if (Array.isArray(raw)) return value;
    const proto = Object.getPrototypeOf(raw) as unknown;
    if (proto === Object.prototype || proto === null) return value;
    // The template's look-up tables (byId …) are Maps: their entries are data the pages read.
    if (raw instanceof Map) return { '<Map>': [...raw] };
    if (raw instanceof Set) return { '<Set>': [...raw] };
    throw new TypeError(`ページのキャッシュキー: 「${key}」の値は JSON で表せません（${nameOf(raw)}）`);
  }
  if (typeof raw === 'number' && !Number.isFinite(raw))
    throw new TypeError(`ページのキャッシュキー: 「${key}」の値が有限の数ではありません`);
  if (typeof raw === 'function' || typeof raw === 'symbol' || typeof raw === 'bigint')
    throw new TypeError(`ページのキャッシュキー: 「${key}」の値は JSON で表せません（${typeof raw}）`);
  return value;
}

function nameOf(value: object): string {
  return (value.constructor as { name?: string } | undefined)?.name ?? 'object';
}

/** The JSON a key is made from (for the tests: what the digest sees). */
export function keyJson(value: unknown): string {
  return JSON.stringify(value, plainOnly) ?? 'undefined';
}

/**
 * A digest of plain data. An object's digest is remembered: a service's
 * published view is read by four routes (its page and certificate, in two
 * languages) and digested once.
 */
export function contentDigest(value: unknown): string {
  const object = typeof value === 'object' && value !== null ? value : undefined;
  const known = object && memo.get(object);
  if (known) return known;
  const digest = createHash('sha256').update(keyJson(value)).digest('base64url');
  if (object) memo.set(object, digest);
  return digest;
}

/**
 * Whether this build is incremental: yes unless INCREMENTAL_BUILD=0. Astro 7.3
 * writes a second copy of every keyed page into its cache, which cost a cold
 * build at 1,000 services about 5 s while pages were written one at a time;
 * with several pages in flight (build.concurrency in astro.config.mjs) the
 * writes overlap the rendering and a cold incremental build takes about what
 * a plain one did (docs/performance.md). A warm rebuild then renders only the
 * changed pages.
 */
export function incrementalBuildEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['INCREMENTAL_BUILD'] !== '0';
}

/** The key of one page: the site-wide inputs' digest and the page's own data. */
export function pageCacheKey(siteDigest: string, pageData: unknown): string {
  return `${siteDigest}.${contentDigest(pageData)}`;
}
