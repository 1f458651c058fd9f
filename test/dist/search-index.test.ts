/**
 * The built Pagefind index holds only certified services' pages, and the leak
 * scan reads its compressed fragments as text (including Pagefind's
 * zero-width word breaks), so a withheld answer in the index would be found.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { decompressMaybe } from '../../scripts/lib/dist-files.ts';
import { scanForLeaks } from '../support/leak-scan.ts';
import { requireDist } from '../support/paths.ts';
import { publishedView } from '../support/published-view.ts';
import { isValidStatus } from '../../src/rules/lifecycle.ts';

const dist = requireDist();

/** Site paths of every shard's bundle: the primary one and those shards.json lists. */
function bundles(): string[] {
  const list = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as { shards: string[] };
  return ['/pagefind/', ...list.shards];
}

function fragments(): { url: string; content: string; filters: Record<string, string[]> }[] {
  return bundles().flatMap((bundle) => {
    const dir = join(dist, bundle, 'fragment');
    return readdirSync(dir).map((f) => {
      const text = decompressMaybe(readFileSync(join(dir, f))).toString('utf8');
      expect(text.startsWith('pagefind_dcd'), f).toBe(true);
      return JSON.parse(text.slice('pagefind_dcd'.length));
    });
  });
}

test('the test build’s index is in two shards, each a whole Pagefind bundle, and no page is in both', () => {
  expect(bundles()).toEqual(['/pagefind/', '/pagefind/shard-1/']);
  for (const b of bundles()) expect(existsSync(join(dist, b, 'pagefind-entry.json')), b).toBe(true);
  const urls = fragments().map((f) => f.url);
  expect(new Set(urls).size).toBe(urls.length);
  // Every shard folder in the output is one the search page merges.
  const folders = readdirSync(join(dist, 'pagefind')).filter((n) => n.startsWith('shard-'));
  expect(folders.map((n) => `/pagefind/${n}/`)).toEqual(bundles().slice(1));
});

test('the index holds exactly the pages of services certified on the publication date, and the scheme pages', () => {
  const urls = fragments()
    .map((f) => f.url)
    .sort();
  const certified = publishedView()
    .services.filter((s) => isValidStatus(s.lifecycle.status))
    .map((s) => `/services/${s.id}/`);
  const schemePages = readdirSync(join(dist, 'about'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `/about/${d.name}/`);
  expect(urls).toEqual([...certified, '/about/', ...schemePages].sort());
});

test('facet values come from the published view: a withheld data-centre location is not one', () => {
  const ip0008 = fragments().find((f) => f.url === '/services/ip0008-2004/')!;
  expect(ip0008.filters['データセンター所在地']).toEqual(['大阪府']);
  expect(ip0008.filters['区分']).toEqual(['PaaS']);
});

test('service pages are indexed without the form’s fixed wording, so excerpts show the answers', () => {
  const { template } = publishedView();
  const guidance = [...new Set(template.rows.flatMap((r) => (r.guidance ? [r.guidance] : [])))];
  expect(guidance.length).toBeGreaterThan(0);
  const ip0002 = fragments().find((f) => f.url === '/services/ip0002-1406/')!;
  // Pagefind puts zero-width spaces between Japanese words; compare without them.
  const content = ip0002.content.replace(/\u200b/g, '');
  for (const g of guidance) expect(content, g).not.toContain(g);
  // Neither the column headings nor the 必須/選択 cells: 必須 is left only where the applicant wrote it.
  expect(content).not.toContain('必須/選択');
  const written = publishedView().services.find((s) => s.id === 'ip0002-1406')!;
  const inAnswers = JSON.stringify(written).match(/必須|選択/g)?.length ?? 0;
  expect(content.match(/必須|選択/g)?.length ?? 0).toBe(inAnswers);
  expect(content).not.toContain('比較に追加');
  // The item's own description stays searchable.
  expect(content).toContain('IaaS・PaaS の区分と提供する資源・機能の範囲');
});

test('the leak scan sees text inside a gzipped fragment whose words are split by zero-width spaces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-leak-'));
  try {
    const needle = '福岡市博多区の第二データセンター';
    const split = [...needle].join('\u200b');
    writeFileSync(join(dir, 'ja_0000000.pf_fragment'), gzipSync(Buffer.from(`pagefind_dcd{"content":"${split}"}`)));
    expect(scanForLeaks(dir, [needle]).length).toBeGreaterThan(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
