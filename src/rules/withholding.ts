/**
 * 公表留保 (overview §7(2)ウ): the secretariat may agree to hold back part of a
 * disclosure for a period. It is in force while the publication date is before
 * its end date, and the answer is published from the end date on.
 */
import type { IsoDate } from './calendar-date.ts';

export function isWithheld(withhold: { until: IsoDate } | undefined, asOf: IsoDate): boolean {
  return withhold !== undefined && asOf < withhold.until;
}
