/**
 * Calendar dates as ISO strings (YYYY-MM-DD). The scheme counts whole days in
 * Japan, so we never carry a time of day or a time zone around: every date in
 * the data is a civil date, and arithmetic happens on UTC midnights.
 */

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is YYYY-MM-DD and names a day that exists (no 2月30日). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/**
 * Last day of a period of `years` years that starts on (and includes) `start`.
 * 民法143条: the period ends the day before the day corresponding to the start
 * in the final year; when that year has no such day (a period from 2月29日),
 * it ends on the last day of that month.
 */
export function lastDayOfYears(start: IsoDate, years: number): IsoDate {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const ty = y + years;
  if (d > daysInMonth(ty, m))
    return `${ty}-${String(m).padStart(2, '0')}-${String(daysInMonth(ty, m)).padStart(2, '0')}`;
  return addDays(`${ty}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, -1);
}

/** Today's civil date in Japan, where the secretariat works. */
export function todayInTokyo(now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** 2026-04-01 → 2026年4月1日 (how dates read on Japanese public pages). */
export function formatJapaneseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Parses the date forms applicants actually write in Form B date answers
 * (2024/10/31, 2024年10月31日, 2024-10-31, with optional spaces or
 * full-width digits). Returns null when the text names no real day.
 * The answer itself is always published as written; this is for checking only.
 */
export function parseWrittenDate(text: string): IsoDate | null {
  const ascii = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(\d{4})(?:[/.-]|年)(\d{1,2})(?:[/.-]|月)(\d{1,2})日?$/.exec(ascii);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
