/**
 * npm run bench:images [-- --runs N] — how long rendering every generated
 * image of the catalogue (CATALOGUE_DIR, default content/) takes with an
 * empty cache (cold) and with the cache a previous run left (warm). Each
 * measurement is a fresh Node process, so cold includes reading and parsing
 * the font, as in a real build. Prints medians, and the render threads' time
 * per kind of image (as the build's log does); CPU time above wall time means
 * both cores worked.
 */
import { spawnSync } from 'node:child_process';
import { cliArgs } from './lib/cli-args.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../src/data/load-catalogue.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { toStored } from '../src/data/stored-service.ts';
import { publishService, type PublishedService } from '../src/lib/publication.ts';
import { publicationDate } from '../src/lib/publication-date.ts';
import { ImageCache } from '../src/images/image-cache.ts';
import { writeImages, type ImageCosts } from '../src/images/image-set.ts';
import { serviceListJson } from '../src/lib/formats/service-json.ts';

// --child <cache folder> is how the benchmark runs each measurement in a fresh process.
const { values } = cliArgs(
  { child: { type: 'string' }, runs: { type: 'string' } },
  '使い方: npm run bench:images [-- --runs N]（カタログ〔CATALOGUE_DIR、既定 content/〕の画像を、キャッシュなし・ありで N 回〔既定 3〕描画して時間を測ります）',
  { maxPositionals: 0 },
);
const [mode, dir] = values.child === undefined ? [] : ['--child', values.child];

if (mode === '--child') {
  const started = performance.now();
  const { template, services } = loadCatalogue(resolveContentDir());
  const asOf = publicationDate();
  const published = services
    .map((s) => publishService(toStored(s.record), template, asOf))
    .filter((s): s is PublishedService => s !== null);
  const loaded = performance.now();
  const cpu = process.cpuUsage();
  const out = mkdtempSync(join(tmpdir(), 'aspic-images-bench-out-'));
  const entries = serviceListJson(published, asOf, new URL('https://example.jp/')).services;
  const batch = await writeImages(entries, out, new ImageCache(dir));
  const ms = performance.now() - loaded;
  rmSync(out, { recursive: true, force: true });
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    JSON.stringify({
      ms,
      cpuMs,
      files: batch.files,
      rendered: batch.rendered,
      cached: batch.cached,
      load: loaded - started,
      costs: batch.costs,
    }),
  );
} else {
  const runs = Number(values.runs ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs には 1 以上の整数を指定してください');
  const child = (cacheDir: string) => {
    const r = spawnSync(process.execPath, [import.meta.filename, '--child', cacheDir], {
      encoding: 'utf8',
      env: process.env,
    });
    if (r.status !== 0) throw new Error(r.stderr);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      ms: number;
      cpuMs: number;
      files: number;
      rendered: number;
      cached: number;
      costs: ImageCosts;
    };
  };
  const per = (k: { count: number; ms: number }) => `${k.count} × ${(k.count ? k.ms / k.count : 0).toFixed(1)} ms`;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const cold: number[] = [];
  const warm: number[] = [];
  const coldCpu: number[] = [];
  let last;
  for (let i = 0; i < runs; i++) {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aspic-images-bench-'));
    try {
      const c = child(cacheDir);
      const w = child(cacheDir);
      cold.push(c.ms);
      warm.push(w.ms);
      coldCpu.push(c.cpuMs);
      last = { c, w };
      console.log(
        `run ${i + 1}: cold ${Math.round(c.ms)} ms (CPU ${Math.round(c.cpuMs)} ms; ${c.rendered} rendered), ` +
          `warm ${Math.round(w.ms)} ms (${w.cached} from cache, ${w.rendered} rendered); ` +
          `thread time: mark SVG ${per(c.costs.markSvg)}, mark PNG ${per(c.costs.markPng)}, ` +
          `OG ${per(c.costs.og)}, English OG ${per(c.costs.ogEn)}`,
      );
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  console.log(
    // tsc needs the ! on this evolving `let`; the linter's type view does not.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    `${last!.c.files} files; median of ${runs}: cold ${Math.round(median(cold))} ms (CPU ${Math.round(median(coldCpu))} ms), warm ${Math.round(median(warm))} ms`,
  );
}
