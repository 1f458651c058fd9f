/**
 * npm run bench -- [--services N] [--runs R] [--keep]
 *
 * Builds the whole site from a synthetic catalogue of N services and prints,
 * per phase, wall time (median of R runs) and peak memory, output size and
 * file counts; builds a bare Astro project with the same number of pages of
 * similar size (the framework's floor) and prints our ratio to it; then
 * changes one service and measures a warm rebuild. Last, every target of
 * issue 16 with its figure and whether it holds.
 *
 * The floor and our build without images alternate (B A B A …) and the
 * ratio is taken pair by pair, then the median: on a shared machine the load
 * changes from minute to minute, and two builds run back to back see about
 * the same load, so one noisy phase cannot skew the ratio.
 */
import { spawnSync } from 'node:child_process';
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
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticCatalogue, MAX_SERVICES } from './bench/synthetic-catalogue.ts';
import { writeFloorProject } from './bench/floor-project.ts';
import { astroDuration, astroPages, median, runPhase, type PhaseResult } from './bench/measure.ts';
import { cliArgs } from './lib/cli-args.ts';
import { incrementalBuildEnabled } from '../src/lib/page-cache-key.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(ROOT, 'scripts/build.ts');
const PUBLICATION_DATE = '2026-11-26';

const USAGE = `使い方: npm run bench -- [--services N] [--runs R] [--keep]

合成した N 件（既定 1000、認定番号の通番の上限により最大 ${MAX_SERVICES}）のカタログからサイト全体をビルドし、
工程ごとの所要時間（R 回の中央値）と最大メモリ、出力の大きさとファイル数を表示します。
同じページ数・同程度の大きさの HTML だけを出力する素の Astro プロジェクト（下限）とも比べ、
最後に1件のサービスを変更して再ビルド（ウォーム）の時間を測ります。
  --services N  サービス数（既定 1000）
  --runs R      繰り返し回数（既定: N ≤ 2000 なら 3、それより多ければ 1）
  --keep        作業フォルダを残す
環境変数 INCREMENTAL_BUILD=0 を付けると、Astro の差分ビルド（変わっていないページを前回から写す）なしで測ります。`;
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

async function failIf(phase: Promise<PhaseResult>, what: string): Promise<PhaseResult> {
  const r = await phase;
  if (r.code !== 0) {
    console.error(`${what} が失敗しました（終了コード ${r.code}）:\n${r.output.slice(-4000)}`);
    process.exit(1);
  }
  return r;
}

/**
 * Astro's page generation, wall clock: the "✓ Completed in 12.87s." after
 * "generating static routes". With several pages in flight
 * (build.concurrency) the per-route times overlap, so their sum is not it.
 */
function generationMs(log: string): number {
  const from = log.indexOf('generating static routes');
  if (from < 0) return 0;
  return astroDuration(/✓ Completed in (.+?)\.\s*$/m.exec(log.slice(from))?.[1] ?? '');
}

/**
 * The English edition's (/en/) share of the page generation, by page count:
 * with several pages in flight Astro's per-page times overlap and cannot be
 * told apart in its log, and an English page costs about what its Japanese
 * one does. (Timing a build without /en/ would need a second build and
 * another source tree.)
 */
function englishShare(log: string): { pages: number; share: number } {
  const { copied, rendered } = astroPages(log);
  const all = [...copied, ...rendered];
  const pages = all.filter((p) => p.startsWith('/en/')).length;
  return { pages, share: all.length ? pages / all.length : 0 };
}

/** A number the build logged, by the line's pattern (0 when absent). */
const logged = (log: string, re: RegExp): number => Number(re.exec(log)?.[1] ?? 0);

