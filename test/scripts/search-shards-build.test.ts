import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPages, writeSearchIndex, type Page } from '../../src/integrations/search-index.ts';

const work = mkdtempSync(join(tmpdir(), 'search-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A site of `n` indexed pages per language. */
function site(name: string, n: number): string {
  const dir = join(work, name);
  for (const lang of ['ja', 'en'] as const)
    for (let i = 0; i < n; i++) {
      const folder = join(dir, lang === 'en' ? 'en' : '', `p${i}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'index.html'),
        `<!doctype html><html lang="${lang}"><head><title>p${i}</title></head><body data-pagefind-body><h1>${lang === 'ja' ? 'バックアップ' : 'Backup'} ${i}</h1></body></html>`,
      );
    }
  return dir;
}

describe('the search index, built by shard threads', () => {
  it('builds both languages’ shards side by side and leaves every bundle in the site', async () => {
    const dir = site('ok', 6);
    const lines: string[] = [];
    const out = await writeSearchIndex(dir, join(work, 'cache-ok'), (m) => lines.push(m), indexedPages(dir));
    expect(out.ja).toMatchObject({ pages: 6, built: out.ja.shards, reused: 0 });
    expect(out.en).toMatchObject({ pages: 6, built: out.en.shards, reused: 0 });
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(readdirSync(join(dir, 'en', 'pagefind'))).toContain('pagefind.js');
    expect(lines.at(-1)).toMatch(/^\[search\] 索引の作成 全体 \d+ ms$/);
  }, 60_000);

  it('fails, naming the page, when a shard cannot be built, instead of hanging or leaving a half shard', async () => {
    const dir = site('broken', 2);
    const pages: Page[] = [...indexedPages(dir), { path: 'gone/index.html', sha: 'x', lang: 'ja' }];
    const cache = join(work, 'cache-broken');
    await expect(writeSearchIndex(dir, cache, () => {}, pages)).rejects.toThrow('gone/index.html');
    // Nothing half-made is kept as a finished shard.
    expect(readdirSync(cache).filter((name) => !name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
