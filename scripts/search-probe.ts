/**
 * npm run search-probe -- <origin> <dist> [query...]
 * Measures Japanese segmentation mismatch (Pagefind issue #1237) on the built
 * index: for every katakana run and kanji compound in the indexed pages (or
 * the given queries), the services whose indexed text holds it literally are
 * compared with (a) what Pagefind alone returns and (b) the first list of the
 * /search/ page (which works around the mismatch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import sparticuz from '@sparticuz/chromium';
import { listHtmlFiles } from './lib/dist-files.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = '使い方: npm run search-probe -- <origin> <dist> [query...]';
const [origin, dist, ...given] = cliArgs({}, USAGE).positionals;
if (!origin || !dist) {
  console.log(USAGE);
  process.exit(1);
}
// Indexed text per 認定番号: the data-pagefind-body part up to </main>, without ignored navigation and scripts, tags stripped.
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
      .replace(/<nav[^>]*data-pagefind-ignore[\s\S]*?<\/nav>/g, ' ')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;/g, ' '),
  );
}
const all = [...texts.values()].join(' ');
const queries =
  given.length > 0
    ? given
    : [...new Set(all.match(/[\p{Script=Katakana}ー・]{3,}|\p{Script=Han}{2,}/gu) ?? [])].filter(
        (q) => !q.startsWith('ー'),
      );

async function pagefindOnly(page: Page, q: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js'; // served by the site, not a module of this project
    // Pagefind's own API, typed as far as this probe uses it.
    const pf = (await import(/* @vite-ignore */ url)) as {
      search: (q: string) => Promise<{ results: { data: () => Promise<{ meta: Record<string, string> }> }[] }>;
    };
    const r = await pf.search(q);
    return Promise.all(r.results.map(async (x) => (await x.data()).meta['認定番号']!));
  }, q);
}

async function searchPage(page: Page, q: string): Promise<string[]> {
  await page.locator('#search-q').fill(q);
  await page.waitForFunction((q) => document.getElementById('search-form')?.dataset['searched'] === q, q);
  return page
    .locator('#search-results .search-result__meta')
    .evaluateAll((els) => els.map((e) => /IP\d{4}-\d{4}/.exec(e.textContent ?? '')?.[0] ?? ''));
}

const browser = await chromium.launch({
  executablePath: await sparticuz.executablePath(),
  headless: true,
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
await page.goto(new URL('/', origin).href);
const ui = await browser.newPage();
await ui.goto(new URL('/search/', origin).href);
const tally = { pagefind: { miss: 0, extra: 0 }, page: { miss: 0, extra: 0 } };
for (const q of queries) {
  const truth = [...texts].filter(([, t]) => t.includes(q)).map(([id]) => id);
  const line = [q, `truth ${truth.length}`];
  const alone = await pagefindOnly(page, q);
  // Where Pagefind alone is exact the page's first list is too (it only adds pages holding the text), so only the others are run through the page.
  const exact = truth.length === alone.length && truth.every((id) => alone.includes(id));
  for (const [name, found] of [
    ['pagefind', alone],
    ['page', exact ? alone : await searchPage(ui, q)],
  ] as const) {
    const missed = truth.filter((id) => !found.includes(id));
    const surplus = found.filter((id) => !truth.includes(id));
    if (missed.length) tally[name].miss++;
    if (surplus.length) tally[name].extra++;
    line.push(`${name}: found ${found.length} missed ${missed.join(',') || '-'} surplus ${surplus.join(',') || '-'}`);
  }
  if (given.length || !line.slice(2).every((l) => l.includes('missed - surplus -'))) console.log(line.join('\t'));
}
console.log(
  `${queries.length} queries. Pagefind alone: ${tally.pagefind.miss} miss a service that holds the text, ${tally.pagefind.extra} return one that does not.`,
);
console.log(`/search/ first list: ${tally.page.miss} miss, ${tally.page.extra} return one that does not.`);
await browser.close();
