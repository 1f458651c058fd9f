/**
 * Dates in English. The catalogue counts civil days in Japan, so a date is
 * the IsoDate itself (src/rules/calendar-date.ts) and is never moved through
 * a time zone: the English edition shows "1 December 2026" (day, month name,
 * year — unambiguous in every English-speaking country) and machine-readable
 * places keep the ISO form.
 */
import { isIsoDate, type IsoDate } from '../rules/calendar-date.ts';

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** 2026-12-01 → "1 December 2026". */
export function formatEnglishDate(date: IsoDate): string {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${ENGLISH_MONTHS[m - 1]} ${y}`;
}
