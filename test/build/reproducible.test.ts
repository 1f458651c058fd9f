import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroBuild, siteBuild, treeDigest } from './astro-build.ts';
import { publicationDate, requireDist } from '../support/paths.ts';

const TEST_DATE = '2026-11-26';
// Builds wait for each other (withBuildLock), so a build test may wait for another's build.
vi.setConfig({ testTimeout: 300_000 });

const work = mkdtempSync(join(tmpdir(), 'repro-'));
// The suite's build (dist/, or DIST_DIR) is the first of the two: it must be of the same date.
if (publicationDate() !== TEST_DATE) throw new Error(`dist/ must be built for ${TEST_DATE} (npm run build:test)`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('同じデータと同じ公表基準日からは同じサイトができる', () => {
  it('2回のビルドの出力（検索インデックスを含む）がバイト単位で一致する', () => {
    // The first build is the suite's own (npm run build:test, with the image and search caches warm);
    // the second starts from an empty search cache, so a cache that changed output would show here too.
    const b = siteBuild(join(work, 'b'), { PUBLICATION_DATE: TEST_DATE });
    expect(b.status, b.output).toBe(0);
    const da = treeDigest(requireDist());
    const db = treeDigest(join(work, 'b'));
    expect(da.size).toBeGreaterThan(10);
    expect(
      [...da.keys()].filter((p) => p.startsWith('pagefind/fragment/')).length,
      'the search index was built',
    ).toBeGreaterThan(0);
    expect([...db.keys()]).toEqual([...da.keys()]);
    const differing = [...da].filter(([path, hash]) => db.get(path) !== hash).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('公表基準日が変わると状態の判定が変わる（日付が実際に使われている）', () => {
    // One day after ip0002-1406's renewal decision window would not change anything;
    // a date two years on expires most certifications, so the list must differ.
    // Images are not compared here; without them the build is a third shorter.
    const later = astroBuild(join(work, 'later'), { PUBLICATION_DATE: '2029-01-01', SKIP_IMAGES: '1' });
    expect(later.status, later.output).toBe(0);
    const now = treeDigest(requireDist());
    const then = treeDigest(join(work, 'later'));
    expect(then.get('index.html')).not.toBe(now.get('index.html'));
  });

  it('PUBLICATION_DATE が日付でなければビルドは失敗し、理由を日本語で示す', () => {
    const r = astroBuild(join(work, 'bad-date'), { PUBLICATION_DATE: '2026-02-30' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('PUBLICATION_DATE');
    expect(r.output).toContain('YYYY-MM-DD');
  });
});