/** Thread time per rendered image by kind, from the images integration's "render cost" line. */
function renderCosts(log: string): { kind: string; count: number; ms: number }[] {
  const line = /render cost: (.*)/.exec(log)?.[1] ?? '';
  return [...line.matchAll(/(mark SVG|mark PNG|English OG|OG) (\d+) × ([\d.]+) ms/g)].map((m) => ({
    kind: m[1]!,
    count: Number(m[2]),
    ms: Number(m[3]),
  }));
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

/** Each language's search-index line: `[search]` (Japanese) and `[search:en]`, with pages, shards and its shards' Pagefind time. */
function searchPasses(log: string): { lang: string; pages: number; shards: number; ms: number }[] {
  return [...log.matchAll(/\[search(?::(\w+))?\] (\d+) ページを (\d+) 個.*?(\d+) ms/g)].map((m) => ({
    lang: m[1] ?? 'ja',
    pages: Number(m[2]),
    shards: Number(m[3]),
    ms: Number(m[4]),
  }));
}

/** "日本語 671 ページ・5 分割、英語 669 ページ・2 分割" from the search-index log lines. */
function searchNote(log: string): string {
  const names: Record<string, string> = { ja: '日本語', en: '英語' };
  return searchPasses(log)
    .map((p) => `${names[p.lang] ?? p.lang} ${p.pages} ページ・${p.shards} 分割`)
    .join('、');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

progress(`合成カタログ ${services} 件を作成中（${work}）`);
writeSyntheticCatalogue(join(ROOT, 'content'), content, services);
if (requested > services) progress(`認定番号の通番は4桁のため ${requested} 件ではなく ${services} 件で測ります`);

/**
 * `npm run build` into outDir (scripts/build.ts: astro build with images drawn
 * beside it, then images and search index). The peak is the whole process tree's.
 */
function siteBuild(outDir: string, buildEnv: Record<string, string>, what: string): Promise<PhaseResult> {
  return failIf(runPhase(process.execPath, [BUILD, '--outDir', outDir], { cwd: ROOT, env: buildEnv }), what);
}

const results: Record<string, PhaseResult[]> = { check: [], pages: [], full: [], floor: [] };
/** Floor ÷ build-without-images, pair by pair. */
const ratios: number[] = [];
let outStats = treeStats(work);
let floorStats = outStats;
const floorDir = join(work, 'floor');
/**
 * Both sides of a pair start alike: Astro empties its output folder first, and
 * ours always builds into a new one, so the floor's previous output is removed
 * before it too (emptying 4,157 pages took about 1 s of the floor's 7 s at
 * 1,000 services, which made every pair after the first flatter than it was).
 * And the disk writes of the phase before (the catalogue, the previous full
 * build) are flushed first, so they are not billed to the next phase.
 */
function settle(...folders: string[]): void {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
  spawnSync('sync');
}
const floorBuild = () =>
  failIf(
    runPhase(process.execPath, [ASTRO, 'build'], {
      cwd: floorDir,
      env: { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    }),
    '素の Astro',
  );

/**
 * Each run's own cache of checked files, empty at its start: the check reads
 * every file and fills it, and that run's builds read it, as a build after
 * `npm run check` does (src/data/checked-file-cache.ts).
 */
const checkedFiles = (run: number) => ({ CATALOGUE_CACHE_DIR: join(work, `catalogue-cache-${run}`) });
for (let run = 1; run <= runs; run++) {
  progress(`${run}/${runs} データの読み込みと検査`);
  settle();
  results.check!.push(
    await failIf(
      runPhase(process.execPath, [join(ROOT, 'scripts/check.ts'), content], {
        cwd: ROOT,
        env: { ...env, ...checkedFiles(run) },
      }),
      'npm run check',
    ),
  );

  progress(`${run}/${runs} ビルド（画像・検索索引なし）`);
  const pagesOut = join(work, `pages-${run}`);
  settle(pagesOut);
  // `astro build` alone: the images and the search index are written after it (scripts/finish-site.ts).
  const pages = await failIf(
    runPhase(process.execPath, [ASTRO, 'build', '--outDir', pagesOut], {
      cwd: ROOT,
      // Its own, empty cache folder: a cold build renders every page (no incremental copies).
      env: { ...env, ...checkedFiles(run), ASTRO_CACHE_DIR: join(work, `astro-cache-pages-${run}`) },
    }),
    'astro build（画像・検索索引なし）',
  );
  results.pages!.push(pages);
  if (run === 1) {
    // The floor has as many HTML pages as our build emits, of the same average size.
    outStats = treeStats(pagesOut);
    const perPage = outStats.htmlBytes / Math.max(1, outStats.html);
    writeFloorProject(floorDir, outStats.html - 1, perPage); // plus its own index page
    symlinkSync(join(ROOT, 'node_modules'), join(floorDir, 'node_modules'));
  }
  progress(`${run}/${runs} 素の Astro（下限）`);
  settle(join(floorDir, 'dist'));
  const floor = await floorBuild();
  results.floor!.push(floor);
  ratios.push(pages.ms / floor.ms);
  if (run === 1) floorStats = treeStats(join(floorDir, 'dist'));
  rmSync(pagesOut, { recursive: true, force: true });

  progress(`${run}/${runs} ビルド（画像・検索索引あり、キャッシュなし）`);
  settle();
  results.full!.push(
    await siteBuild(
      join(work, `out-${run}`),
      {
        ...env,
        ...checkedFiles(run),
        IMAGE_CACHE_DIR: join(work, `image-cache-${run}`),
        SEARCH_CACHE_DIR: join(work, `search-cache-${run}`),
        ASTRO_CACHE_DIR: join(work, `astro-cache-${run}`),
      },
      'npm run build',
    ),
  );
  if (run < runs) rmSync(join(work, `out-${run}`), { recursive: true, force: true });
}
const fullOut = join(work, `out-${runs}`);
outStats = treeStats(fullOut);

// Warm rebuild: one service changes; pages (Astro's incremental build), images and search shards
// come from the caches of the last cold run.
progress('ウォーム再ビルド（1件を変更）');
settle();
const changed = readdirSync(join(content, 'services')).sort()[0]!;
const changedPath = join(content, 'services', changed);
writeFileSync(
  changedPath,
  readFileSync(changedPath, 'utf8').replace(/serviceSummary: (.*)/, 'serviceSummary: $1（ベンチマークで変更）'),
);
// The check after the change, as the secretariat runs it: only the changed file is read again.
const warmCheck = await failIf(
  runPhase(process.execPath, [join(ROOT, 'scripts/check.ts'), content], {
    cwd: ROOT,
    env: { ...env, ...checkedFiles(runs) },
  }),
  'npm run check（変更後）',
);
const warmBuild = await siteBuild(
  join(work, 'warm'),
  {
    ...env,
    ...checkedFiles(runs),
    IMAGE_CACHE_DIR: join(work, `image-cache-${runs}`),
    SEARCH_CACHE_DIR: join(work, `search-cache-${runs}`),
    ASTRO_CACHE_DIR: join(work, `astro-cache-${runs}`),
  },
  'ウォーム再ビルド',
);

const m = (k: string) => median(results[k]!.map((r) => r.ms));
const peak = (k: string) => Math.max(0, ...results[k]!.map((r) => r.peakRssMb));
const fromLogs = (k: string, re: RegExp) => median(results[k]!.map((r) => logged(r.output, re)));
const contentMs = fromLogs('pages', /読み込み・検査 (\d+) ms/);
const openDataMs = fromLogs('pages', /オープンデータ \d+ ファイルを書き出し (\d+) ms/);
const openDataWaitMs = fromLogs('pages', /ページの後の待ち (\d+) ms/);
const openDataFiles = logged(results.pages![0]!.output, /オープンデータ (\d+) ファイル/);
const pagesRenderMs = median(results.pages!.map((r) => generationMs(r.output)));
const english = results.pages!.map((r) => englishShare(r.output));
const englishPagesMs = median(results.pages!.map((r, i) => generationMs(r.output) * english[i]!.share));
const englishOg = renderCosts(results.full!.at(-1)!.output).find((c) => c.kind === 'English OG');
// Image threads run on every core: thread time ÷ cores is what they add to the wall clock.
const englishOgMs = englishOg ? (englishOg.count * englishOg.ms) / availableParallelism() : 0;
const imagesMs = fromLogs('full', /catalogue-images\] \d+ files: .*\((\d+) ms\)/);
const imageFiles = logged(results.full!.at(-1)!.output, /catalogue-images\] (\d+) files/);
// The whole index step (both languages' shards, built side by side when small); each language's line gives its Pagefind time.
const searchMs = fromLogs('full', /\[search\] 索引の作成 全体 (\d+) ms/);
const englishSearchMs = median(results.full!.map((r) => searchPasses(r.output).find((p) => p.lang === 'en')?.ms ?? 0));
const checkMs = m('check');
const coldMs = checkMs + m('full');
const warmMs = warmCheck.ms + warmBuild.ms;
const ratio = median(ratios);
const peakAll = Math.max(...Object.keys(results).map(peak), warmCheck.peakRssMb, warmBuild.peakRssMb);

const rows: [string, string, string, string][] = [
  ['データの読み込みと検査（npm run check）', sec(checkMs), `${peak('check').toFixed(0)} MB`, `${services} 件`],
  [
    'ページ（画像・検索索引なしのビルド全体）',
    sec(m('pages')),
    `${peak('pages').toFixed(0)} MB`,
    `HTML ${outStats.html} 件`,
  ],
  ['  うちデータの読み込みと検査', sec(contentMs), '（同上）', 'コンテンツ層のローダー'],
  [
    '  うち HTML ページの生成',
    sec(pagesRenderMs),
    '（同上）',
    'Astro の「generating static routes」の時間（差分ビルドの写しの書き込みを含む）',
  ],
  [
    '  うち英語版のページ（/en/）',
    sec(englishPagesMs),
    '（同上）',
    `${english[0]?.pages ?? 0} ページ、ページの生成 × ページ数の割合（${((100 * englishPagesMs) / Math.max(1, pagesRenderMs)).toFixed(0)}%）`,
  ],
  [
    '  うちオープンデータの書き出しを待った時間',
    sec(openDataWaitMs),
    '（同上）',
    `${openDataFiles} ファイル（JSON・CSV・フィード・iCalendar）。ページの生成と並べて別のスレッドで ${sec(openDataMs)}`,
  ],
  [
    '画像（Astro の後の別プロセス、キャッシュなし。下の並べて描いた分を除く）',
    sec(imagesMs),
    '（ビルド全体の行）',
    imageFiles ? `${imageFiles} 件、1件あたり ${(imagesMs / imageFiles).toFixed(1)} ms` : '画像なし',
  ],
  ...renderCosts(results.full!.at(-1)!.output).map((c): [string, string, string, string] => [
    `  うち ${c.kind}`,
    sec(c.count * c.ms),
    '（同上）',
    `${c.count} 件 × ${c.ms.toFixed(1)} ms（描画スレッドの時間）`,
  ]),
  [
    '画像のうちページの生成と並べて描いた分',
    sec(fromLogs('full', /ページの生成と並べて \d+ 件分を描画（キャッシュへ、新規 \d+）(\d+) ms/)),
    '（同上）',
    `${logged(results.full!.at(-1)!.output, /ページの生成と並べて \d+ 件分を描画（キャッシュへ、新規 (\d+)）/)} 件（1 スレッド、scripts/warm-image-cache.ts）`,
  ],
  ['検索索引（同じプロセス、Pagefind、分割）', sec(searchMs), '（同上）', searchNote(results.full!.at(-1)!.output)],
  ['ビルド全体（画像・検索索引あり）', sec(m('full')), `${peak('full').toFixed(0)} MB`, 'npm run build と同じ'],
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
console.log(
  `下限比（画像・検索索引なしのビルド ÷ 素の Astro、交互に実行した組ごと）: ${ratios.map((r, i) => `${r.toFixed(2)}×（${sec(results.pages![i]!.ms)} ÷ ${sec(results.floor![i]!.ms)}）`).join('、')}、中央値 ${ratio.toFixed(2)}×`,
);
console.log(`コールド全体（検査+ビルド）: ${sec(coldMs)} = 下限の ${(coldMs / m('floor')).toFixed(2)}×`);
console.log(
  `ウォーム再ビルド（1件変更、画像と検索索引はキャッシュ）: ${sec(warmMs)} = コールドの ${(warmMs / coldMs).toFixed(2)}×` +
    `（検査 ${sec(warmCheck.ms)} + ビルド ${sec(warmBuild.ms)}）`,
);
const { copied: warmCopiedPages, rendered: warmRenderedPages } = astroPages(warmBuild.output);
const warmCopied = warmCopiedPages.length;
const warmRendered = warmRenderedPages.length;
console.log(
  `ウォーム再ビルドのページ: 前回のビルドから写したもの ${warmCopied} 件、描画したもの ${warmRendered} 件` +
    `（差分ビルド ${incrementalBuildEnabled() ? 'あり' : 'なし'}）`,
);
// The matcher's index is the only data /match/ loads; its size is a target (< 30 KB gzip at 1,000 services).
const matchIndexFile = join(fullOut, 'data', 'match-index.json');
if (existsSync(matchIndexFile)) {
  const raw = readFileSync(matchIndexFile);
  console.log(
    `条件で探すの索引（/data/match-index.json）: ${(raw.length / 1024).toFixed(1)} KB、gzip ${(gzipSync(raw).length / 1024).toFixed(1)} KB`,
  );
}
console.log(
  `英語版が足す時間: ページ ${sec(englishPagesMs)} + 英語の OG 画像 ${sec(englishOgMs)}（描画スレッドの時間 ÷ ${availableParallelism()} コア）` +
    ` + 英語の検索索引 ${sec(englishSearchMs)}（Pagefind の時間）` +
    ` = ${sec(englishPagesMs + englishOgMs + englishSearchMs)}、コールド全体の ${((100 * (englishPagesMs + englishOgMs + englishSearchMs)) / coldMs).toFixed(0)}%`,
);
console.log(`最大メモリ（全工程）: ${peakAll.toFixed(0)} MB`);

// Issue 16's targets: each with its figure and whether it holds. Some are set for one catalogue size only.
const at1000 = services === 1000 ? '' : '（目標は 1,000 件で）';
const targets: [string, string, boolean][] = [
  ['画像・検索索引なしのビルド ≤ 下限の 2.0×（組ごとの比の中央値）', `${ratio.toFixed(2)}×`, ratio <= 2],
  [`コールド全体 ≤ 下限の 8×${at1000}`, `${(coldMs / m('floor')).toFixed(2)}×`, coldMs / m('floor') <= 8],
  ['ウォーム再ビルド ≤ コールドの 0.25×', `${(warmMs / coldMs).toFixed(2)}×`, warmMs / coldMs <= 0.25],
  ['最大メモリ < 4 GB', `${(peakAll / 1024).toFixed(2)} GB`, peakAll < 4096],
  [`npm run check < 5 秒${at1000}`, sec(checkMs), checkMs < 5000],
];
console.log('\n| 目標 | 値 | 判定 |\n| --- | ---: | --- |');
for (const [what, figure, holds] of targets) console.log(`| ${what} | ${figure} | ${holds ? '達成' : '未達'} |`);

if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`作業フォルダ: ${work}`);
