/**
 * Internal link check for a built static site.
 *
 * Looks at, in every .html file: href (a, area, link), src (img, script,
 * iframe, source, track, video, audio, embed, input), srcset (img, source),
 * poster (video), action (form), data (object), the content of og:image-like
 * and og:url metas, meta refresh URLs, and url(…) in <style> blocks and
 * style attributes; in every .css file: url(…); in every .xml file: <loc>.
 *
 * A reference is checked when it is same-site: a root-relative or relative
 * path, or an absolute http(s) URL on the site's own origin (from SITE_URL,
 * else from the pages' <link rel="canonical"> / og:url). mailto:, tel:,
 * javascript:, data:, blob: and other hosts are not checked.
 *
 * A path resolves when dist holds it as a file, or as a folder with
 * index.html. A #fragment must name an id (or <a name>) on the target page:
 * on the same page, and on another .html page of the site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { startTags, type StartTag } from './html-tags.ts';

export interface LinkRef {
  /** Page or file that holds the reference, relative to dist. */
  file: string;
  line: number;
  /** Where it was found, e.g. `a[href]`, `meta[property=og:image]`, `css url()`. */
  source: string;
  url: string;
}

export interface BrokenLink extends LinkRef {
  reason: string;
}

const URL_ATTRS: Record<string, readonly string[]> = {
  href: ['a', 'area', 'link'],
  src: ['img', 'script', 'iframe', 'source', 'track', 'video', 'audio', 'embed', 'input'],
  poster: ['video'],
  action: ['form'],
  data: ['object'],
};

/** meta property/name whose content is a URL on the site. */
export const URL_METAS = new Set([
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'og:url',
  'og:video',
  'og:audio',
  'twitter:image',
  'twitter:image:src',
  'msapplication-tileimage',
  'msapplication-config',
]);

/** The URL path a file is served at: index.html → /, a/index.html → /a/, 404.html → /404.html. */
export function pagePathOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g))
    out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return out.filter((u) => u !== '');
}

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,(?=\s)|,$/)
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');
}

/** Every URL-bearing reference in one page. */
export function pageRefs(file: string, tags: readonly StartTag[]): LinkRef[] {
  const refs: LinkRef[] = [];
  const add = (line: number, source: string, url: string) => {
    if (url.trim() !== '') refs.push({ file, line, source, url: url.trim() });
  };
  for (const t of tags) {
    for (const [attr, elements] of Object.entries(URL_ATTRS)) {
      const v = t.attrs.get(attr);
      if (v !== undefined && elements.includes(t.name)) add(t.line, `${t.name}[${attr}]`, v);
    }
    const srcset = t.attrs.get('srcset');
    if (srcset !== undefined && (t.name === 'img' || t.name === 'source'))
      for (const u of srcsetUrls(srcset)) add(t.line, `${t.name}[srcset]`, u);
    if (t.name === 'meta') {
      const key = (t.attrs.get('property') ?? t.attrs.get('name') ?? '').toLowerCase();
      const content = t.attrs.get('content') ?? '';
      if (URL_METAS.has(key)) add(t.line, `meta[${key}]`, content);
      if ((t.attrs.get('http-equiv') ?? '').toLowerCase() === 'refresh') {
        const m = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
        if (m) add(t.line, 'meta[http-equiv=refresh]', m[1]!);
      }
    }
    if (t.name === 'style' && t.rawText) for (const u of cssUrls(t.rawText)) add(t.line, 'style url()', u);
    const style = t.attrs.get('style');
    if (style) for (const u of cssUrls(style)) add(t.line, `${t.name}[style] url()`, u);
  }
  return refs;
}

/** ids (and <a name>) defined on a page. */
export function pageIds(tags: readonly StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    const id = t.attrs.get('id');
    if (id) ids.add(id);
    const name = t.attrs.get('name');
    if (t.name === 'a' && name) ids.add(name);
  }
  return ids;
}

