/**
 * The scheme pages, each service's history with its change views, and the
 * 更新情報 page, as a reader sees them in Chromium on the sample catalogue
 * published as of 2026-11-26. Expectations are read from the raw YAML, not
 * through src/, so a wrong boundary or page cannot agree with itself.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { axeViolations, WCAG_TAGS } from '../support/axe.ts';
import { useBrowser, type Page } from '../support/browser.ts';
import { siteUrl } from '../support/site.ts';
import { contentDir, publicationDate } from '../support/paths.ts';
import { EVENT_TYPES } from '../../src/rules/lifecycle.ts';

/**
 * Certifications that ran out (期限切れ, dated the day after the period's last day) in the sample: IP0003-1409
 * withdrew its renewal on 2026-08-07 and its period ended on 2026-08-19. Listed once that day is on or before
 * the publication date. (IP0013-2303 was 更新手続中 at its period's end; its refusal ended it, no separate expiry.)
 */
const EXPIRIES: Record<string, string> = { 'IP0003-1409': '2026-08-20' };
const expiryOn = (n: string, asOf: string) => (EXPIRIES[n] && EXPIRIES[n] <= asOf ? EXPIRIES[n] : undefined);

const browser = useBrowser();
const asOf = publicationDate();

type RawChange = { item: string; dataCentre?: string; previous?: string };
type RawEvent = { type: string; date: string; changes?: RawChange[] };
type RawAnswer = { content?: string; withhold?: { through: string } };
type RawService = {
  certificationNumber: string;
  answers: Record<string, RawAnswer>;
  dataCentres: { id: string; answers: Record<string, RawAnswer> }[];
  events: RawEvent[];
};
const raw: RawService[] = readdirSync(join(contentDir(), 'services'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(contentDir(), 'services', f), 'utf8'), { schema: 'failsafe' }) as RawService);
const byNumber = (n: string) => raw.find((s) => s.certificationNumber === n)!;
const template = parse(readFileSync(join(contentDir(), 'form-b.yaml'), 'utf8')) as {
  categories: { name: string; items: { no: number; middle: string; label?: string; keyRequirement?: boolean }[] }[];
};

/** Visible text without the words meant only for screen readers. */
async function seenText(page: Page, selector: string): Promise<string> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
      return copy.textContent ?? '';
    });
}

const ABOUT = ['/about/', '/about/criteria/', '/about/procedures/', '/about/fees/', '/about/glossary/'];

describe('scheme pages', () => {
  test('every page is linked from the header or footer and marked for the search index', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    expect(await page.locator('header a[href="/about/"]').count()).toBe(1);
    expect(await page.locator('header a[href="/updates/"]').count()).toBe(1);
    for (const path of ABOUT) {
      expect(await page.locator(`footer a[href="${path}"]`).count(), path).toBe(1);
      const response = await page.goto(siteUrl(path));
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('[data-pagefind-body]').count(), path).toBe(1);
      expect((await page.locator('[data-pagefind-body] h1').innerText()).length).toBeGreaterThan(0);
    }
  });

  test('the 一定の要件 table is the template’s key-requirement items, in template order', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/about/criteria/'));
    const expected = template.categories.flatMap((c) =>
      c.items.filter((i) => i.keyRequirement).map((i) => [String(i.no), c.name, i.middle, i.label ?? i.middle]),
    );
    expect(expected).toHaveLength(5);
    const rows = page.locator('table.key-requirements tbody tr');
    const got = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent?.trim())),
    );
    expect(got).toEqual(expected);
    expect(await axeViolations(page, { include: ['.about__body'], tags: [...WCAG_TAGS, 'best-practice'] })).toEqual([]);
  });

  test('says what certification does not attest, the renewal window, revocation grounds, fees and contact', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/about/'));
    expect(await page.locator('main').innerText()).toContain(
      'サービスが安全であること、障害や情報漏えいが起きないことの保証ではありません',
    );
    await page.goto(siteUrl('/about/procedures/'));
    const procedures = await page.locator('main').innerText();
    expect(procedures).toContain('60 日前から 30 日前まで');
    for (const mark of ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ'])
      expect(procedures).toContain(`${mark}.`);
    expect(procedures).toContain('申請の記載内容の変更を正当な理由なく届け出なかったため');
    for (const word of ['譲渡', '合併', '分割', '相続']) expect(procedures).toContain(word);
    await page.goto(siteUrl('/about/fees/'));
    const fees = await page.locator('main').innerText();
    for (const amount of ['209,000円', '104,500円', '10,450円']) expect(fees).toContain(amount);
    expect(fees).toContain('03-6662-6854');
  });
});

