/**
 * Fragment ids for a service's history, shared by the service page (which
 * carries them) and the 更新情報 page (which links to them). Built from dates
 * and template ids only, so a link stays valid as long as the event stays.
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import { eventAnchor } from './paths.ts';

/** One id per event in the given order: `event-2025-09-16`, then `event-2025-09-16-2` for a second event that day. */
export function eventAnchors(events: readonly { date: IsoDate }[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const n = (seen.get(e.date) ?? 0) + 1;
    seen.set(e.date, n);
    return eventAnchor(e.date, n);
  });
}
