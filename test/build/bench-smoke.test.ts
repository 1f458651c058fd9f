import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, withBuildLock } from './astro-build.ts';

describe('npm run bench (small smoke run, so the script cannot rot)', () => {
  it('builds a synthetic catalogue of 30 services and prints every phase, the floor ratio and the warm rebuild', () => {
    const r = withBuildLock(() =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/bench.ts'), '--services', '30', '--runs', '1'], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 300_000,
      }),
    );
    expect(r.status, r.stderr + r.stdout).toBe(0);
    for (const phase of [
      'データの読み込みと検査',
      'ページ',
      'オープンデータの書き出し',
      '画像',
      '検索索引',
      '素の Astro',
    ])
      expect(r.stdout).toContain(phase);
    expect(r.stdout).toContain('ベンチマーク: 30 件');
    // The build's own log gives the time spent reading and checking the catalogue: it must be found.
    expect(Number(/うちデータの読み込みと検査 \| (\d+\.\d+) s/.exec(r.stdout)?.[1])).toBeGreaterThan(0);
    // So does its page generation (wall clock; the per-page times overlap), and the English pages are part of it.
    const generation = Number(/うち HTML ページの生成 \| (\d+\.\d+) s/.exec(r.stdout)?.[1]);
    const englishPages = Number(/うち英語版のページ（\/en\/） \| (\d+\.\d+) s/.exec(r.stdout)?.[1]);
    expect(generation).toBeGreaterThan(0);
    expect(englishPages).toBeGreaterThan(0);
    expect(englishPages).toBeLessThan(generation);
    // Floor and build alternate: one ratio per pair with its two times (one pair in a one-run smoke), then the median.
    const pair = /下限比（[^）]+）: (\d+\.\d+)×（(\d+\.\d+) s ÷ (\d+\.\d+) s）、中央値 \d+\.\d+×/.exec(r.stdout);
    expect(pair, 'the ratio line gives each pair as build ÷ floor').not.toBeNull();
    const [ratio, build, floor] = pair!.slice(1).map(Number) as [number, number, number];
    expect(ratio).toBeCloseTo(build / floor, 1);
    expect(r.stdout).toMatch(/コールド全体（検査\+ビルド）: [\d.]+ s = 下限の \d+\.\d+×/);
    expect(r.stdout).toMatch(
      /ウォーム再ビルド（1件変更、画像と検索索引はキャッシュ）: \d+\.\d+ s = コールドの \d+\.\d+×（検査 [\d.]+ s \+ ビルド [\d.]+ s）/,
    );
    // The warm rebuild copies the unchanged service, certificate and item pages (Astro's incremental
    // build, on by default): most of the 30-service site's pages are copied.
    const warm = /前回のビルドから写したもの (\d+) 件、描画したもの (\d+) 件/.exec(r.stdout);
    expect(warm, 'the warm rebuild says how many pages it copied').not.toBeNull();
    expect(Number(warm![1])).toBeGreaterThan(Number(warm![2]));
    // The images integration's cost by kind, all three rendered from an empty cache.
    for (const kind of ['mark SVG', 'mark PNG', 'OG'])
      expect(r.stdout).toMatch(new RegExp(`うち ${kind} \\| [\\d.]+ s`));
    // Every target with its figure and a verdict.
    for (const target of ['下限の 2.0×', '下限の 8×', 'コールドの 0.25×', '最大メモリ < 4 GB', 'npm run check < 5 秒'])
      expect(r.stdout).toMatch(
        new RegExp(`\\| [^|]*${target.replace(/[.+]/g, '\\$&')}[^|]* \\| [^|]+ \\| (達成|未達) \\|`),
      );
    expect(r.stdout).toMatch(/条件で探すの索引（\/data\/match-index\.json）: [\d.]+ KB、gzip [\d.]+ KB/);
    // Both languages' search indexes are counted, and the English one is part of what the English edition adds.
    expect(r.stdout).toMatch(/\| 日本語 \d+ ページ・\d+ 分割、英語 \d+ ページ・\d+ 分割 \|/);
    // The index step's own time line was found (both languages' shards, built side by side).
    expect(Number(/\| 検索索引（[^|]*\| ([\d.]+) s/.exec(r.stdout)?.[1])).toBeGreaterThan(0);
    expect(r.stdout).toMatch(
      /英語版が足す時間: .* \+ 英語の検索索引 [\d.]+ s（Pagefind の時間） = [\d.]+ s、コールド全体の \d+%/,
    );
    expect(r.stderr).toContain('▶');
  }, 300_000);
});
