/**
 * The catalogue's lifecycle events as feed entries, and the Atom feed of them
 * (/data/events.atom). Entries carry only what the service pages show in
 * their history: the kind of event, its date, the names of changed items,
 * and the published 改善要請 summary or revocation ground — never answer text,
 * so a withheld answer cannot reach the feed through a change notice.
 * Deterministic: every date comes from the data, never from the clock.
 */
import type { FormTemplate } from '../data/form-b-template.ts';
import type { PublishedEvent, PublishedService } from './publication.ts';
import type { IsoDate } from '../rules/calendar-date.ts';
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { servicePagePath } from './service-json.ts';
import { FACE_SHEET_FIELDS } from '../data/service-record.ts';
import { dataCentreLabel } from './data-centre-label.ts';
import { xmlText } from './xml-text.ts';

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
] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedEntry {
  kind: FeedKind;
  date: IsoDate;
  service: PublishedService;
  /** Position of the event in the service's history: part of the stable entry id. */
  index: number;
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
      const items = [
        ...(e.fieldChanges ?? []).map((c) => FACE_SHEET_FIELDS[c.field]),
        ...(e.dataCentresAdded ?? []).map((id) => `データセンターの追加（${dataCentreLabel(s, id)}）`),
        ...(e.dataCentresRemoved ?? []).map((id) => `データセンターの削除（${dataCentreLabel(s, id)}）`),
        ...(e.changes ?? []).map((c) => {
          const row = template.byId.get(c.item);
          const dc = c.dataCentre ? dataCentreLabel(s, c.dataCentre) : undefined;
          return `${row ? (row.label ?? row.middle) : c.item}${dc ? `（${dc}）` : ''}`;
        }),
      ];
      const what = kind === '更新認定' ? `${on}、${name}の認定が更新されました。` : `${on}、${name}について変更の届出がありました。`;
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
  }
}

/** When the certification ends after a renewal outcome: the period's last day, or the outcome's date if that is later. */
function outcomeEnd(e: PublishedEvent, s: PublishedService): string {
  const end = s.lifecycle.periodEnd;
  return e.date > end ? '認定はこの日に終了しました。' : `認定は有効期限の${formatJapaneseDate(end)}までで終了します。`;
}

/** Every feed event of the catalogue, newest first (ties: 認定番号, then history order). */
export function feedEntries(services: readonly PublishedService[], template: FormTemplate): FeedEntry[] {
  const out: FeedEntry[] = [];
  for (const s of services) {
    s.events.forEach((e, index) => {
      const kind = kindOf(e);
      if (!kind) return;
      out.push({
        kind,
        date: e.date,
        service: s,
        index,
        title: `【${kind}】${s.serviceName}（${s.certificationNumber}）`,
        summary: summaryOf(kind, e, s, template),
      });
    });
  }
  return out.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.service.certificationNumber.localeCompare(b.service.certificationNumber) || a.index - b.index,
  );
}

/** Every value goes through xmlText: nothing XML 1.0 forbids reaches the feed, whatever the data holds. */
export const escapeXml = xmlText;

/** Dates are days in Japan: midnight JST. */
function atomTime(d: IsoDate): string {
  return `${d}T00:00:00+09:00`;
}

export function entryId(site: URL, e: FeedEntry): string {
  return `tag:${site.hostname},${e.service.lifecycle.firstCertified}:${e.service.id}/events/${e.index}`;
}

/** `names`: the site's name and operator (content/site.yaml). */
export function atomFeed(entries: readonly FeedEntry[], site: URL, asOf: IsoDate, names: { name: string; operator: string }): string {
  const self = new URL('/data/events.atom', site).href;
  // The newest event's date, so the feed changes only when an event is added.
  const updated = entries[0]?.date ?? asOf;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(self)}</id>`,
    `  <title>${escapeXml(names.name)}: 認定・変更・終了のお知らせ</title>`,
    `  <updated>${atomTime(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(new URL('/', site).href)}"/>`,
    `  <author><name>${escapeXml(names.operator)}</name></author>`,
  ];
  for (const e of entries) {
    const page = new URL(servicePagePath(e.service), site).href;
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
