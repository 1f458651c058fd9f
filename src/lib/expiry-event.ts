/**
 * When a certification ran out: the day after the last day of its period,
 * on which the status became 期限切れ (no renewal decided, no renewal
 * application pending in the window, no earlier end). Reported once that day
 * is on or before the publication date. Derived from the published events
 * with the same rule as the status (src/rules/lifecycle.ts), so it never
 * disagrees with the page. A certification that ends on the day a renewal is
 * refused or withdrawn while 更新手続中 has no separate expiry: the outcome
 * entry already says it ended that day.
 */
import { addDays, type IsoDate } from '../rules/calendar-date.ts';
import { stateOn, type LifecycleEvent } from '../rules/lifecycle.ts';

export const EXPIRY_KIND = '期限切れ' as const;

export interface Expiry {
  /** The first day without a certification: the period's last day + 1. */
  date: IsoDate;
  /** The period's last day. */
  lastDay: IsoDate;
  /** Fragment id of the expiry in the service page's history. */
  anchor: string;
}

/** `service`: a published service, or anything with its period's last day and its events (the per-service JSON on /watch/). */
export function expiryOf(
  service: { lifecycle: { periodEnd: IsoDate }; events: readonly LifecycleEvent[] },
  asOf: IsoDate,
): Expiry | null {
  const lastDay = service.lifecycle.periodEnd;
  const date = addDays(lastDay, 1);
  if (date > asOf) return null;
  const before = stateOn(service.events, lastDay);
  const on = stateOn(service.events, date);
  if (!before || !on) return null;
  if (before.status !== '有効' && before.status !== '更新手続中') return null;
  if (on.status !== '期限切れ' || on.period.end !== lastDay) return null;
  return { date, lastDay, anchor: `expiry-${date}` };
}
