/**
 * The date the site publishes as of. Every time-dependent fact (status,
 * whether a withholding is still in force) is computed against it, so the same
 * data and the same date always give the same site.
 */
import { isIsoDate, todayInTokyo, type IsoDate } from '../rules/calendar-date.ts';

export function publicationDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): IsoDate {
  const value = env['PUBLICATION_DATE'];
  if (value === undefined || value === '') return todayInTokyo(now);
  if (!isIsoDate(value)) {
    throw new Error(
      `環境変数 PUBLICATION_DATE「${value}」は日付として読めません。YYYY-MM-DD（例: 2026-11-26）で指定してください`,
    );
  }
  return value;
}
