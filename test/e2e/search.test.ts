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
  // Was ['0011'] (the only page saying 仮想サーバー); since issue 19 サーバー also finds サーバ (JIS Z 8301 spelling).
  { q: '仮想サーバー', kind: '漢字＋カタカナ（長音の有無を問わない）', expect: ['0001', '0009', '0010', '0011'] },
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

const ALL = ['0001', '0002', '0007', '0008', '0009', '0010', '0011', '0012'];

/**
 * Issue 19: spelling variants, the field's synonyms and places by region. Each
 * expectation is computed from the published text of the indexed pages
 * (Pagefind's fragments, without the hidden words) and the dictionary
 * (content/search-synonyms.yaml): the pages that hold, for every word, the
 * word or one of its listed spellings or dictionary terms — not from what
 * the search returned.
 */
const VARIANT_SET: { q: string; kind: string; expect: string[] }[] = [
  { q: 'サーバー 冗長化', kind: '長音（本文は「サーバ」）＋漢字', expect: ALL },
  {
    q: 'サーバ',
    kind: '長音なし（「サーバー」「サーバーレス」も）',
    expect: [
      '0001',
      '0002',
      '0007',
      '0008',
      '0009',
      '0010',
      '0011',
      '0012',
      '/about/criteria/',
      '/about/glossary/',
      '/about/procedures/',
    ],
  },
  { q: '仮想サーバ', kind: '長音なし', expect: ['0001', '0009', '0010', '0011'] },
  { q: 'コンテナー', kind: '長音（本文は「コンテナ」）', expect: ['0002', '0008'] },
  { q: 'ユーザー', kind: '長音', expect: ['0007'] },
  { q: '取り扱い', kind: '送り仮名（本文は「取扱い」）', expect: ALL },
  { q: '取扱', kind: '送り仮名なし', expect: ALL },
  { q: '問い合わせ', kind: '送り仮名（本文は「問合せ」も）', expect: [...ALL, '/about/criteria/', '/about/fees/'] },
  { q: '問合せ', kind: '送り仮名', expect: [...ALL, '/about/criteria/', '/about/fees/'] },
  { q: 'ISO27001', kind: '規格番号（本文は「ISO/IEC 27001」）', expect: ALL },
  { q: 'ISO 27001', kind: '規格番号（空白あり）', expect: ALL },
  { q: 'ＩＳＯ／ＩＥＣ２７００１', kind: '規格番号（全角）', expect: ALL },
  { q: 'ISO27017', kind: '規格番号', expect: ['0001', '0007', '0008', '0010'] },
  { q: '可用性', kind: '同義語（稼働率）', expect: ALL },
  { q: '可用性 99.99%', kind: '同義語＋数値', expect: ['0001', '0008', '0010'] },
  { q: 'Pマーク', kind: '略称（プライバシーマーク）', expect: ALL },
  { q: 'SLA', kind: '略語（稼働率の保証）', expect: ALL },
  { q: 'ISMS', kind: '略語（ISO/IEC 27001）', expect: ALL },
  { q: 'DR', kind: '略語（災害復旧）: 「EDR」には一致しない', expect: [] },
  { q: '災害復旧', kind: '同義語（DR）: 0 件', expect: [] },
  { q: 'BCP', kind: '略語（事業継続）: 0 件', expect: [] },
  { q: 'k8s', kind: '略語（Kubernetes、コンテナオーケストレーション）', expect: ['0008'] },
  { q: 'Kubernetes', kind: '一方向（コンテナオーケストレーション）', expect: ['0008'] },
  { q: '都内 データセンター', kind: '地域（東京都）＋長音', expect: ['0001', '0007', '0009', '0010'] },
  {
    q: '都内',
    kind: '地域（東京都。事務局の所在地が載る手数料のページも）',
    expect: ['0001', '0007', '0009', '0010', '/about/fees/'],
  },
  { q: '関西', kind: '地域（大阪府・京都府・兵庫県…）', expect: ['0001', '0008', '0009'] },
  { q: '近畿', kind: '地域', expect: ['0001', '0008', '0009'] },
  { q: '関西 データセンター', kind: '地域＋語', expect: ['0001', '0008', '0009'] },
  {
    q: '首都圏',
    kind: '地域（東京都・神奈川県・埼玉県・千葉県）',
    expect: ['0001', '0002', '0007', '0009', '0010', '/about/fees/'],
  },
  { q: '首都圏 バックアップ', kind: '地域＋語', expect: ['0001', '0002', '0007', '0009', '0010'] },
  { q: '東北', kind: '地域', expect: ['0009', '0012'] },
  { q: '九州', kind: '地域（福岡県は公表留保中・期限切れのサービスだけ: 0 件）', expect: [] },
  { q: '北陸', kind: '地域（石川県は期限切れのサービスだけ: 0 件）', expect: [] },
  { q: '沖縄', kind: '地域（沖縄県）', expect: ['0007'] },
  { q: 'EU', kind: '国外の地域（ドイツ、EU 一般データ保護規則）', expect: ['0010'] },
  { q: '欧州', kind: '国外の地域（EU → ドイツ）', expect: ['0010'] },
  { q: '米国', kind: '国外（アメリカ）', expect: ['0007'] },
  { q: 'アメリカ', kind: '国外（米国）', expect: ['0007'] },
];

