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
 * The digest is of canonical JSON (keys sorted; a Map or a Set as its entries
 * in order, tagged). Anything else JSON cannot say exactly (a Date, a class
 * instance, a function, a non-finite number) throws instead of being silently
 * dropped from the key.
 */
import { createHash } from 'node:crypto';

const memo = new WeakMap<object, string>();

/** Canonical JSON of plain data: sorted keys, `undefined` properties left out as JSON.stringify does. */
export function canonicalJson(value: unknown, path = '$'): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`ページのキャッシュキー: ${path} が有限の数ではありません`);
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((v, i) => canonicalJson(v ?? null, `${path}[${i}]`)).join(',')}]`;
      // The template's look-up tables (byId …) are Maps: their entries are data the pages read.
      if (value instanceof Map) return `{"<Map>":${canonicalJson([...value], path)}}`;
      if (value instanceof Set) return `{"<Set>":${canonicalJson([...value], path)}}`;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null)
        throw new TypeError(`ページのキャッシュキー: ${path} は JSON で表せない値です（${describe(value)}）`);
      const entries = Object.keys(value)
        .sort()
        .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
        .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], `${path}.${k}`)}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(`ページのキャッシュキー: ${path} は JSON で表せない値です（${typeof value}）`);
  }
}

function describe(value: object): string {
  return (value.constructor as { name?: string } | undefined)?.name ?? 'object';
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
  const digest = createHash('sha256').update(canonicalJson(value)).digest('base64url');
  if (object) memo.set(object, digest);
  return digest;
}

/** The key of one page: the site-wide inputs' digest and the page's own data. */
export function pageCacheKey(siteDigest: string, pageData: unknown): string {
  return `${siteDigest}.${contentDigest(pageData)}`;
}
