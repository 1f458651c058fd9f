/**
 * Search end to end in Chromium against the built Pagefind index, through the
 * /search/ page a reader uses: the search-quality set (precision and recall
 * per query, printed), facets, 認定番号 in any form, tombstones never found,
 * and no script on ordinary pages until the search box is used.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { requireDist } from '../support/paths.ts';

const browser = useBrowser();

/** Query → the services (認定番号 serials) a reader must get, and only those. */
const QUALITY_SET: { q: string; kind: string; expect: string[] }[] = [
  { q: '生体認証', kind: '漢字複合語', expect: ['0001', '0007', '0008', '0010'] },
  { q: '二要素認証', kind: '漢字複合語', expect: ['0009'] },
  { q: '大規模', kind: '漢字複合語（#1237: 索引は「最大/規模」）', expect: ['0007', '0008'] },
  { q: '免震構造', kind: '漢字複合語', expect: ['0001', '0002', '0007', '0008', '0009', '0010', '0011', '0012'] },
  { q: '入退室管理', kind: '漢字複合語', expect: ['0011'] },
  { q: '個人情報保護', kind: '漢字複合語', expect: ['0001', '0002', '0007', '0008', '0009', '0010', '0011', '0012'] },
  { q: 'ベアメタル', kind: 'カタカナ', expect: ['0007'] },
  { q: 'コンテナ', kind: 'カタカナ', expect: ['0002', '0008'] },
  { q: 'サーバーレス', kind: 'カタカナ', expect: ['0012'] },
  { q: 'ブロックストレージ', kind: 'カタカナ複合語', expect: ['0001', '0010', '0011'] },
  { q: 'ヴァイスベルク', kind: 'カタカナ（ヴ）', expect: ['0010'] },
  { q: '仮想サーバー', kind: '漢字＋カタカナ', expect: ['0011'] },
  { q: '株式会社ミナトデータワークス', kind: '事業者名（株式会社あり）', expect: ['0002'] },
  { q: 'ミナトデータワークス', kind: '事業者名（株式会社なし）', expect: ['0002'] },
  { q: 'ミズナラ情報技術', kind: '事業者名（株式会社なし）', expect: ['0008'] },
  { q: 'ネクサスクラウド', kind: '事業者名（OEM 元として言及あり）', expect: ['0001', '0009'] },
  { q: 'Weißberg', kind: '外国法人名', expect: ['0010'] },
  { q: '北海道', kind: '都道府県', expect: ['0001'] },
  { q: '神奈川県', kind: '都道府県', expect: ['0002'] },
  { q: '宮城県', kind: '都道府県', expect: ['0009', '0012'] },
  {
    q: '東京都',
    kind: '都道府県（事務局の所在地が載る手数料・問合せ先のページも）',
    expect: ['0001', '0007', '0009', '0010', '/about/fees/'],
  },
  { q: '石川県', kind: '都道府県（期限切れのサービスだけ: 0 件）', expect: [] },
  { q: 'ドイツ', kind: '国', expect: ['0010'] },
  { q: '24時間365日', kind: '項目の語句', expect: ['0001', '0007', '0008', '0010'] },
  { q: '情報セキュリティ基本方針', kind: '項目の語句', expect: ['0001', '0002', '0007', '0008', '0009', '0011'] },
  { q: '共連れ', kind: '項目の語句', expect: ['0001', '0008'] },
  { q: 'SOC', kind: '英字略語', expect: ['0007', '0010'] },
  { q: 'IP0008-2004', kind: '認定番号', expect: ['0008'] },
  { q: 'ip00082004', kind: '認定番号（小文字・ハイフンなし）', expect: ['0008'] },
  { q: '0012', kind: '認定番号（通番だけ）', expect: ['0012'] },
  { q: 'ツバクロ', kind: '効力喪失のサービス名: 索引しない', expect: [] },
  { q: '再発行手数料', kind: '制度の説明ページ', expect: ['/about/fees/'] },
  { q: 'オオルリ', kind: '認定取消しのサービス名: 索引しない', expect: [] },
  // Added with the readable results (issue 12): an item's name, a figure in answers, two scheme pages, an abbreviation.
  {
    q: '稼働率',
    kind: '申請書Bの項目名（全サービスの記述内容にある）',
    expect: ['0001', '0002', '0007', '0008', '0009', '0010', '0011', '0012'],
  },
  { q: '99.95%', kind: '数値（申請内容）', expect: ['0001', '0007', '0008', '0010'] },
  { q: '審査手数料', kind: '制度の説明ページ（2ページ）', expect: ['/about/criteria/', '/about/fees/'] },
  { q: 'LGWAN', kind: '英字略語', expect: ['0011'] },
];

