/**
 * npm run bench -- [--services N] [--runs R] [--keep]
 *
 * Builds the whole site from a synthetic catalogue of N services and prints,
 * per phase, wall time (median of R runs) and peak memory, output size and
 * file counts; builds a bare Astro project with the same number of pages of
 * similar size (the framework's floor) and prints our ratio to it; then
 * changes one service and measures a warm rebuild.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticCatalogue, MAX_SERVICES } from './bench/synthetic-catalogue.ts';
import { writeFloorProject } from './bench/floor-project.ts';
import { median, runPhase, type PhaseResult } from './bench/measure.ts';
import { cliArgs } from './lib/cli-args.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SEARCH_INDEX = join(ROOT, 'scripts/search-index.ts');
const PUBLICATION_DATE = '2026-11-26';

const USAGE = `使い方: npm run bench -- [--services N] [--runs R] [--keep]

合成した N 件（既定 1000、認定番号の通番の上限により最大 ${MAX_SERVICES}）のカタログからサイト全体をビルドし、
工程ごとの所要時間（R 回の中央値）と最大メモリ、出力の大きさとファイル数を表示します。
同じページ数・同程度の大きさの HTML だけを出力する素の Astro プロジェクト（下限）とも比べ、
最後に1件のサービスを変更して再ビルド（ウォーム）の時間を測ります。
  --services N  サービス数（既定 1000）
  --runs R      繰り返し回数（既定: N ≤ 2000 なら 3、それより多ければ 1）
  --keep        作業フォルダを残す`;
const { values } = cliArgs(
  { services: { type: 'string' }, runs: { type: 'string' }, keep: { type: 'boolean' } },
  USAGE,
  { maxPositionals: 0 },
);
const requested = Number(values.services ?? 1000);
if (!Number.isInteger(requested) || requested < 1) {
  console.error('--services には 1 以上の整数を指定してください');
  process.exit(2);
}
const services = Math.min(requested, MAX_SERVICES);
const runs = Number(values.runs ?? (services <= 2000 ? 3 : 1));
const keep = values.keep ?? false;
const progress = (msg: string) => process.stderr.write(`▶ ${msg}\n`);

const work = mkdtempSync(join(tmpdir(), 'aspic-bench-'));
const content = join(work, 'content');
const env = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PUBLICATION_DATE, CATALOGUE_DIR: content };

function failIf(r: PhaseResult, what: string): PhaseResult {
  if (r.code !== 0) {
    console.error(`${what} が失敗しました（終了コード ${r.code}）:\n${r.output.slice(-4000)}`);
    process.exit(1);
  }
  return r;
}

/** Sum of Astro's per-route render times ("├─ /path (+12ms)") by kind of output. */
function routeTimes(log: string): { pages: number; images: number; data: number; count: Record<string, number> } {
  const out = { pages: 0, images: 0, data: 0, count: { pages: 0, images: 0, data: 0 } as Record<string, number> };
  for (const m of log.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = /\.(png|svg)$/.test(m[1]!)
      ? 'images'
      : /^\/data\/|\.(json|csv|xml|ics|txt|atom)$/.test(m[1]!)
        ? 'data'
        : 'pages';
    out[kind as 'pages'] += ms;
    out.count[kind]!++;
  }
  return out;
}

function treeStats(dir: string): { files: number; bytes: number; html: number; htmlBytes: number } {
  const s = { files: 0, bytes: 0, html: 0, htmlBytes: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        s.files++;
        s.bytes += st.size;
        if (name.endsWith('.html')) {
          s.html++;
          s.htmlBytes += st.size;
        }
      }
    }
  };
  walk(dir);
  return s;
}