describe('service history', () => {
  test('every published event of every sample service is listed with its date, and every event type occurs', async () => {
    const page = await browser.newPage();
    const types = new Set<string>();
    for (const s of raw) {
      const events = s.events.filter((e) => e.date <= asOf);
      await page.goto(siteUrl(`/services/${s.certificationNumber.toLowerCase()}/`));
      const items = page.locator('section.history > ol > li');
      const expiry = expiryOn(s.certificationNumber, asOf);
      expect(await items.count(), s.certificationNumber).toBe(events.length + (expiry ? 1 : 0));
      const shown = await items.evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('time')?.getAttribute('datetime'),
          li.querySelector('.history__type')?.textContent,
        ]),
      );
      const expected = events.map((e) => [e.date, e.type]).reverse();
      if (expiry) expected.unshift([expiry, '期限切れ']);
      expect(shown, s.certificationNumber).toEqual(expected);
      events.forEach((e) => types.add(e.type));
    }
    expect([...types].sort()).toEqual([...EVENT_TYPES].sort());
  });

  test('a change view shows the old and the new text side by side, with the changed characters marked', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0007-1903/'));
    const s = byNumber('IP0007-1903');
    const change = s.events.find((e) => e.date === '2025-09-16')!.changes!.find((c) => c.item === 'support-hours')!;
    const view = '#event-2025-09-16-support-hours';
    expect(await page.locator(view).isVisible()).toBe(true);
    expect(await seenText(page, `${view} td:nth-child(1)`)).toBe(change.previous!.replace(/\n+$/, ''));
    expect(await seenText(page, `${view} td:nth-child(2)`)).toBe(
      s.answers['support-hours']!.content!.replace(/\n+$/, ''),
    );
    expect(await page.locator(`${view} td:nth-child(1) del`).count()).toBeGreaterThan(0);
    expect(await page.locator(`${view} td:nth-child(2) ins`).count()).toBeGreaterThan(0);
    // Not by colour alone: struck through / underlined, and announced.
    expect(
      await page
        .locator(`${view} del`)
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    expect(
      await page
        .locator(`${view} ins`)
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');
    expect(await page.locator(`${view} del .visually-hidden`).first().textContent()).toContain('削除');
    expect(await page.locator(`${view} ins .visually-hidden`).first().textContent()).toContain('追加');
    expect(await axeViolations(page, { include: ['section.history'], tags: [...WCAG_TAGS, 'best-practice'] })).toEqual(
      [],
    );
  });

  test('a change to an item withheld on the publication date shows neither old nor new text', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0008-2004/'));
    const dc = byNumber('IP0008-2004').dataCentres.find((d) => d.id === 'west-2')!;
    expect(dc.answers['dc-location']!.withhold!.through >= asOf).toBe(true);
    const view = page.locator('#event-2026-04-01-dc-location-west-2');
    expect(await view.innerText()).toContain('公表留保中');
    expect(await view.locator('table').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain(dc.answers['dc-location']!.content!.trim());
  });
});

describe('更新情報', () => {
  test('lists every published event newest first and links to the change views', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/updates/'));
    const all = raw.flatMap((s) => {
      const expiry = expiryOn(s.certificationNumber, asOf);
      return [...s.events.filter((e) => e.date <= asOf), ...(expiry ? [{ date: expiry }] : [])];
    });
    const dates = await page.locator('main tbody time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates).toHaveLength(all.length);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe(
      all
        .map((e) => e.date)
        .sort()
        .at(-1),
    );

    const link = page.locator('a[href="/services/ip0007-1903/#event-2025-09-16-support-hours"]');
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/ip0007-1903\/#event-2025-09-16-support-hours$/);
    expect(await page.locator('#event-2025-09-16-support-hours table').isVisible()).toBe(true);
  });
});

