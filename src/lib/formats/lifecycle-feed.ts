/**
 * The catalogue's lifecycle events as feed entries, and the Atom feed of them
 * (/data/events.atom). Entries carry only what the service pages show in
 * their history: the kind of event, its date, the names of changed items,
 * and the published 改善要請 summary or revocation ground — never answer text,
 * so a withheld answer cannot reach the feed through a change notice.
 * Deterministic: every date comes from the data, never from the clock.
 */
import type { FormTemplate } from '../../data/form-b-template.ts';
import type { PublishedEvent, PublishedService } from '../publication.ts';
import type { IsoDate } from '../../rules/calendar-date.ts';
import { addDays, formatJapaneseDate } from '../../rules/calendar-date.ts';
import { EVENTS_FEED_PATH, serviceFeedPath, servicePath, servicePlacePath } from '../paths.ts';
import { xmlText } from './xml-text.ts';
import { eventAnchors } from '../history-anchors.ts';
import { changeEntries } from '../change-entries.ts';
import { expiryOf } from '../expiry-event.ts';

export const FEED_KINDS = [
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
] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedEntry {
  kind: FeedKind;
  date: IsoDate;
  service: PublishedService;
  /** Position of the event in the service's history (an expiry comes after every event): orders same-day entries. */
  index: number;
  /** The stable part of the entry id: `events/<index>`, or `expiry/<last day>`. */
  key: string;
  /** Fragment id on the service page (the history entry). */
  anchor: string;
  title: string;
  summary: string;
}

function kindOf(e: PublishedEvent): FeedKind | null {
  if (e.type === '認定') return '新規認定';
  if (e.type === '更新申請') return null;
  return e.type;
}

function summaryOf(kind: FeedKind, e: PublishedEvent, s: PublishedService, template: FormTemplate): string {
  const on = formatJapaneseDate(e.date);
  const name = `${s.providerName}の「${s.serviceName}」（認定番号 ${s.certificationNumber}）`;
  switch (kind) {
    case '新規認定':
      return `${on}、${name}が認定されました。`;
    case '更新認定':
    case '変更届出': {
      const items = changeEntries(e, '', s, template).map((c) => c.label);
      const what =
        kind === '更新認定'
          ? `${on}、${name}の認定が更新されました。`
          : `${on}、${name}について変更の届出がありました。`;
      return items.length ? `${what}変更された項目: ${[...new Set(items)].join('、')}` : what;
    }
    case '更新非認定':
      return `${on}、${name}の更新は認められませんでした。${outcomeEnd(e, s)}`;
    case '更新申請取下げ':
      return `${on}、${name}の更新申請が取り下げられました。${outcomeEnd(e, s)}`;
    case 'サービス終了':
      return `${on}、${name}の提供が終了しました。`;
    case '認定取消し':
      return `${on}、${name}の認定が取り消されました。${e.ground ? `事由: ${e.ground}` : ''}`;
    case '効力喪失':
      return `${on}、${name}の認定の効力が失われました。${e.ground ? `事由: ${e.ground}` : ''}`;
    case '改善要請':
      return `${on}、${name}に改善を要請しました。${e.summary ?? ''}`;
    case '期限切れ':
      return `${on}、${name}の認定が期限切れになりました（認定期間は${formatJapaneseDate(addDays(e.date, -1))}まで）。`;
  }
}

/** When the certification ends after a renewal outcome: the period's last day, or the outcome's date if that is later. */
function outcomeEnd(e: PublishedEvent, s: PublishedService): string {
  const end = s.lifecycle.periodEnd;
  return e.date > end ? '認定はこの日に終了しました。' : `認定は有効期限の${formatJapaneseDate(end)}までで終了します。`;
}