async function search(page: Page, query: string, facets: Record<string, string[]> = {}): Promise<string[]> {
  const params = new URLSearchParams(query ? { q: query } : {});
  for (const [k, vs] of Object.entries(facets)) for (const v of vs) params.append(k, v);
  await page.goto(siteUrl(`/search/?${params}`));
  await page.waitForFunction((q) => document.getElementById('search-form')?.dataset['searched'] === q, query);
  return results(page);
}

/**
 * Types `query` into the search box of the open /search/ page, as a reader
 * does, and returns the results: no reload, so Pagefind and the index it has
 * loaded stay (about half the time of a search by URL, issue 16). The first
 * query of a page, or one already in the box, goes by URL.
 */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  const box = page.locator('#search-q');
  if (new URL(page.url()).pathname !== '/search/' || (await box.inputValue()) === query) return search(page, query);
  await box.fill(query);
  await page.waitForFunction((q) => document.getElementById('search-form')?.dataset['searched'] === q, query);
  return results(page);
}

/** The results on the search page: service serials (IP0001-1302 → 0001), then scheme pages by path. */
async function results(page: Page): Promise<string[]> {
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
  test('every query returns exactly its expected services (precision and recall 1)', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const { q, kind, expect: wanted } of QUALITY_SET) {
      const got = await typeQuery(page, q);
      const hits = got.filter((s) => wanted.includes(s)).length;
      const precision = got.length ? hits / got.length : wanted.length ? 0 : 1;
      const recall = wanted.length ? hits / wanted.length : 1;
      report.push(
        `  ${q}（${kind}）: 適合率 ${precision.toFixed(2)} 再現率 ${recall.toFixed(2)}  結果 [${got.join(' ')}]`,
      );
      if (precision < 1 || recall < 1) failures.push(`${q}: expected [${wanted.join(' ')}], got [${got.join(' ')}]`);
    }
    expect(failures).toEqual([]);
  }, 180_000);
});