async function search(page: Page, query: string, facets: Record<string, string[]> = {}): Promise<string[]> {
  const params = new URLSearchParams(query ? { q: query } : {});
  for (const [k, vs] of Object.entries(facets)) for (const v of vs) params.append(k, v);
  await page.goto(siteUrl(`/search/?${params}`));
  await page.waitForFunction((q) => document.getElementById('search-form')?.dataset['searched'] === q, query);
  const metas = await page.locator('#search-results .search-result__meta').allTextContents();
  // The quality set is about services; scheme pages (/about/), listed apart, are counted by their path.
  const pages = await page
    .locator('#search-pages .search-result h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...metas.map((m) => /IP(\d{4})-\d{4}/.exec(m)?.[1] ?? m), ...pages];
}

const report: string[] = [];
afterAll(() => {
  if (report.length) console.log(['検索品質（各クエリの適合率・再現率）:', ...report].join('\n'));
});

describe('search-quality set', () => {
  test('has at least 37 queries of every kind (the first 33, and 4 added with the readable results)', () => {
    expect(QUALITY_SET.length).toBeGreaterThanOrEqual(37);
  });

  test('every query returns exactly its expected services (precision and recall 1)', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const { q, kind, expect: wanted } of QUALITY_SET) {
      const got = await search(page, q);
      const hits = got.filter((s) => wanted.includes(s)).length;
      const precision = got.length ? hits / got.length : wanted.length ? 0 : 1;
      const recall = wanted.length ? hits / wanted.length : 1;
      report.push(`  ${q}（${kind}）: 適合率 ${precision.toFixed(2)} 再現率 ${recall.toFixed(2)}  結果 [${got.join(' ')}]`);
      if (precision < 1 || recall < 1) failures.push(`${q}: expected [${wanted.join(' ')}], got [${got.join(' ')}]`);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});

describe('facets', () => {
  test('区分, 状態, データセンター所在地 and 事業者名称 filter the results', async () => {
    const page = await browser.newPage();
    expect(await search(page, '', { 区分: ['PaaS'] })).toEqual(expect.arrayContaining(['0002', '0008', '0009', '0012']));
    expect((await search(page, '', { 区分: ['PaaS'] })).sort()).toEqual(['0002', '0008', '0009', '0012']);
    expect((await search(page, '', { 状態: ['更新手続中'] })).sort()).toEqual(['0002']);
    expect((await search(page, '', { データセンター所在地: ['大阪府'] })).sort()).toEqual(['0001', '0008', '0009']);
    expect((await search(page, '', { データセンター所在地: ['東京都'], 区分: ['IaaS'] })).sort()).toEqual(['0001', '0007']);
    expect((await search(page, '', { データセンター所在地: ['北海道', '沖縄県'] })).sort()).toEqual(['0001', '0007']);
    expect((await search(page, '', { 事業者名称: ['ツキミソウテック合同会社'] })).sort()).toEqual(['0012']);
    expect((await search(page, 'ISMS', { 区分: ['IaaS'] })).sort()).toEqual(['0001', '0007', '0010', '0011']);
  });

  test('a withheld data-centre location is no facet value; checking a box updates the results', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/search/'));
    const places = await page.locator('fieldset:has(legend:text-is("データセンター所在地")) label').allTextContents();
    // IP0008's second data centre (福岡県) is withheld; the only other 福岡県 DC belongs to an expired service.
    expect(places.join(' ')).not.toContain('福岡県');
    expect(places.join(' ')).toContain('ドイツ');
    await page.getByLabel('PaaS').check();
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['searched'] === '');
    await expect.poll(() => page.locator('#search-results .search-result').count()).toBe(4);
    expect(await page.locator('#search-status').textContent()).toContain('4 件');
    await expect.poll(() => new URL(page.url()).searchParams.get('区分')).toBe('PaaS');
  });
});