/** One service's feed entries, in history order (the expiry, if any, last). */
export function serviceFeedEntries(s: PublishedService, template: FormTemplate, asOf?: IsoDate): FeedEntry[] {
  const out: FeedEntry[] = [];
  const anchors = eventAnchors(s.events);
  s.events.forEach((e, index) => {
    const kind = kindOf(e);
    if (!kind) return;
    out.push({
      kind,
      date: e.date,
      service: s,
      index,
      key: `events/${index}`,
      anchor: anchors[index]!,
      title: `【${kind}】${s.serviceName}（${s.certificationNumber}）`,
      summary: summaryOf(kind, e, s, template),
    });
  });
  const expiry = asOf ? expiryOf(s, asOf) : null;
  if (expiry) {
    const e: PublishedEvent = { type: '認定', date: expiry.date };
    out.push({
      kind: '期限切れ',
      date: expiry.date,
      service: s,
      index: s.events.length,
      key: `expiry/${expiry.lastDay}`,
      anchor: expiry.anchor,
      title: `【期限切れ】${s.serviceName}（${s.certificationNumber}）`,
      summary: summaryOf('期限切れ', e, s, template),
    });
  }
  return out;
}

const newestFirst = (a: FeedEntry, b: FeedEntry) =>
  b.date.localeCompare(a.date) ||
  a.service.certificationNumber.localeCompare(b.service.certificationNumber) ||
  a.index - b.index;

/**
 * Every feed event of the catalogue, newest first (ties: 認定番号, then history
 * order). With `asOf`, expiries on or before that day are entries too.
 */
export function feedEntries(
  services: readonly PublishedService[],
  template: FormTemplate,
  asOf?: IsoDate,
): FeedEntry[] {
  return services.flatMap((s) => serviceFeedEntries(s, template, asOf)).sort(newestFirst);
}

/** Every value goes through xmlText: nothing XML 1.0 forbids reaches the feed, whatever the data holds. */
export const escapeXml = xmlText;

/** Dates are days in Japan: midnight JST. */
function atomTime(d: IsoDate): string {
  return `${d}T00:00:00+09:00`;
}

export function entryId(site: URL, e: FeedEntry): string {
  return `tag:${site.hostname},${e.service.lifecycle.firstCertified}:${e.service.id}/${e.key}`;
}

/** `names`: the site's name and operator (content/site.yaml). */
export function atomFeed(
  entries: readonly FeedEntry[],
  site: URL,
  asOf: IsoDate,
  names: { name: string; operator: string },
): string {
  return writeAtom(entries, site, asOf, names, {
    self: EVENTS_FEED_PATH,
    title: `${names.name}: 認定・変更・終了のお知らせ`,
    alternate: '/',
  });
}

/** /services/<id>/feed.atom: one service's certifications, renewals, changes, improvement requests, expiry and end, newest first. */
export function serviceAtomFeed(
  service: PublishedService,
  template: FormTemplate,
  site: URL,
  asOf: IsoDate,
  names: { name: string; operator: string },
): string {
  const entries = serviceFeedEntries(service, template, asOf).sort(newestFirst);
  return writeAtom(entries, site, asOf, names, {
    self: serviceFeedPath(service.id),
    title: `${service.serviceName}（${service.certificationNumber}）の認定・変更・終了のお知らせ | ${names.name}`,
    alternate: servicePath(service.id),
  });
}

function writeAtom(
  entries: readonly FeedEntry[],
  site: URL,
  asOf: IsoDate,
  names: { name: string; operator: string },
  feed: { self: string; title: string; alternate: string },
): string {
  const self = new URL(feed.self, site).href;
  // The newest event's date (or, with no event, the first certification), so the feed changes only when an event is added.
  const updated = entries[0]?.date ?? asOf;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${atomTime(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(new URL(feed.alternate, site).href)}"/>`,
    `  <author><name>${escapeXml(names.operator)}</name></author>`,
  ];
  for (const e of entries) {
    const page = new URL(servicePlacePath(e.service.id, e.anchor), site).href;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(site, e))}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${atomTime(e.date)}</updated>`,
      `    <published>${atomTime(e.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
      `    <category term="${escapeXml(e.kind)}" label="${escapeXml(e.kind)}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
