/**
 * Sitemap, robots.txt, the Atom feed and the iCalendar files, parsed with
 * real parsers (fast-xml-parser, ical.js) and checked against the sample data.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { requireDist } from '../support/paths.ts';
import { publishedView, SITE } from '../support/published-view.ts';
import { parseWrittenDate } from '../../src/rules/calendar-date.ts';
import { isValidStatus } from '../../src/rules/lifecycle.ts';
import { expiryOf } from '../../src/lib/expiry-event.ts';
import { collectSecrets } from '../support/catalogue-secrets.ts';
import { contentDir, publicationDate } from '../support/paths.ts';

const dist = requireDist();
const view = publishedView();
const read = (p: string) => readFileSync(join(dist, p), 'utf8');
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap', 'entry', 'link'].includes(name),
});
const page = (id: string) => new URL(`/services/${id}/`, SITE).href;

describe('sitemap and robots.txt', () => {
  const index = xml.parse(read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  const urls = index.sitemapindex.sitemap.flatMap(
    (s) =>
      (xml.parse(read(new URL(s.loc).pathname.slice(1))) as { urlset: { url: { loc: string; lastmod?: string }[] } })
        .urlset.url,
  );
  const locs = urls.map((u) => u.loc);

  test('lists every certified service page with lastmod = 開示情報の日付, and no page that is noindex', () => {
    for (const s of view.services) {
      const entry = urls.find((u) => u.loc === page(s.id));
      if (!isValidStatus(s.lifecycle.status)) {
        expect(entry, `${s.certificationNumber} (${s.lifecycle.status}) must not be in the sitemap`).toBeUndefined();
        continue;
      }
      expect(entry, `${s.certificationNumber} missing`).toBeDefined();
      expect(entry!.lastmod?.slice(0, 10)).toBe(parseWrittenDate(s.disclosureDate!));
    }
    expect(locs).toContain(new URL('/', SITE).href);
    expect(locs).toContain(new URL('/data/', SITE).href);
    expect(locs).not.toContain(new URL('/search/', SITE).href);
    for (const loc of locs) {
      const html = read(`${new URL(loc).pathname.slice(1)}index.html`);
      expect(html, loc).not.toMatch(/<meta name="robots" content="noindex/);
      expect(html, loc).toContain(`<link rel="canonical" href="${loc}">`);
    }
  });

  test('robots.txt points at the sitemap on the configured origin', () => {
    expect(read('robots.txt')).toMatch(
      new RegExp(`^Sitemap: ${new URL('/sitemap-index.xml', SITE).href.replace(/[.]/g, '\\.')}$`, 'm'),
    );
  });
});

describe('Atom feed', () => {
  const text = read('data/events.atom');
  const feed = (
    xml.parse(text) as {
      feed: {
        updated: string;
        entry: {
          id: string;
          title: string;
          updated: string;
          link: { '@href': string }[];
          category: { '@term': string };
          summary: string;
        }[];
      };
    }
  ).feed;

  test('is well-formed XML', () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  test('has one entry per lifecycle event (更新申請 excepted), newest first, linking to its service', () => {
    const expected = view.services.flatMap((s) => {
      const events = s.events
        .filter((e) => e.type !== '更新申請')
        .map((e) => ({ id: s.id, kind: e.type === '認定' ? '新規認定' : e.type, date: e.date }));
      const expiry = expiryOf(s, view.asOf);
      return expiry ? [...events, { id: s.id, kind: '期限切れ', date: expiry.date }] : events;
    });
    expect(feed.entry).toHaveLength(expected.length);
    const dates = feed.entry.map((e) => e.updated.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(feed.entry[0]!.updated);
    const got = feed.entry
      .map((e) => `${e.link[0]!['@href'].replace(/#.*/, '')} ${e.category['@term']} ${e.updated.slice(0, 10)}`)
      .sort();
    expect(got).toEqual(expected.map((e) => `${page(e.id)} ${e.kind} ${e.date}`).sort());
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
    for (const kind of [
      '新規認定',
      '更新認定',
      '更新非認定',
      '更新申請取下げ',
      '変更届出',
      'サービス終了',
      '認定取消し',
      '効力喪失',
      '改善要請',
      '期限切れ',
    ])
      expect(
        feed.entry.some((e) => e.category['@term'] === kind),
        kind,
      ).toBe(true);
  });

  test('the feed does not depend on the clock: updated is an event or expiry date', () => {
    // An event's date, or an expiry's (the day after a period's last day): both come from the data.
    const eventDates = new Set(
      view.services.flatMap((s) => [...s.events.map((e) => e.date), expiryOf(s, view.asOf)?.date ?? []].flat()),
    );
    expect(eventDates.has(feed.updated.slice(0, 10))).toBe(true);
  });
});

describe('per-service Atom feeds (/services/<id>/feed.atom)', () => {
  type Entry = {
    id: string;
    title: string;
    updated: string;
    link: { '@href': string }[];
    category: { '@term': string };
    summary: string;
  };
  const feedOf = (id: string) => {
    const text = read(`services/${id}/feed.atom`);
    expect(XMLValidator.validate(text), id).toBe(true);
    return (
      xml.parse(text) as {
        feed: { id: string; updated: string; link: { '@rel': string; '@href': string }[]; entry?: Entry[] };
      }
    ).feed;
  };

  test('every service has one, linked from its page with <link rel="alternate">, with its events, expiry and end', () => {
    for (const s of view.services) {
      const feed = feedOf(s.id);
      const self = new URL(`/services/${s.id}/feed.atom`, SITE).href;
      expect(feed.id).toBe(self);
      expect(feed.link.find((l) => l['@rel'] === 'self')!['@href']).toBe(self);
      const html = read(`services/${s.id}/index.html`);
      expect(html).toMatch(
        new RegExp(
          `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="/services/${s.id}/feed\\.atom">`,
        ),
      );
      const expected = s.events.filter((e) => e.type !== '更新申請').length + (expiryOf(s, view.asOf) ? 1 : 0);
      expect(feed.entry ?? [], s.certificationNumber).toHaveLength(expected);
      for (const e of feed.entry ?? []) {
        expect(e.link[0]!['@href'].startsWith(`${page(s.id)}#`)).toBe(true);
        expect(e.title).toContain(s.certificationNumber);
      }
      const dates = (feed.entry ?? []).map((e) => e.updated);
      expect(dates).toEqual([...dates].sort().reverse());
      if (s.lifecycle.ended)
        expect((feed.entry ?? []).some((e) => e.category['@term'] === s.lifecycle.ended!.type)).toBe(true);
    }
  });

  test('entry ids are those of the catalogue-wide feed', () => {
    const all = new Set(
      (xml.parse(read('data/events.atom')) as { feed: { entry: { id: string }[] } }).feed.entry.map((e) => e.id),
    );
    for (const s of view.services) for (const e of feedOf(s.id).entry ?? []) expect(all.has(e.id), e.id).toBe(true);
  });

  test('a change lists the changed items by name (IP0008-2004: 2022 代表者, 2026 データセンターの追加・稼働率)', () => {
    const entries = feedOf('ip0008-2004').entry!;
    const changes = entries.filter((e) => ['変更届出', '更新認定'].includes(e.category['@term']));
    const all = changes.map((e) => e.summary).join('\n');
    expect(all).toContain('変更された項目:');
    expect(all).toMatch(/データセンターの追加（[^）]+）/);
    expect(all).toContain('代表者');
  });

  test("a withheld item's change is named, but no text of it is in the feed", () => {
    const s = view.services.find((x) => x.certificationNumber === 'IP0008-2004')!;
    const withheldChange = s.events.flatMap((e) => e.changes ?? []).find((c) => c.current.state === 'withheld');
    expect(withheldChange, 'IP0008-2004 has a change to a withheld answer').toBeDefined();
    const row = view.template.byId.get(withheldChange!.item)!;
    const text = read('services/ip0008-2004/feed.atom');
    expect(text).toContain(row.label ?? row.middle);
    const secrets = collectSecrets(contentDir(), publicationDate()).secrets.filter(
      (x) => x.kind.startsWith('withheld') && x.where.includes('ip0008-2004'),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret.text);
  });
});