describe('spelling variants, synonyms and regions (issue 19)', () => {
  test('every query returns exactly its expected services and pages (precision and recall 1)', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    for (const { q, kind, expect: wanted } of VARIANT_SET) {
      const got = await typeQuery(page, q);
      const hits = got.filter((s) => wanted.includes(s)).length;
      const precision = got.length ? hits / got.length : wanted.length ? 0 : 1;
      const recall = wanted.length ? hits / wanted.length : 1;
      report.push(
        `  ${q}（${kind}）: 適合率 ${precision.toFixed(2)} 再現率 ${recall.toFixed(2)}  結果 [${got.join(' ')}]`,
      );
      if (precision < 1 || recall < 1) failures.push(`${q}: expected [${wanted.join(' ')}], got [${got.join(' ')}]`);
    }
    expect(failures).toEqual([]);
  }, 240_000);

  test('literal hits come first; an expanded hit says which term it matched', async () => {
    const page = await browser.newPage();
    // Only IP0008 says 関西 (関西情報サービス協議会); the others are found by 大阪府.
    expect((await search(page, '関西'))[0]).toBe('0008');
    const via = await page
      .locator('#search-results .search-result')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.search-result__via')?.textContent ?? ''));
    expect(via[0]).toBe('');
    expect(via.slice(1)).toEqual(['『関西』の代わりに『大阪府』で一致', '『関西』の代わりに『大阪府』で一致']);
    // 東京都内 holds 都内 as written: IP0001 first.
    expect((await search(page, '都内 データセンター'))[0]).toBe('0001');
  });

  test('the notice names what was added, and the literal-only link gives the old result', async () => {
    const page = await browser.newPage();
    await search(page, '可用性');
    const notice = page.locator('#search-expansion');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('『可用性』を『稼働率』と合わせて検索しました。');
    await search(page, '関西');
    expect(await notice.textContent()).toContain('『関西』を『大阪府』などと合わせて検索しました。');
    expect(await page.locator('#search-status').textContent()).toMatch(
      /サービス 3 件（うち合わせて検索した語で一致 2 件）/u,
    );
    // The words alone: what the search gave before the dictionary (only the page that says 関西).
    await notice.getByRole('link', { name: '「関西」の語だけで検索する' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('literal')).toBe('1');
    await expect.poll(() => notice.textContent()).toContain('「関西」の語だけで検索しました');
    const got = await page.locator('#search-results .search-result__meta').allTextContents();
    expect(got.map((m) => /IP(\d{4})/.exec(m)?.[1])).toEqual(['0008']);
    // And back.
    await notice.getByRole('link', { name: '『関西』を『大阪府』などと合わせて検索する' }).click();
    await expect.poll(() => page.locator('#search-results .search-result').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('literal')).toBeNull();
    // The link is a real URL: opened directly, it gives the same.
    expect(await search(page, '関西', { literal: ['1'] })).toEqual(['0008']);
    expect(await search(page, '可用性', { literal: ['1'] })).toEqual([]);
    // No notice when nothing was added.
    await search(page, 'データセンター');
    expect(await notice.isVisible()).toBe(false);
  });

  test('marks and excerpts show the spelling the page uses', async () => {
    const page = await browser.newPage();
    await search(page, '取り扱い');
    const marks = await page.locator('#search-results .search-result__hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(['取扱い', '取り扱い', '取扱', '取り扱']).toContain(m);
    await search(page, 'ISO27001');
    const isoMarks = await page.locator('#search-results .search-result__hit mark').allTextContents();
    expect(isoMarks).toContain('ISO/IEC 27001');
  });
});

describe('facets', () => {
  test('区分, 状態, データセンター所在地 and 事業者名称 filter the results', async () => {
    const page = await browser.newPage();
    expect(await search(page, '', { 区分: ['PaaS'] })).toEqual(
      expect.arrayContaining(['0002', '0008', '0009', '0012']),
    );
    expect((await search(page, '', { 区分: ['PaaS'] })).sort()).toEqual(['0002', '0008', '0009', '0012']);
    expect((await search(page, '', { 状態: ['更新手続中'] })).sort()).toEqual(['0002']);
    expect((await search(page, '', { データセンター所在地: ['大阪府'] })).sort()).toEqual(['0001', '0008', '0009']);
    expect((await search(page, '', { データセンター所在地: ['東京都'], 区分: ['IaaS'] })).sort()).toEqual([
      '0001',
      '0007',
    ]);
    expect((await search(page, '', { データセンター所在地: ['北海道', '沖縄県'] })).sort()).toEqual(['0001', '0007']);
    expect((await search(page, '', { 事業者名称: ['ツキミソウテック合同会社'] })).sort()).toEqual(['0012']);
    expect((await search(page, 'ISMS', { 区分: ['IaaS'] })).sort()).toEqual(['0001', '0007', '0010', '0011']);
  });

  test('the region of a data centre is a facet: computed from the published prefecture, 国外 for another country', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/search/'));
    const regions = await page
      .locator('fieldset:has(legend:text-is("データセンターの地域")) input')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    // 九州: IP0008's 福岡県 data centre is withheld, and the other is an expired service's.
    expect(regions).toEqual(['北海道', '東北', '関東', '近畿', '中国', '沖縄', '国外']);
    expect((await search(page, '', { データセンターの地域: ['近畿'] })).sort()).toEqual(['0001', '0008', '0009']);
    expect((await search(page, '', { データセンターの地域: ['関東'] })).sort()).toEqual([
      '0001',
      '0002',
      '0007',
      '0009',
      '0010',
    ]);
    expect((await search(page, '', { データセンターの地域: ['国外'] })).sort()).toEqual(['0010']);
    expect((await search(page, '', { データセンターの地域: ['東北', '沖縄'] })).sort()).toEqual(['0007', '0012']);
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
        const json = (await (
          await page.request.get(siteUrl(`/data/services/${c.number.toLowerCase()}.json`))
        ).json()) as {
          answers: Answers;
          dataCentres: { id: string; answers: Answers }[];
        };
        const fragment = c.href.split('#')[1]!;
        const dc = json.dataCentres.find((d) => fragment.startsWith(`dc-${d.id}-`));
        const rowId = dc ? fragment.slice(`dc-${dc.id}-`.length) : fragment.replace(/^item-/u, '');
        const content = ((dc ? dc.answers : json.answers).find((a) => a.row === rowId)?.answer.content ?? '').replace(
          /\s+/gu,
          ' ',
        );
        const core = excerpt
          .replace(/^…|…$/gu, '')
          .replace(/^(実施あり|実施なし)・/u, '')
          .trim();
        const at = content.indexOf(core.slice(0, 12));
        expect(at, `${q} ${c.number}: 「${core}」 in 「${content}」`).toBeGreaterThanOrEqual(0);
        expect(
          at === 0 || /[。！？\s]/u.test(content[at - 1]!),
          `${q} ${c.number}: starts mid-sentence: 「${core}」`,
        ).toBe(true);
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
    for (const href of ['/', '/items/', '/verify/'])
      expect(await notice.locator(`a[href="${href}"]`).count(), href).toBe(1);
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
