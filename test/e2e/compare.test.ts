/**
 * The compare view (/compare/) as a reader uses it in Chromium, on the sample
 * catalogue published as of 2026-11-26: picking services on the list, exact
 * answers per item (ハウジング per data centre, withheld, unanswered), the
 * 差分のみ表示 toggle and its count, the shareable URL, keyboard-only use,
 * and loading only the chosen services' data.
 */
import { describe, expect, test } from 'vitest';
import { useBrowser, collectPageErrors, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { tableRoles } from '../support/accessibility-tree.ts';
import { pdfPageCount } from '../support/pdf-pages.ts';

const browser = useBrowser();

/** The cell of service column `col` (0-based) in the row for `rowId` (and data-centre position `dc`). */
function cell(page: Page, rowId: string, col: number, dc?: number) {
  const row = dc === undefined ? `tr[data-row="${rowId}"]` : `tr[data-row="${rowId}"][data-dc="${dc}"]`;
  return page.locator(`#compare-table ${row} td`).nth(col);
}
/** The answer as shown, without the declared-value line above it (tested on its own below). */
const text = async (page: Page, rowId: string, col: number, dc?: number) => {
  const c = cell(page, rowId, col, dc);
  const all = (await c.innerText()).trim();
  const value = c.locator('.answer__value');
  if ((await value.count()) === 0) return all;
  const line = (await value.innerText()).trim();
  return all.startsWith(line) ? all.slice(line.length).trim() : all;
};

async function pickOnList(page: Page, numbers: string[]): Promise<void> {
  await page.goto(siteUrl('/'));
  for (const n of numbers) await page.locator(`input[name="services[]"][value="${n}"]`).check();
  await page.getByRole('button', { name: '選んだサービスを比較' }).click();
  await page.waitForURL(/\/compare\//);
  await page.locator('#compare-result:not([hidden])').waitFor();
}

const shown = (page: Page) => page.locator('#compare-result:not([hidden])').waitFor();
const PHONE = { viewport: { width: 390, height: 844 } };

/**
 * Cumulative Layout Shift of loading `path`, measured in the page with a
 * PerformanceObserver (layout-shift entries not caused by input), with each
 * service's data held back 400 ms as on a slow connection.
 */
async function layoutShift(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route('**/data/services/*.json', async (route) => {
    await new Promise((r) => setTimeout(r, 400));
    await route.continue();
  });
  await page.goto(siteUrl(path));
  await shown(page);
  await page.waitForTimeout(500);
  return page.evaluate(() => (window as unknown as { cls: number }).cls);
}

const visibleItemRows = (page: Page) => page.locator('#compare-table tbody tr[data-row]:visible').count();

describe('比較', () => {
  test('three services picked on the list are compared column by column with their exact answers', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    const data: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/data/')) data.push(new URL(r.url()).pathname);
    });
    await pickOnList(page, ['IP0001-1302', 'IP0008-2004', 'IP0010-2210']);
    await expect.poll(() => new URL(page.url()).search).toBe('?services=IP0001-1302,IP0008-2004,IP0010-2210');
    // Only the chosen services' files are fetched — never a whole-catalogue blob.
    expect(data.sort()).toEqual([
      '/data/services/ip0001-1302.json',
      '/data/services/ip0008-2004.json',
      '/data/services/ip0010-2210.json',
    ]);

    const heads = await page.locator('#compare-table thead th').allInnerTexts();
    expect(heads).toHaveLength(4);
    expect(heads[1]).toContain('ネクサス・コンピュートクラウド');
    expect(heads[1]).toContain('IP0001-1302');
    expect(heads[2]).toContain('ミズナラ マネージドコンテナ基盤');
    expect(heads[3]).toContain('有効');

    // Rows follow the ten 大分類 in template order.
    const groups = await page.locator('#compare-table tbody tr.compare__group th').allInnerTexts();
    expect(groups).toHaveLength(10);
    expect(groups[0]).toBe('開示情報の時点');
    expect(groups[8]).toContain('ハウジング');

    // Exact answers, as written.
    expect(await text(page, 'availability-target', 0)).toBe('99.99%（月間、リージョン単位。仮想サーバ単体は99.95%）');
    expect(await text(page, 'availability-target', 1)).toBe(
      '99.95%（月間、クラスタのコントロールプレーン）、99.99%（マネージドデータベースの冗長構成）',
    );
    expect(await text(page, 'availability-target', 2)).toBe('99.95%（月間、リージョン単位）');
    const key = page.locator('#compare-table tr[data-row="availability-target"] th');
    expect(await key.innerText()).toMatch(/No\.\d+/);
    expect(await key.innerText()).toContain('必須');

    // ハウジング: one row per data-centre position, every cell names its data centre.
    expect(await page.locator('#compare-table tr[data-row="dc-location"]').count()).toBe(3);
    expect(await text(page, 'dc-location', 0, 0)).toBe(
      '東日本データセンター\n東京都内（詳細な所在地はセキュリティ上の理由により非公開）',
    );
    expect(await text(page, 'dc-location', 2, 1)).toBe(
      '欧州リージョン（フランクフルト）\nドイツ連邦共和国 ヘッセン州 フランクフルト・アム・マイン近郊',
    );
    // A withheld answer: only 「公表留保中」, under its data centre's name.
    expect(await text(page, 'dc-location', 1, 1)).toBe('西日本第二データセンター\n公表留保中');
    expect(await text(page, 'dc-physical-security', 1, 1)).toBe('西日本第二データセンター\n公表留保中');
    // A service with fewer data centres says so rather than leaving a blank.
    expect(await text(page, 'dc-location', 1, 2)).toBe('データセンターは2か所');
    expect(await page.locator('#compare-table tr[data-row="dc-location"][data-dc="2"] th').innerText()).toContain(
      'データセンター3',
    );
    expect(errors).toEqual([]);
  });

  test('an unanswered 選択 item reads 「記載なし」 in its column', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0011-2404,IP0012-2506'));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await text(page, 'availability-actual', 0)).toBe('記載なし');
    expect(await text(page, 'major-customers', 1)).toBe('記載なし');
    expect(await text(page, 'availability-actual', 1)).not.toBe('記載なし');
  });

  test('an answer in a column is the markup the item page renders (one rendering, AnswerText), its links included', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004'));
    await shown(page);
    // The compare view adds the declared-value line above the answer; the rest must be the server's markup.
    const inCompare = await cell(page, 'incident-notice', 0)
      .locator('.answer')
      .evaluate((e) => {
        const copy = e.cloneNode(true) as HTMLElement;
        copy.querySelector('.answer__value')?.remove();
        return copy.outerHTML;
      });
    await page.goto(siteUrl('/items/incident-notice/'));
    const onItemPage = await page.locator('tr[data-number="IP0001-1302"] .answer').evaluate((e) => e.outerHTML);
    expect(inCompare).toBe(onItemPage);
    expect(inCompare).toContain('class="answer__url"');
  });

  test('差分のみ表示 hides the rows answered identically and says how many; the URL keeps it across a reload', async () => {
    const page = await browser.newPage();
    await pickOnList(page, ['IP0002-1406', 'IP0009-2109', 'IP0011-2404']);
    const all = await visibleItemRows(page);
    // In the sample, these three state the same 稼働率 (99.9%（月間）); they also declare the same value for
    // 第三者認証 (ISO/IEC 27001) and 障害の第一報 (1時間) in different words, and a declared value decides sameness.
    expect(await text(page, 'availability-target', 0)).toBe('99.9%（月間）');
    expect(await text(page, 'availability-target', 2)).toBe('99.9%（月間）');
    expect(
      await page.locator('#compare-table tr.is-same').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-row'))),
    ).toEqual(['third-party-certifications', 'availability-target', 'incident-notice']);
    expect(await page.locator('#hidden-count').innerText()).toBe('全サービスで回答が同じ行は 3 行です。');

    await page.getByLabel('差分のみ表示').check();
    expect(await page.locator('#hidden-count').innerText()).toBe('全サービスで回答が同じ 3 行を隠しています。');
    expect(await visibleItemRows(page)).toBe(all - 3);
    expect(await page.locator('#compare-table tr[data-row="availability-target"]').isVisible()).toBe(false);
    await expect.poll(() => new URL(page.url()).search).toBe('?services=IP0002-1406,IP0009-2109,IP0011-2404&diff=1');

    await page.reload();
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await page.getByLabel('差分のみ表示').isChecked()).toBe(true);
    expect(await page.locator('#hidden-count').innerText()).toBe('全サービスで回答が同じ 3 行を隠しています。');
    expect(await visibleItemRows(page)).toBe(all - 3);
    expect(await page.locator('#compare-table thead th').allInnerTexts()).toHaveLength(4);

    // A shared link opened elsewhere (no stored selection) shows the same view.
    const other = await browser.newPage();
    await other.goto(page.url());
    await other.locator('#compare-result:not([hidden])').waitFor();
    expect(await visibleItemRows(other)).toBe(all - 3);
    expect(await other.locator('#compare-table thead th').nth(2).innerText()).toContain('IP0009-2109');
  });

  test('the selection is kept across pages: 比較に追加 on a service page adds to what was picked on the list', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    await page.locator('input[name="services[]"][value="IP0007-1903"]').check();
    await page.goto(siteUrl('/services/ip0012-2506/'));
    await page.getByRole('button', { name: '比較に追加' }).click();
    expect(await page.locator('compare-toggle [role="status"]').innerText()).toBe('このサービスを比較に追加しました。');
    expect(await page.getByRole('button', { name: '比較から外す' }).count()).toBe(1);
    await page.getByRole('link', { name: /比較を見る（2件を選択中）/ }).click();
    await page.locator('#compare-result:not([hidden])').waitFor();
    await expect.poll(() => new URL(page.url()).search).toBe('?services=IP0007-1903,IP0012-2506');
    // Back on the list, both boxes are ticked.
    await page.goto(siteUrl('/'));
    const ticked = await page
      .locator('input[name="services[]"]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ticked).toEqual(['IP0007-1903', 'IP0012-2506']);
  });

  test('fewer than two services: the page asks for more instead of showing a table', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP9999-9999'));
    expect(await page.locator('#compare-message').innerText()).toBe(
      '認定番号 IP9999-9999 のサービスは見つかりません。比較するサービスを2〜6件選んでください（現在 1件）。',
    );
    expect(await page.locator('#compare-result').isVisible()).toBe(false);
  });

  test('at most six: a seventh service cannot be ticked', async () => {
    const page = await browser.newPage();
    const six = ['IP0001-1302', 'IP0002-1406', 'IP0007-1903', 'IP0008-2004', 'IP0009-2109', 'IP0010-2210'];
    await page.goto(siteUrl(`/compare/?services=${six.join(',')}`));
    await page.locator('#compare-result:not([hidden])').waitFor();
    expect(await page.locator('#compare-table thead th').count()).toBe(7);
    expect(await page.locator('#compare-pick input[value="IP0011-2404"]').isDisabled()).toBe(true);
  });

  test('works with the keyboard alone: pick on the list, open, toggle 差分のみ表示', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    const tabTo = async (selector: string, key = 'Tab') => {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press(key);
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('input[value="IP0002-1406"]');
    await page.keyboard.press('Space');
    await tabTo('input[value="IP0009-2109"]');
    await page.keyboard.press('Space');
    await tabTo('input[value="IP0011-2404"]');
    await page.keyboard.press('Space');
    // The compare button sits above the table: go back to it.
    await tabTo('#compare-pick button', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare\/\?services=IP0002-1406,IP0009-2109,IP0011-2404$/);
    await page.locator('#compare-result:not([hidden])').waitFor();
    await tabTo('#diff-only');
    await page.keyboard.press('Space');
    expect(await page.locator('#diff-only').isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('diff')).toBe('1');
    // The table region takes focus so it can be scrolled with the arrow keys.
    await tabTo('.compare-scroll');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#compare-table').isVisible()).toBe(true);
  });

  test('without JavaScript the page says so and points to the item pages', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004'));
    const note = page.locator('noscript .notice, .notice').first();
    expect(await note.innerText()).toContain('比較表の表示には JavaScript が必要です');
    await page.getByRole('link', { name: '項目別一覧' }).last().click();
    await page.waitForURL(/\/items\/$/);
  });

  test('prints on A4 landscape with the publication date and the URL', async () => {
    // The printable width of A4 landscape (297mm − 2 × 10mm margins) in CSS pixels.
    const printable = Math.floor((277 / 25.4) * 96);
    const page = await browser.newPage({ viewport: { width: printable, height: 700 } });
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210,IP0007-1903'));
    await page.locator('#compare-result:not([hidden])').waitFor();
    await page.emulateMedia({ media: 'print' });
    const meta = page.locator('.compare-print-meta');
    expect(await meta.isVisible()).toBe(true);
    expect(await meta.innerText()).toBe(`2026年11月26日 時点の公表内容。URL: ${page.url()}`);
    expect(await page.locator('#compare-pick').isVisible()).toBe(false);
    // Every column fits across the page: nothing is cut off on paper.
    const width = await page.locator('#compare-table').evaluate((t) => t.getBoundingClientRect().right);
    expect(width).toBeLessThanOrEqual(printable);
    // No site chrome on paper: no header with its search form, no navigation, no footer.
    for (const chrome of ['.site-header', 'form[role="search"]', 'nav[aria-label="サイト"]', '.site-footer'])
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // The @page rule sets A4 landscape: 842 × 595 pt.
    const box = pdf.toString('latin1').match(/\/MediaBox \[[^\]]*\]/)?.[0];
    expect(box).toMatch(/^\/MediaBox \[0 0 84[12](\.\d+)? 59[45](\.\d+)?\]$/);
  });

  test('the README example (3 services, 差分のみ) prints on at most 6 A4 landscape pages', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210&diff=1'));
    await shown(page);
    const pages = pdfPageCount(await page.pdf({ preferCSSPageSize: true }));
    console.info(`README compare example: ${pages} A4 landscape pages`);
    expect(pages).toBeLessThanOrEqual(6);
    // The item column stays narrow on paper: at most a fifth of the table.
    await page.emulateMedia({ media: 'print' });
    const [item, table] = await Promise.all([
      page.locator('#compare-table thead th').first().boundingBox(),
      page.locator('#compare-table').boundingBox(),
    ]);
    expect(item!.width).toBeLessThanOrEqual(table!.width / 5);
  });
});

