/**
 * One search index per language (issue 18): the Japanese pages are in
 * /pagefind/ as a Japanese index and nothing else, the English pages in
 * /en/pagefind/ as an English one; every indexed page's `<html lang>` is the
 * language of the index it is in, and the English index holds exactly the
 * English twins of what the Japanese one holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { decompressMaybe } from '../../scripts/lib/dist-files.ts';
import { requireDist } from '../support/paths.ts';
import { searchIndexPath } from '../../src/lib/paths.ts';
import { localePath } from '../../src/i18n/locale.ts';
import { startTags } from '../support/html-tags.ts';

const dist = requireDist();

function bundles(locale: 'ja' | 'en'): string[] {
  const root = searchIndexPath(locale);
  const list = JSON.parse(readFileSync(join(dist, root, 'shards.json'), 'utf8')) as { shards: string[] };
  return [root, ...list.shards];
}

/** Each bundle's languages, as its pagefind-entry.json declares them. */
const languagesOf = (bundle: string) =>
  Object.keys(
    (JSON.parse(readFileSync(join(dist, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: object }).languages,
  );

function urls(locale: 'ja' | 'en'): string[] {
  return bundles(locale)
    .flatMap((bundle) => {
      const dir = join(dist, bundle, 'fragment');
      return readdirSync(dir).map((f) => {
        const text = decompressMaybe(readFileSync(join(dir, f))).toString('utf8');
        return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
      });
    })
    .sort();
}

const htmlLang = (path: string) =>
  startTags(readFileSync(join(dist, path, 'index.html'), 'utf8'))
    .find((t) => t.name === 'html')!
    .attrs.get('lang');

test('the Japanese bundles hold a Japanese index only, the English bundles an English one only', () => {
  for (const b of bundles('ja')) expect(languagesOf(b), b).toEqual(['ja']);
  for (const b of bundles('en')) expect(languagesOf(b), b).toEqual(['en']);
  expect(bundles('en')[0]).toBe('/en/pagefind/');
});

test('every indexed page is in the index of its <html lang>, and the English index holds the twins of the Japanese', () => {
  const ja = urls('ja');
  const en = urls('en');
  expect(ja.length).toBeGreaterThan(0);
  for (const u of ja) expect([u, htmlLang(u)]).toEqual([u, 'ja']);
  for (const u of en) expect([u, htmlLang(u)]).toEqual([u, 'en']);
  expect(en).toEqual(ja.map((u) => localePath(u, 'en')).sort());
});

test('each search page is in its own language', () => {
  expect(htmlLang('/search/')).toBe('ja');
  expect(htmlLang('/en/search/')).toBe('en');
});
