import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroBuild, ROOT, siteBuild, treeDigest } from './astro-build.ts';
import { publicationDate, requireDist } from '../support/paths.ts';
import { astroPages } from '../../scripts/bench/measure.ts';

const TEST_DATE = '2026-11-26';
// Builds wait for each other (withBuildLock), so a build test may wait for another's build.
vi.setConfig({ testTimeout: 300_000 });

const work = mkdtempSync(join(tmpdir(), 'repro-'));
// The suite's build (dist/, or DIST_DIR) is the first of the two: it must be of the same date.
if (publicationDate() !== TEST_DATE) throw new Error(`dist/ must be built for ${TEST_DATE} (npm run build:test)`);
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Astro's incremental build (the default) keeps its copies and manifest here: the first test's build
// is cold (an empty folder), the later ones start from what it left. The second test compares a warm
// build with a plain one (INCREMENTAL_BUILD=0), so copying pages must give the same site as rendering them.
const incrementalCache = join(work, 'astro-cache');
const INCREMENTAL = { ASTRO_CACHE_DIR: incrementalCache };

const pagesOf = astroPages;

/** A copy of the sample catalogue with one service renamed and another's answer changed. */
function changedCatalogue(): string {
  const content = join(work, 'changed-content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const edit = (id: string, from: RegExp, to: string) => {
    const file = join(content, 'services', `${id}.yaml`);
    const before = readFileSync(file, 'utf8');
    const after = before.replace(from, to);
    if (after === before) throw new Error(`${id}.yaml: ${from} が見つかりません`);
    writeFileSync(file, after);
  };
  // Certified: its name is on every item page, so every item page must render again.
  edit('ip0002-1406', /^serviceName: (.*)$/m, 'serviceName: $1 改');
  // Expired: only its own pages show its summary.
  edit('ip0003-1409', /^serviceSummary: (.*)$/m, 'serviceSummary: $1 窓口を増やしました。');
  return content;
}

describe('同じデータと同じ公表基準日からは同じサイトができる', () => {
  it('2回のビルドの出力（検索インデックスを含む）がバイト単位で一致する', () => {
    // The first build is the suite's own (npm run build:test, with the image and search caches warm);
    // the second starts from an empty search cache, so a cache that changed output would show here too.
    const b = siteBuild(join(work, 'b'), { PUBLICATION_DATE: TEST_DATE, ...INCREMENTAL });
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

  it('データが変わった後の差分ビルド（前回のページを写す）は、同じデータからの全体ビルドと一致する', () => {
    // Starts from the first test's build: its pages are in incrementalCache.
    const content = changedCatalogue();
    const env = { PUBLICATION_DATE: TEST_DATE, CATALOGUE_DIR: content, SKIP_IMAGES: '1' };
    // Started as if from another command ("_" is the shell's last command): Astro would write it into
    // the code, and every page would render again (astro.config.mjs removes it).
    const warm = astroBuild(join(work, 'warm'), { ...env, ...INCREMENTAL, _: '/usr/bin/npx' });
    expect(warm.status, warm.output).toBe(0);
    // Every page rendered, none copied: what the warm build must equal.
    const cold = astroBuild(join(work, 'cold'), {
      ...env,
      INCREMENTAL_BUILD: '0',
      ASTRO_CACHE_DIR: join(work, 'astro-cache-cold'),
    });
    expect(cold.status, cold.output).toBe(0);

    const { copied, rendered } = pagesOf(warm.output);
    // The unchanged services' pages were copied, not rendered…
    expect(copied).toContain('/services/ip0001-1302/index.html');
    expect(copied).toContain('/en/services/ip0004-1511/certificate/index.html');
    // …the changed services' pages and every item page (a renamed certified service is on each) were not.
    for (const id of ['ip0002-1406', 'ip0003-1409'])
      for (const page of ['', 'certificate/', 'en/'])
        expect(rendered).toContain(
          page.startsWith('en/') ? `/en/services/${id}/index.html` : `/services/${id}/${page}index.html`,
        );
    expect(copied.filter((p) => p.includes('/items/'))).toEqual([]);
    expect(pagesOf(cold.output).copied, 'the plain build copies nothing').toEqual([]);

    const w = treeDigest(join(work, 'warm'));
    const c = treeDigest(join(work, 'cold'));
    expect([...w.keys()]).toEqual([...c.keys()]);
    expect([...w].filter(([path, hash]) => c.get(path) !== hash).map(([path]) => path)).toEqual([]);
    // And the change is really in the output.
    expect(w.get('services/ip0002-1406/index.html')).not.toBe(
      treeDigest(requireDist()).get('services/ip0002-1406/index.html'),
    );
  });

  it('公表基準日が変わると状態の判定が変わり、差分ビルドでもすべてのページを描き直す', () => {
    // One day after ip0002-1406's renewal decision window would not change anything;
    // a date two years on expires most certifications, so the list must differ.
    // Images are not compared here; without them the build is a third shorter.
    // Status and 公表留保 depend on the date, so no page of an earlier date may be copied.
    const later = astroBuild(join(work, 'later'), {
      PUBLICATION_DATE: '2029-01-01',
      SKIP_IMAGES: '1',
      ...INCREMENTAL,
    });
    expect(later.status, later.output).toBe(0);
    expect(pagesOf(later.output).copied).toEqual([]);
    expect(pagesOf(later.output).rendered.length).toBeGreaterThan(100);
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
