/**
 * iCalendar (RFC 5545) files of certification expiries: one all-day event on
 * the last day of each current certification period, with a reminder when
 * the renewal window opens (60 days before; overview §9(1)イ). Services whose
 * certification was ended (サービス終了・認定取消し・効力喪失) have no expiry.
 * DTSTAMP is the publication date, so the same data and date give the same bytes.
 */
import type { PublishedService } from '../publication.ts';
import { addDays, formatJapaneseDate, type IsoDate } from '../../rules/calendar-date.ts';
import { renewalWindow } from '../../rules/lifecycle.ts';
import { servicePath } from '../paths.ts';
import { SHORT_NAME } from '../../site.config.ts';

export function hasExpiry(s: PublishedService): boolean {
  return !s.lifecycle.ended;
}

export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (d: IsoDate) => d.replace(/-/g, '');

function event(s: PublishedService, site: URL, asOf: IsoDate): string[] {
  const end = s.lifecycle.periodEnd;
  const window = renewalWindow({ start: s.lifecycle.periodStart, end });
  const url = new URL(servicePath(s.id), site).href;
  const description =
    `${s.providerName}「${s.serviceName}」（認定番号 ${s.certificationNumber}）の認定は${formatJapaneseDate(end)}まで有効です。` +
    `更新申請の期間は${formatJapaneseDate(window.from)}から${formatJapaneseDate(window.to)}までです。\n${url}`;
  return [
    'BEGIN:VEVENT',
    `UID:${s.id}-expiry-${compact(end)}@${site.hostname}`,
    `DTSTAMP:${compact(asOf)}T000000Z`,
    `DTSTART;VALUE=DATE:${compact(end)}`,
    `DTEND;VALUE=DATE:${compact(addDays(end, 1))}`,
    `SUMMARY:${escapeText(`認定の有効期限: ${s.serviceName}（${s.certificationNumber}）`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${url}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`更新申請の受付期間が始まりました: ${s.serviceName}`)}`,
    'TRIGGER:-P60D',
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function expiryCalendar(services: readonly PublishedService[], site: URL, asOf: IsoDate, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${site.hostname}//${SHORT_NAME}//JA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Tokyo',
    ...services.filter(hasExpiry).flatMap((s) => event(s, site, asOf)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
