/**
 * 公表留保 (overview §7(2)ウ): the secretariat may agree to hold back part of a
 * disclosure for a period, stated as 「YYYY年MM月DD日まで」. That date is the
 * last day still withheld (`through`): the answer is withheld while the
 * publication date is on or before it, and published from the next day.
 */
import type { IsoDate } from './calendar-date.ts';

export function isWithheld(withhold: { through: IsoDate } | undefined, asOf: IsoDate): boolean {
  return withhold !== undefined && asOf <= withhold.through;
}