describe('the official record: renewal outcomes, stated periods, face-sheet and data-centre changes', () => {
  test('a refused renewal: the service page says 期限切れ and why, the history and 更新情報 list 更新非認定, the open data carries it', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0013-2303/'));
    const notice = await page.locator('[data-live-status]').first().innerText();
    expect(notice).toContain('この認定は現在有効ではありません');
    expect(notice).toContain('期限切れ');
    expect(notice).toContain('2025年4月18日に更新が認められなかった');
    const latest = page.locator('section.history > ol > li').first();
    expect(await latest.locator('.history__type').innerText()).toBe('更新非認定');
    expect(await latest.locator('time').getAttribute('datetime')).toBe('2025-04-18');

    await page.goto(siteUrl('/updates/'));
    const row = page.locator('main tbody tr', {
      has: page.locator('a[href="/services/ip0013-2303/#event-2025-04-18"]'),
    });
    expect(await row.innerText()).toContain('更新非認定');

    const json = (await (await page.request.get(siteUrl('/data/services/ip0013-2303.json'))).json()) as Record<
      string,
      unknown
    >;
    expect(json['status']).toBe('期限切れ');
    expect(json['renewalOutcome']).toEqual({ type: '更新非認定', date: '2025-04-18' });
    const feed = await (await page.request.get(siteUrl('/data/events.atom'))).text();
    expect(feed).toContain('【更新非認定】');
  });

  test('a withdrawn application is shown as 更新申請取下げ, and the service stays 期限切れ', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0003-1409/'));
    // Newest first: the expiry the day after the period's last day (2026-08-19), then the withdrawal.
    const types = page.locator('section.history > ol > li .history__type');
    expect(await types.nth(0).innerText()).toBe('期限切れ');
    expect(await page.locator('section.history > ol > li').first().locator('h3 time').getAttribute('datetime')).toBe(
      '2026-08-20',
    );
    expect(await types.nth(1).innerText()).toBe('更新申請取下げ');
    expect(await page.locator('[data-live-status]').first().innerText()).toContain('更新申請が取り下げられた');
  });

  test('a renamed provider: the history shows the old and the new 事業者名称', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0011-2404/'));
    const view = page.locator('#event-2025-10-01-field-providerName');
    const text = await seenText(page, '#event-2025-10-01-field-providerName');
    expect(await view.locator('h4').innerText()).toBe('事業者名称');
    expect(text).toContain('瀬戸波データサービス株式会社');
    expect(text).toContain('セトナミクラウド株式会社');
  });

  test('a renewal shows the period printed on the certificate, which the certificate page uses', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0011-2404/'));
    expect((await page.locator('#event-2026-03-27').innerText()).replace(/\s+/g, ' ')).toContain(
      '新しい認定期間（認定証の記載）: 2026年4月22日 から 2028年4月21日 まで',
    );
    await page.goto(siteUrl('/services/ip0011-2404/certificate/'));
    const main = await page.locator('main').innerText();
    expect(main).toContain('2026年4月22日');
    expect(main).toContain('2028年4月21日');
  });

  test('a removed data centre leaves the current tables and keeps its last answers in the history, withheld ones hidden', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/services/ip0001-1302/'));
    const history = page.locator('section.history');
    const removed = page.locator('#event-2024-06-03-removed-dc-nagoya');
    expect(await removed.locator('h4').innerText()).toBe('データセンターの削除（中部データセンター）');
    await removed.locator('summary').click();
    const text = await removed.innerText();
    expect(text).toContain('愛知県内（詳細な所在地は非公開）');
    expect(text).toContain('公表留保中');
    const centre = byNumber('IP0001-1302') as RawService & {
      removedDataCentres: { answers: Record<string, RawAnswer> }[];
    };
    const secret = centre.removedDataCentres[0]!.answers['dc-physical-security']!;
    expect(secret.withhold!.through >= asOf).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain(secret.content!.trim());
    // Outside the history the centre is gone.
    const outside = await page.evaluate(() => {
      const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      main.querySelector('section.history')?.remove();
      return main.textContent ?? '';
    });
    expect(outside).not.toContain('中部データセンター');
    expect(await axeViolations(page, { include: ['section.history'], tags: [...WCAG_TAGS, 'best-practice'] })).toEqual(
      [],
    );
    expect(await history.count()).toBe(1);
  });
});
