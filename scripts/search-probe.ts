/**
 * npm run search-probe -- <origin> <dist> [query...]
 * Measures Japanese segmentation mismatch (Pagefind issue #1237) on the built
 * index: for every katakana run and kanji compound in the indexed pages (or
 * the given queries), the services whose indexed text contains it literally
 * are compared with what Pagefind returns in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
import { listHtmlFiles } from '../test/support/dist-files.ts';

const [origin, dist, ...given] = process.argv.slice(2);
if (!origin || !dist) {
  console.log('使い方: npm run search-probe -- <origin> <dist> [query...]');
  process.exit(1);
}
// Indexed text per 認定番号: the data-pagefind-body part, tags stripped.
const texts = new Map<string, string>();
for (const f of listHtmlFiles(join(dist, 'services'))) {
  const html = readFileSync(f, 'utf8');
  const at = html.indexOf('data-pagefind-body');
  const id = /認定番号:(IP\d{4}-\d{4})/.exec(html)?.[1];
  if (at < 0 || !id) continue;
  texts.set(
    id,
    html
      .slice(at, html.indexOf('</main>'))
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;/g, ' '),
  );
}
const all = [...texts.values()].join(' ');
const queries =
  given.length > 0
    ? given
    : [...new Set(all.match(/[\p{Script=Katakana}ー・]{3,}|\p{Script=Han}{2,}/gu) ?? [])].filter((q) => !q.startsWith('ー'));

const browser = await chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(new URL('/', origin).href);
let misses = 0;
let extra = 0;
for (const q of queries) {
  const found: string[] = await page.evaluate(async (q) => {
    const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
    const r = await pf.search(q);
    return Promise.all(
      r.results.map(async (x: { data: () => Promise<{ meta: Record<string, string> }> }) => (await x.data()).meta['認定番号']!),
    );
  }, q);
  const truth = [...texts].filter(([, t]) => t.includes(q)).map(([id]) => id);
  const missed = truth.filter((id) => !found.includes(id));
  const surplus = found.filter((id) => !truth.includes(id));
  if (missed.length) misses++;
  if (surplus.length) extra++;
  if (given.length || missed.length)
    console.log(
      `${missed.length ? 'MISS' : 'ok  '}\t${q}\ttruth ${truth.length}\tfound ${found.length}\tmissed ${missed.join(',')}\tsurplus ${surplus.join(',')}`,
    );
}
console.log(`${queries.length} queries: ${misses} miss a service that contains the text; ${extra} return a service that does not`);
await browser.close();