/** "671 ページ、5 分割" from the search-index log line. */
function searchNote(log: string): string {
  const m = /\[search\] (\d+) ページを (\d+) 個/.exec(log);
  return m ? `${m[1]} ページ、${m[2]} 分割` : '';
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

progress(`合成カタログ ${services} 件を作成中（${work}）`);
writeSyntheticCatalogue(join(ROOT, 'content'), content, services);
if (requested > services) progress(`認定番号の通番は4桁のため ${requested} 件ではなく ${services} 件で測ります`);

const results: Record<string, PhaseResult[]> = { check: [], pages: [], full: [], search: [], floor: [] };
const routeRuns: ReturnType<typeof routeTimes>[] = [];
/** Reading and checking the catalogue inside the build (the content loader logs it). */
const contentRuns: number[] = [];
let outStats = treeStats(work);
let floorStats = outStats;

for (let run = 1; run <= runs; run++) {
  const out = join(work, `out-${run}`);
  progress(`${run}/${runs} データの読み込みと検査`);
  results.check!.push(
    failIf(
      await runPhase(process.execPath, [join(ROOT, 'scripts/check.ts'), content], { cwd: ROOT, env }),
      'npm run check',
    ),
  );

  progress(`${run}/${runs} ビルド（画像なし）`);
  const pagesOut = join(work, `pages-${run}`);
  const pages = failIf(
    await runPhase(process.execPath, [ASTRO, 'build', '--outDir', pagesOut], {
      cwd: ROOT,
      env: { ...env, SKIP_IMAGES: '1' },
    }),
    'astro build（画像なし）',
  );
  results.pages!.push(pages);
  routeRuns.push(routeTimes(pages.output));
  contentRuns.push(Number(/読み込み・検査 (\d+) ms/.exec(pages.output)?.[1] ?? 0));

  progress(`${run}/${runs} ビルド（画像あり、キャッシュなし）`);
  const cache = join(work, `image-cache-${run}`);
  results.full!.push(
    failIf(
      await runPhase(process.execPath, [ASTRO, 'build', '--outDir', out], {
        cwd: ROOT,
        env: { ...env, IMAGE_CACHE_DIR: cache },
      }),
      'astro build',
    ),
  );

  progress(`${run}/${runs} 検索索引（キャッシュなし）`);
  results.search!.push(
    failIf(
      await runPhase(process.execPath, [SEARCH_INDEX, out], {
        cwd: ROOT,
        env: { ...env, SEARCH_CACHE_DIR: join(work, `search-cache-${run}`) },
      }),
      '検索索引',
    ),
  );

  if (run === 1) {
    outStats = treeStats(out);
    const floorDir = join(work, 'floor');
    // Same number of HTML pages as our build emits, of the same average size.
    const perPage = outStats.htmlBytes / Math.max(1, outStats.html);
    writeFloorProject(floorDir, outStats.html - 1, perPage); // plus its own index page
    symlinkSync(join(ROOT, 'node_modules'), join(floorDir, 'node_modules'));
  }
  progress(`${run}/${runs} 素の Astro（下限）`);
  const floorDir = join(work, 'floor');
  results.floor!.push(
    failIf(
      await runPhase(process.execPath, [ASTRO, 'build'], {
        cwd: floorDir,
        env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      }),
      '素の Astro',
    ),
  );
  if (run === 1) floorStats = treeStats(join(floorDir, 'dist'));
  if (run < runs) {
    rmSync(pagesOut, { recursive: true, force: true });
  }
}

// Warm rebuild: one service changes; images come from the cache of the last cold run.
progress('ウォーム再ビルド（1件を変更）');
const changed = readdirSync(join(content, 'services')).sort()[0]!;
const changedPath = join(content, 'services', changed);
writeFileSync(
  changedPath,
  readFileSync(changedPath, 'utf8').replace(/serviceSummary: (.*)/, 'serviceSummary: $1（ベンチマークで変更）'),
);
const warmOut = join(work, 'warm');
const warmBuild = failIf(
  await runPhase(process.execPath, [ASTRO, 'build', '--outDir', warmOut], {
    cwd: ROOT,
    env: { ...env, IMAGE_CACHE_DIR: join(work, `image-cache-${runs}`) },
  }),
  'ウォーム再ビルド',
);
const warmSearch = failIf(
  await runPhase(process.execPath, [SEARCH_INDEX, warmOut], {
    cwd: ROOT,
    env: { ...env, SEARCH_CACHE_DIR: join(work, `search-cache-${runs}`) },
  }),
  'ウォーム再ビルドの検索索引',
);

const m = (k: string) => median(results[k]!.map((r) => r.ms));
const peak = (k: string) => Math.max(0, ...results[k]!.map((r) => r.peakRssMb));
const route = {
  pages: median(routeRuns.map((r) => r.pages)),
  data: median(routeRuns.map((r) => r.data)),
};
const imagesMs = Math.max(0, m('full') - m('pages'));
// The generated images are everything under /marks/ and /og/ (the only folders the image step writes).
const imageFiles = ['marks', 'og']
  .map((d) => join(work, `out-${runs}`, d))
  .filter((d) => existsSync(d))
  .reduce((n, d) => n + treeStats(d).files, 0);
const searchMs = m('search');
const oursMs = m('pages') + searchMs;
const coldMs = m('check') + m('full') + searchMs;
const warmMs = m('check') + warmBuild.ms + warmSearch.ms;

const rows: [string, string, string, string][] = [
  ['データの読み込みと検査', sec(m('check')), `${peak('check').toFixed(0)} MB`, `${services} 件`],
  ['ページ（画像なしのビルド全体）', sec(m('pages')), `${peak('pages').toFixed(0)} MB`, `HTML ${outStats.html} 件`],
  ['  うちデータの読み込みと検査', sec(median(contentRuns)), '（同上）', 'コンテンツ層のローダー'],
  ['  うち HTML ページの描画', sec(route.pages), '（同上）', 'Astro の経路ごとの描画時間の合計'],
  ['  うちオープンデータの描画', sec(route.data), '（同上）', '同上（JSON・CSV・フィード・iCalendar）'],
  [
    '画像（差分: 全体 − 画像なし）',
    sec(imagesMs),
    `${peak('full').toFixed(0)} MB`,
    imageFiles ? `${imageFiles} 件、1件あたり ${(imagesMs / imageFiles).toFixed(1)} ms` : '画像なし',
  ],
  [
    '検索索引（Pagefind、分割）',
    sec(searchMs),
    `${peak('search').toFixed(0)} MB`,
    searchNote(results.search!.at(-1)!.output),
  ],
  [
    '素の Astro（下限）',
    sec(m('floor')),
    `${peak('floor').toFixed(0)} MB`,
    `HTML ${floorStats.html} 件、平均 ${(floorStats.htmlBytes / Math.max(1, floorStats.html) / 1024).toFixed(1)} KB`,
  ],
];
console.log(
  `\nベンチマーク: ${services} 件、${runs} 回の中央値（Node ${process.version}、公表基準日 ${PUBLICATION_DATE}）`,
);
console.log('| 工程 | 時間 | 最大メモリ | 備考 |\n| --- | ---: | ---: | --- |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\n出力: ${outStats.files} ファイル、${mb(outStats.bytes)}（HTML ${outStats.html} 件、平均 ${(outStats.htmlBytes / Math.max(1, outStats.html) / 1024).toFixed(1)} KB）`,
);
console.log(`下限比（画像なしのビルド ÷ 素の Astro）: ${(m('pages') / m('floor')).toFixed(2)}×`);
console.log(`下限比（ページ+検索+データ ÷ 素の Astro）: ${(oursMs / m('floor')).toFixed(2)}×`);
console.log(`コールド全体（検査+ビルド+検索）: ${sec(coldMs)}`);
console.log(
  `ウォーム再ビルド（1件変更、画像と検索索引はキャッシュ）: ${sec(warmMs)} = コールドの ${(warmMs / coldMs).toFixed(2)}×` +
    `（検査 ${sec(m('check'))} + ビルド ${sec(warmBuild.ms)} + 検索索引 ${sec(warmSearch.ms)}）`,
);
// The matcher's index is the only data /match/ loads; its size is a target (< 30 KB gzip at 1,000 services).
const matchIndexFile = join(work, `out-${runs}`, 'data', 'match-index.json');
if (existsSync(matchIndexFile)) {
  const raw = readFileSync(matchIndexFile);
  console.log(
    `条件で探すの索引（/data/match-index.json）: ${(raw.length / 1024).toFixed(1)} KB、gzip ${(gzipSync(raw).length / 1024).toFixed(1)} KB`,
  );
}
console.log(`最大メモリ（全工程）: ${Math.max(...Object.keys(results).map(peak), warmBuild.peakRssMb).toFixed(0)} MB`);

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`作業フォルダ: ${work}`);
