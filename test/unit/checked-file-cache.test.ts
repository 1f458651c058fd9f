/**
 * The cache of checked service files (src/data/checked-file-cache.ts) may
 * only ever save time: a read through it returns exactly what a read without
 * it returns, a changed file is checked again, a problem is always found and
 * placed, and a cached result is used only for the same bytes under the same
 * template.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkedFileCacheDir } from '../../src/data/checked-file-cache.ts';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { loadCatalogue, type Catalogue } from '../../src/data/load-catalogue.ts';
import { catalogue, edit, FILE, removeCatalogues, removeLater, ROOT, VALID } from '../support/bad-catalogue.ts';

afterEach(removeCatalogues);

function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-checked-files-'));
  removeLater(dir);
  return dir;
}

function refusal(dir: string, cache: string | null): CatalogueError {
  try {
    loadCatalogue(dir, ROOT, cache);
  } catch (e) {
    if (e instanceof CatalogueError) return e;
    throw e;
  }
  throw new Error('the catalogue should have been refused');
}

/** The only cache file of a cache folder, parsed, and a function that writes it back. */
function cacheFile(cache: string) {
  const names = readdirSync(cache).filter((f) => f.endsWith('.json'));
  expect(names).toHaveLength(1);
  const path = join(cache, names[0]!);
  const data = JSON.parse(readFileSync(path, 'utf8')) as {
    key: string;
    files: Record<string, { sha: string; record: { serviceName: string } }>;
  };
  return { data, write: () => writeFileSync(path, JSON.stringify(data)) };
}

describe('checking unchanged files once', () => {
  test('the sample catalogue reads the same with the cache, filling it and from it', () => {
    const cache = cacheDir();
    const plain = loadCatalogue(join(ROOT, 'content'), ROOT, null);
    const filling = loadCatalogue(join(ROOT, 'content'), ROOT, cache);
    const fromCache = loadCatalogue(join(ROOT, 'content'), ROOT, cache);
    // toStrictEqual: a property JSON would drop or change (undefined, a Date) fails here.
    expect(filling).toStrictEqual(plain);
    expect(fromCache).toStrictEqual(plain);
    expect(Object.keys(cacheFile(cache).data.files)).toHaveLength(plain.services.length);
  });

  test('a cached file’s cautions come back with their file, line and field', () => {
    const dir = catalogue({
      text: edit(VALID, 'providerName: 株式会社テスト\n', `providerName: '=HYPERLINK("x")'\n`),
    });
    const cache = cacheDir();
    const plain: Catalogue = loadCatalogue(dir, ROOT, null);
    expect(plain.warnings.length).toBeGreaterThan(0);
    loadCatalogue(dir, ROOT, cache);
    expect(loadCatalogue(dir, ROOT, cache).warnings).toStrictEqual(plain.warnings);
  });

  test('a file changed after it was cached is checked again, and its problem reported as without the cache', () => {
    const dir = catalogue();
    const cache = cacheDir();
    loadCatalogue(dir, ROOT, cache);
    const path = join(dir, 'services', FILE);
    writeFileSync(path, edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP0001-1399\n'));
    expect(refusal(dir, cache).problems).toStrictEqual(refusal(dir, null).problems);
  });

  test('a problem between files is placed in a file that came from the cache', () => {
    const dir = catalogue();
    const cache = cacheDir();
    loadCatalogue(dir, ROOT, cache);
    // A second file with the same serial: the cached file is not read as YAML, but the report still needs its line.
    writeFileSync(
      join(dir, 'services', 'ip0001-1303.yaml'),
      edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP0001-1303\n'),
    );
    const problems = refusal(dir, cache).problems;
    expect(problems).toStrictEqual(refusal(dir, null).problems);
    expect(problems.some((p) => p.field === 'certificationNumber' && p.line > 1)).toBe(true);
  });

  test('a cached result is used only for the same bytes under the same template', () => {
    const dir = catalogue();
    const cache = cacheDir();
    const name = loadCatalogue(dir, ROOT, cache).services[0]!.record.serviceName;
    // Plant a different name in the cache: a read that shows it has used the cache.
    const planted = cacheFile(cache);
    planted.data.files[FILE]!.record.serviceName = '（キャッシュから）';
    planted.write();
    expect(loadCatalogue(dir, ROOT, cache).services[0]!.record.serviceName).toBe('（キャッシュから）');
    // The same bytes under another template (a comment added) are checked again.
    writeFileSync(join(dir, 'form-b.yaml'), `${readFileSync(join(dir, 'form-b.yaml'), 'utf8')}\n# 変更\n`);
    expect(loadCatalogue(dir, ROOT, cache).services[0]!.record.serviceName).toBe(name);
    // And another sha for the same file name is a miss.
    const again = cacheFile(cache);
    again.data.files[FILE]!.record.serviceName = '（キャッシュから）';
    again.data.files[FILE]!.sha = '0'.repeat(64);
    again.write();
    expect(loadCatalogue(dir, ROOT, cache).services[0]!.record.serviceName).toBe(name);
  });

  test('an unreadable cache is a miss, not an error', () => {
    const dir = catalogue();
    const cache = cacheDir();
    const plain = loadCatalogue(dir, ROOT, cache);
    const names = readdirSync(cache).filter((f) => f.endsWith('.json'));
    writeFileSync(join(cache, names[0]!), '{"key": ');
    expect(loadCatalogue(dir, ROOT, cache)).toStrictEqual(plain);
  });

  test('CATALOGUE_CACHE=0 turns it off and CATALOGUE_CACHE_DIR moves it', () => {
    expect(checkedFileCacheDir({ CATALOGUE_CACHE: '0' })).toBeNull();
    expect(checkedFileCacheDir({ CATALOGUE_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(checkedFileCacheDir({})).toBe(join(ROOT, 'node_modules/.cache/aspic-catalogue'));
  });
});