describe('iCalendar', () => {
  const parseCalendar = (p: string) => new ICAL.Component(ICAL.parse(read(p)));
  const withExpiry = view.services.filter((s) => !s.lifecycle.ended);

  test('expiries.ics has one all-day event on the last valid day of each service not ended', () => {
    const raw = read('data/expiries.ics');
    expect(raw.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const events = parseCalendar('data/expiries.ics')
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid).sort()).toEqual(
      withExpiry.map((s) => `${s.id}-expiry-${s.lifecycle.periodEnd.replace(/-/g, '')}@${SITE.hostname}`).sort(),
    );
    for (const s of withExpiry) {
      const e = events.find((x) => x.uid.startsWith(`${s.id}-`))!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(s.lifecycle.periodEnd);
      expect(e.summary).toContain(s.serviceName);
      expect(e.summary).toContain(s.certificationNumber);
      expect(e.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P60D');
    }
  });

  test('each service not ended has its own calendar with just its expiry', () => {
    const files = readdirSync(join(dist, 'data', 'services')).filter((f) => f.endsWith('.ics'));
    expect(files.sort()).toEqual(withExpiry.map((s) => `${s.id}.ics`));
    for (const s of withExpiry) {
      const events = parseCalendar(`data/services/${s.id}.ics`).getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(new ICAL.Event(events[0]).startDate.toString()).toBe(s.lifecycle.periodEnd);
    }
  });
});

describe('更新情報 (/updates/) reports expiries', () => {
  test('IP0003-1409 ran out on 2026-08-20: a row linking to the expiry in its history, which the service page carries', () => {
    const updates = read('updates/index.html');
    expect(updates).toMatch(/href="\/services\/ip0003-1409\/#expiry-2026-08-20"[^>]*>期限切れ<\/a>/);
    expect(read('services/ip0003-1409/index.html')).toMatch(/<li id="expiry-2026-08-20"/);
    // Only services whose period ran out: not one still renewing, not one that ended otherwise.
    const expired = view.services.filter((s) => expiryOf(s, view.asOf)).map((s) => s.id);
    expect(expired).toEqual(['ip0003-1409']);
    expect(updates.match(/#expiry-/g)).toHaveLength(1);
  });
});
