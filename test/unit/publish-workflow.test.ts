/**
 * The publish workflow keeps every cache the build fills between runs: the
 * rendered images, each language's search-index shards and the pages of
 * Astro's incremental build (its manifest and copies, in Astro's default
 * cacheDir, node_modules/.astro/). A cache folder left out still gives the
 * same site, only slower (every image, shard or page of that kind rebuilt on
 * every publish), so nothing else would notice.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { DEFAULT_CACHE_DIR } from '../../src/images/image-cache.ts';
import {
  languageCacheDir,
  SEARCH_BUNDLES,
  searchCacheDir,
  type SearchLanguage,
} from '../../src/integrations/search-index.ts';

const ROOT = resolve(import.meta.dirname, '../..');

test('publish.yml caches the image cache, every language’s search shards and the incremental build', () => {
  type Step = { uses?: string; with?: { path?: string } };
  const workflow = parse(readFileSync(resolve(ROOT, '.github/workflows/publish.yml'), 'utf8')) as {
    jobs: { build: { steps: Step[] } };
  };
  const cached = workflow.jobs.build.steps
    .filter((s) => s.uses?.startsWith('actions/cache@'))
    .flatMap((s) => (s.with?.path ?? '').split('\n').map((p) => p.trim()))
    .filter(Boolean);
  const search = searchCacheDir({});
  const wanted = [
    DEFAULT_CACHE_DIR,
    ...(Object.keys(SEARCH_BUNDLES) as SearchLanguage[]).map((lang) => relative(ROOT, languageCacheDir(search, lang))),
    'node_modules/.astro/incremental-build.json',
    'node_modules/.astro/dist',
  ];
  expect(wanted).toContain('node_modules/.cache/aspic-search-en');
  expect(cached).toEqual(expect.arrayContaining(wanted));
});