/** The site origin: SITE_URL, else the first canonical / og:url found. Null when there is none. */
export function detectSiteOrigin(
  pages: ReadonlyMap<string, readonly StartTag[]>,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const fromEnv = env['SITE_URL'];
  if (fromEnv) return new URL(fromEnv).origin;
  for (const tags of pages.values()) {
    for (const t of tags) {
      const u =
        t.name === 'link' && (t.attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')
          ? t.attrs.get('href')
          : t.name === 'meta' && t.attrs.get('property') === 'og:url'
            ? t.attrs.get('content')
            : undefined;
      if (u && /^https?:\/\//i.test(u)) return new URL(u).origin;
    }
  }
  return null;
}

export interface LinkCheckResult {
  broken: BrokenLink[];
  /** How many references were checked (same-site ones). */
  checked: number;
  pages: number;
  siteOrigin: string | null;
}

export function checkLinks(distDir: string, env: NodeJS.ProcessEnv = process.env): LinkCheckResult {
  const files = listFiles(distDir).map((f) => relativePath(distDir, f));
  const pages = new Map<string, StartTag[]>();
  for (const f of files.filter((f) => f.toLowerCase().endsWith('.html')))
    pages.set(f, startTags(readFileSync(join(distDir, f), 'utf8')));
  const siteOrigin = detectSiteOrigin(pages, env);
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (rel: string) => {
    let ids = idsByPage.get(rel);
    if (!ids) idsByPage.set(rel, (ids = pageIds(pages.get(rel) ?? [])));
    return ids;
  };

  const refs: LinkRef[] = [];
  for (const [file, tags] of pages) refs.push(...pageRefs(file, tags));
  for (const f of files) {
    const lower = f.toLowerCase();
    if (lower.endsWith('.css')) {
      const css = readFileSync(join(distDir, f), 'utf8');
      for (const u of cssUrls(css)) refs.push({ file: f, line: 0, source: 'css url()', url: u });
    } else if (lower.endsWith('.xml')) {
      const xml = readFileSync(join(distDir, f), 'utf8');
      for (const m of xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g))
        refs.push({ file: f, line: 0, source: 'xml <loc>', url: m[1]!.replace(/&amp;/g, '&') });
    }
  }

  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const ref of refs) {
    const base = new URL(pagePathOf(ref.file), 'http://site.invalid');
    if (/^(mailto|tel|javascript|data|blob|about|sms|urn):/i.test(ref.url)) continue;
    let target: URL;
    try {
      target = new URL(ref.url, base);
    } catch {
      broken.push({ ...ref, reason: 'not a valid URL' });
      continue;
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') continue;
    const isAbsolute = /^([a-z][a-z0-9+.-]*:)?\/\//i.test(ref.url);
    if (isAbsolute && target.origin !== siteOrigin) continue; // another host
    checked++;

    let path: string;
    try {
      path = decodeURIComponent(target.pathname);
    } catch {
      broken.push({ ...ref, reason: 'malformed percent-encoding' });
      continue;
    }
    const rel = path.replace(/^\/+/, '');
    const abs = join(distDir, rel);
    let resolved: string | null = null;
    if (rel === '' || path.endsWith('/')) {
      if (existsSync(join(abs, 'index.html'))) resolved = relativePath(distDir, join(abs, 'index.html'));
    } else if (existsSync(abs) && statSync(abs).isFile()) {
      resolved = rel;
    } else if (existsSync(join(abs, 'index.html'))) {
      resolved = relativePath(distDir, join(abs, 'index.html'));
    }
    if (resolved === null) {
      broken.push({ ...ref, reason: `no file for ${path}` });
      continue;
    }
    const fragment = target.hash.slice(1);
    if (fragment === '' || fragment === 'top' || !resolved.toLowerCase().endsWith('.html')) continue;
    let id: string;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      id = fragment;
    }
    if (!idsOf(resolved).has(id)) {
      broken.push({
        ...ref,
        reason:
          resolved === ref.file
            ? `no element with id="${id}" on this page`
            : `no element with id="${id}" on ${resolved}`,
      });
    }
  }
  return { broken, checked, pages: pages.size, siteOrigin };
}

export function formatBrokenLinks(broken: readonly BrokenLink[], limit = 300): string {
  const lines = broken
    .slice(0, limit)
    .map((b) => `  ${b.file}${b.line ? `:${b.line}` : ''} ${b.source} ${JSON.stringify(b.url)} — ${b.reason}`);
  if (broken.length > limit) lines.push(`  … and ${broken.length - limit} more`);
  return `${broken.length} broken internal link(s):\n${lines.join('\n')}`;
}