describe('results people can read', () => {
  /** Each service card of a search: its number, the words of its status badge, where the hit is and the excerpt. */
  async function cards(page: Page, query: string) {
    await search(page, query);
    return page.locator('#search-results .search-result').evaluateAll((lis) =>
      lis.map((li) => ({
        number: /IP\d{4}-\d{4}/.exec(li.querySelector('.search-result__meta')?.textContent ?? '')?.[0] ?? '',
        status: li.querySelector('.search-status')?.textContent?.replace(/[✓↻×]/gu, '').trim() ?? '',
        where: li.querySelector('.search-result__where')?.textContent ?? '',
        href: li.querySelector<HTMLAnchorElement>('.search-result__where')?.getAttribute('href') ?? '',
        hit: li.querySelector('.search-result__hit')?.textContent ?? '',
        marks: [...li.querySelectorAll('.search-result__hit mark')].map((m) => m.textContent),
      })),
    );
  }

  test('a result names the service, its status and the Form B item of the hit, linked to that row', async () => {
    const page = await browser.newPage();
    const got = await cards(page, '99.95%');
    const c = got.find((x) => x.number === 'IP0008-2004')!;
    expect(c.status).toBe('有効');
    expect(c.where).toBe('No.29 サービス稼働率の設定値（月間）');
    expect(c.href).toBe('/services/ip0008-2004/#item-availability-target');
    expect(c.hit).toMatch(/^No\.29 サービス稼働率の設定値（月間）：99\.95%/u);
    expect(c.marks).toContain('99.95%');
    const renewal = (await cards(page, 'ミナトデータワークス')).find((x) => x.number === 'IP0002-1406')!;
    expect(renewal.status).toBe('更新手続中');
  });

  test('excerpts are whole sentences of one answer: no 「. 」 cell joiners, never starting mid-sentence', async () => {
    const page = await browser.newPage();
    for (const q of ['24時間365日', '生体認証', '免震構造', 'ISMS']) {
      const got = await cards(page, q);
      expect(got.length, q).toBeGreaterThan(0);
      for (const c of got) {
        expect(c.where, `${q} ${c.number}`).toMatch(/(^| )No\.\d+ /u);
        const excerpt = c.hit.slice(c.where.length + 1);
        expect(excerpt, `${q} ${c.number}`).not.toContain('. ');
        // The excerpt is a run of whole sentences of the published answer (「…」 marks the rest).
        type Answers = { row: string; answer: { content?: string } }[];
        const json = (await (await page.request.get(siteUrl(`/data/services/${c.number.toLowerCase()}.json`))).json()) as {
          answers: Answers;
          dataCentres: { id: string; answers: Answers }[];
        };
        const fragment = c.href.split('#')[1]!;
        const dc = json.dataCentres.find((d) => fragment.startsWith(`dc-${d.id}-`));
        const rowId = dc ? fragment.slice(`dc-${dc.id}-`.length) : fragment.replace(/^item-/u, '');
        const content = ((dc ? dc.answers : json.answers).find((a) => a.row === rowId)?.answer.content ?? '').replace(/\s+/gu, ' ');
        const core = excerpt
          .replace(/^…|…$/gu, '')
          .replace(/^(実施あり|実施なし)・/u, '')
          .trim();
        const at = content.indexOf(core.slice(0, 12));
        expect(at, `${q} ${c.number}: 「${core}」 in 「${content}」`).toBeGreaterThanOrEqual(0);
        expect(at === 0 || /[。！？\s]/u.test(content[at - 1]!), `${q} ${c.number}: starts mid-sentence: 「${core}」`).toBe(true);
      }
    }
  }, 60_000);

  test('scheme pages are counted and listed apart from services', async () => {
    const page = await browser.newPage();
    await search(page, '東京都');
    expect(await page.locator('#search-results a[href^="/about/"]').count()).toBe(0);
    expect(await page.locator('#search-pages .search-result h3 a').getAttribute('href')).toBe('/about/fees/');
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/サービス 4 件/u);
    expect(status).toMatch(/制度の説明のページ 1 件/u);
    expect(await page.locator('#search-pages-h').textContent()).toContain('1 件');
  });

  test('a query naming a Form B item links to that item’s page above the results', async () => {
    const page = await browser.newPage();
    await search(page, '稼働率');
    const link = page.locator('#search-items a[href="/items/availability-target/"]');
    expect(await link.textContent()).toBe('No.29 サービス稼働率の設定値（月間）');
    expect(await page.locator('#search-items a[href="/items/availability-actual/"]').count()).toBe(1);
    const [linkTop, firstResultTop] = await Promise.all([
      link.evaluate((a) => a.getBoundingClientRect().top),
      page
        .locator('#search-results .search-result')
        .first()
        .evaluate((li) => li.getBoundingClientRect().top),
    ]);
    expect(linkTop).toBeLessThan(firstResultTop);
    await search(page, 'コンテナ');
    expect(await page.locator('#search-items').isVisible()).toBe(false);
  });

  test('on a 390 px phone the filters are folded behind 絞り込み after the count, and the first result is on the first screen', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await search(page, '生体認証');
    const filters = page.locator('details#search-filters');
    expect(await filters.getAttribute('open')).toBeNull();
    expect((await filters.locator('summary').textContent())?.trim()).toMatch(/^絞り込み/u);
    expect(await page.locator('input[data-facet]').first().isVisible()).toBe(false);
    const [statusTop, filtersTop, firstTop] = await Promise.all(
      ['#search-status', 'details#search-filters', '#search-results .search-result'].map((sel) =>
        page
          .locator(sel)
          .first()
          .evaluate((e) => e.getBoundingClientRect().top),
      ),
    );
    expect(statusTop).toBeLessThan(filtersTop!);
    expect(firstTop).toBeLessThan(844);
    // Opened, the choices are large enough to hit (WCAG 2.5.8: 24 px).
    await filters.locator('summary').click();
    const box = await page.getByLabel('PaaS').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(20);
    const row = await page.locator('.facet').first().boundingBox();
    expect(row!.height).toBeGreaterThanOrEqual(24);
  });

  test('without JavaScript: no inert filters, and links to the list, the item index and /verify/', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/search/?q=稼働率'));
    expect(await page.locator('input[type=checkbox]').first().isVisible()).toBe(false);
    const notice = page.locator('main .notice');
    expect(await notice.isVisible()).toBe(true);
    for (const href of ['/', '/items/', '/verify/']) expect(await notice.locator(`a[href="${href}"]`).count(), href).toBe(1);
    expect(await notice.textContent()).toContain('JavaScript');
  });
});

