/**
 * npm run lighthouse -- <base URL> [runs] — Lighthouse (mobile: emulated phone,
 * simulated slow 4G and CPU) on the pages people use most: the list, a
 * service page, compare with the 3 services of docs/secretariat.md's example and search with a
 * query. Prints the median performance and accessibility scores of `runs`
 * runs (default 3). A benchmark, not a test: scores move with the machine's
 * load. Runs the Chromium that @sparticuz/chromium ships; nothing is fetched.
 *
 *   npm run build && npx astro preview --port 4405 &
 *   npm run lighthouse -- http://localhost:4405
 */
import sparticuz from '@sparticuz/chromium';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from './lib/chromium.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = '使い方: npm run lighthouse -- <サイトの URL（例: http://localhost:4405）> [回数（既定 3）]';
const [base, runsArg] = cliArgs({}, USAGE, { maxPositionals: 2 }).positionals;
if (!base) {
  console.log(USAGE);
  process.exit(1);
}
const runs = Number(runsArg ?? 3);
const PAGES = [
  ['一覧', '/'],
  ['サービスのページ', '/services/ip0001-1302/'],
  ['比較（3件）', '/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210'],
  ['検索（バックアップ）', `/search/?q=${encodeURIComponent('バックアップ')}`],
  ['条件で探す', '/match/?availability-target=99.95&dc=%E5%A4%A7%E9%98%AA%E5%BA%9C'],
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const chrome = await chromeLauncher.launch({
  chromePath: await sparticuz.executablePath(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  console.log(`Lighthouse（モバイル）: ${runs} 回の中央値`);
  console.log('| ページ | 性能 | アクセシビリティ | LCP | CLS | TBT |\n| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, path] of PAGES) {
    const perf: number[] = [];
    const a11y: number[] = [];
    const lcp: number[] = [];
    const cls: number[] = [];
    const tbt: number[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(new URL(path, base).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const lhr = result!.lhr;
      perf.push(Math.round((lhr.categories['performance']?.score ?? 0) * 100));
      a11y.push(Math.round((lhr.categories['accessibility']?.score ?? 0) * 100));
      lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
      cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0);
      tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? 0);
    }
    console.log(
      `| ${name} | ${median(perf)} | ${median(a11y)} | ${(median(lcp) / 1000).toFixed(2)} s | ${median(cls).toFixed(3)} | ${Math.round(median(tbt))} ms |`,
    );
  }
} finally {
  chrome.kill();
}