describe('比較 on a phone (390 px)', () => {
  test.each([390, 320])(
    'at %i px two services sit side by side under the item label, without swiping sideways',
    async (width) => {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004'));
      await shown(page);
      const label = (await page.locator('#compare-table tr[data-row="availability-target"] th').boundingBox())!;
      const a = (await cell(page, 'availability-target', 0).boundingBox())!;
      const b = (await cell(page, 'availability-target', 1).boundingBox())!;
      // The item label is above the answers, across both columns …
      expect(label.y + label.height).toBeLessThanOrEqual(a.y + 1);
      expect(label.width).toBeGreaterThanOrEqual(a.width + b.width - 2);
      // … and the two answers are side by side, each about half the screen.
      expect(Math.abs(a.y - b.y)).toBeLessThan(1);
      expect(b.x).toBeGreaterThanOrEqual(a.x + a.width - 1);
      expect(a.width).toBeGreaterThan(width * 0.4);
      expect(b.width).toBeGreaterThan(width * 0.4);
      expect(await page.locator('.compare-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      // Still a table to a screen reader: 項目 + one column header per service, every answer a cell.
      const caption = (await page.locator('#compare-caption').innerText()).trim();
      const ax = await tableRoles(page, caption);
      expect(ax['table']).toBe(1);
      expect(ax['columnheader']).toBe(3);
      const answers = await page.locator('#compare-table td').count();
      expect(ax['cell']! + ax['gridcell']!).toBe(answers);
    },
  );

  test('each service has a visible × that takes it out of the comparison', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210'));
    await shown(page);
    const remove = page.getByRole('button', { name: 'ミズナラ マネージドコンテナ基盤を比較から外す' });
    expect(await remove.innerText()).toBe('×');
    const size = (await remove.boundingBox())!;
    // A target at least 24 × 24 px (WCAG 2.2, 2.5.8); this one is 44 px.
    expect(size.width).toBeGreaterThanOrEqual(24);
    expect(size.height).toBeGreaterThanOrEqual(24);
    await remove.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?services=IP0001-1302,IP0010-2210');
    expect(await page.locator('#compare-table thead th').count()).toBe(3);
    // The keyboard stays in the table header: focus moves to the next column's ×.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'ヴァイスベルク・コンピュートを比較から外す',
    );
  });

  for (const [label, options] of [
    ['390 px', PHONE],
    ['1280 px', { viewport: { width: 1280, height: 800 } }],
  ] as const) {
    test(`at ${label} nothing shifts when the data arrives (CLS ≤ 0.02)`, async () => {
      const page = await browser.newPage(options);
      const cls = await layoutShift(page, '/compare/?services=IP0001-1302,IP0008-2004,IP0010-2210');
      console.info(`compare CLS at ${label}: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThanOrEqual(0.02);
    });
  }
});

describe('比較 and ended certifications', () => {
  test('an ended service is not offered: not on the list, not in the picker by default, no 比較に追加 on its page', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    expect(await page.locator('input[name="services[]"][value="IP0001-1302"]').count()).toBe(1);
    for (const ended of ['IP0003-1409', 'IP0004-1511', 'IP0005-1604', 'IP0006-1707'])
      expect(await page.locator(`input[name="services[]"][value="${ended}"]`).count(), ended).toBe(0);

    await page.goto(siteUrl('/compare/'));
    await page.locator('#compare-pick[open]').waitFor();
    const offered = await page
      .locator('#compare-pick input:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(offered).toContain('IP0001-1302');
    expect(offered).toContain('IP0002-1406'); // 更新手続中 is still certified
    expect(offered).not.toContain('IP0004-1511');
    expect(offered).not.toContain('IP0003-1409');

    await page.goto(siteUrl('/services/ip0004-1511/'));
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: '比較に追加' }).count()).toBe(0);
  });

  test('an ended service in the URL: its whole column is marked with what ended and when, and the page says its answers are not backed', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0004-1511'));
    await shown(page);
    const head = page.locator('#compare-table thead th').nth(2);
    expect(await head.innerText()).toContain('認定終了');
    expect(await head.innerText()).toContain('2026年3月31日にサービスの提供が終了しました');
    const notice = page.locator('#compare-ended');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain('現在の認定に裏付けられたものではありません');
    expect(await notice.innerText()).toContain('アンバーレイク データ連携基盤（IP0004-1511）');
    // Every cell of the ended column — top to bottom — carries the mark; the valid column none.
    const marks = (col: number) =>
      page
        .locator(`#compare-table tbody tr[data-row] > td:nth-child(${col + 2})`)
        .evaluateAll((tds) =>
          tds.map((td) => getComputedStyle(td).boxShadow !== 'none' && getComputedStyle(td).backgroundImage !== 'none'),
        );
    const ended = await marks(1);
    expect(ended.length).toBeGreaterThan(60);
    expect(ended.every(Boolean)).toBe(true);
    expect((await marks(0)).some(Boolean)).toBe(false);
  });

  test('a declared value shows above the text, the best in its row is marked (and said), with a legend', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/compare/?services=IP0001-1302,IP0002-1406,IP0011-2404'));
    await page.locator('#compare-result:not([hidden])').waitFor();
    const values = await page
      .locator('#compare-table tr[data-row="availability-target"] td .answer__value')
      .evaluateAll((els) => els.map((e) => [e.firstChild?.textContent, e.classList.contains('answer__value--best')]));
    expect(values).toEqual([
      ['99.99%', true],
      ['99.9%', false],
      ['99.9%', false],
    ]);
    expect(await cell(page, 'availability-target', 0).locator('.visually-hidden').innerText()).toBe(
      '（この行で最も良い値）',
    );
    // Lower is better for the time to the first notice: 30分 beats 1時間.
    const notice = await page
      .locator('#compare-table tr[data-row="incident-notice"] td .answer__value--best')
      .evaluateAll((els) => els.map((e) => e.firstChild?.textContent));
    expect(notice).toEqual(['30分']);
    expect(await page.locator('.compare-toolbar__legend').innerText()).toContain('最も良い');
  });
});