describe('認定番号 in any common form', () => {
  for (const q of ['IP0001-1302', 'ip00011302', 'IP0001', '0001', 'ip0001-1302', 'ＩＰ０００１－１３０２']) {
    test(`${q} finds IP0001-1302 first`, async () => {
      const page = await browser.newPage();
      const got = await search(page, q);
      expect(got[0]).toBe('0001');
    });
  }
});

describe('cost: no script until the search box is used', () => {
  test('ordinary pages load nothing of Pagefind or the search UI; sending the header form loads it on /search/', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    for (const path of ['/', '/services/ip0001-1302/', '/data/']) {
      requests.length = 0;
      await page.goto(siteUrl(path));
      await page.locator('#site-search-q').focus();
      await page.locator('#site-search-q').fill('コンテナ');
      // Other progressive enhancements (list filters, 比較に追加) may load their own small modules; search adds none.
      expect(
        requests.filter((p) => p.endsWith('.wasm') || p.startsWith('/pagefind/') || /site-search|pagefind/i.test(p)),
        path,
      ).toEqual([]);
    }
    const transfer: { path: string; bytes: number }[] = [];
    page.on('response', async (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/') || path.endsWith('.js'))
        transfer.push({ path, bytes: (await r.body().catch(() => Buffer.alloc(0))).length });
    });
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset['searched'] === 'コンテナ');
    await expect.poll(() => page.locator('#search-results .search-result').count()).toBe(2);
    const total = transfer.reduce((n, t) => n + t.bytes, 0);
    const dist = requireDist();
    const indexBytes = (function size(dir: string): number {
      return readdirSync(dir).reduce((n, f) => {
        const p = join(dir, f);
        return n + (statSync(p).isDirectory() ? size(p) : statSync(p).size);
      }, 0);
    })(join(dist, 'pagefind'));
    console.log(
      `検索インデックス（dist/pagefind 全体）: ${(indexBytes / 1024).toFixed(1)} KiB\n` +
        `最初の検索「コンテナ」の転送量（検索ページのスクリプト・Pagefind・索引・断片）: ${(total / 1024).toFixed(1)} KiB\n` +
        transfer.map((t) => `  ${t.path} ${t.bytes} B`).join('\n'),
    );
    expect(transfer.some((t) => t.path === '/pagefind/pagefind.js')).toBe(true);
  });

  test('the search page itself fetches nothing of Pagefind before a query or a facet is chosen', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(siteUrl('/search/'));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });
});
