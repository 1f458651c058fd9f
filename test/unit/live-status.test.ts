/**
 * The in-page status rule (src/lib/live-status-rule.ts, shipped to browsers)
 * must agree with the scheme's rule (stateOn in src/rules/lifecycle.ts) on
 * every later day, as long as nothing new happened after the build.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/rules/calendar-date.ts';
import { EVENT_TYPES, periodFrom, renewalWindow, stateOn, type LifecycleEvent } from '../../src/rules/lifecycle.ts';
import { liveStatusOn } from '../../src/lib/live-status-rule.ts';
import { laterStatuses, liveStatusData } from '../../src/lib/live-status.ts';
import type { PublishedLifecycle } from '../../src/lib/publication.ts';

/** What src/lib/publication.ts publishes of a state. */
function published(events: LifecycleEvent[], asOf: string): PublishedLifecycle | null {
  const s = stateOn(events, asOf);
  if (!s) return null;
  const l: PublishedLifecycle = {
    status: s.status,
    firstCertified: s.firstCertified,
    periodStart: s.period.start,
    periodEnd: s.period.end,
  };
  if (s.ended) l.ended = { type: s.ended.type, date: s.ended.date };
  if (s.renewalApplied) l.renewalApplied = s.renewalApplied.date;
  return l;
}

const later = EVENT_TYPES.filter((t) => t !== '認定');
/** A history: a 認定 and then events in date order, weighted towards renewals near period ends. */
const historyArb = fc
  .tuple(
    fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n)),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), fc.constantFrom(...later, '更新申請', '更新認定')), {
      maxLength: 8,
    }),
  )
  .map(([start, steps]) => {
    const events: LifecycleEvent[] = [{ type: '認定', date: start }];
    let date = start;
    for (const [gap, type] of steps) {
      date = addDays(date, gap);
      events.push({ type, date });
    }
    return events;
  });

describe('live status rule', () => {
  test('property: re-judged on any later day, it gives what stateOn gives with the same events', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 1500 }),
        (events, off1, off2) => {
          const asOf = addDays(events[0]!.date, off1);
          const known = events.filter((e) => e.date <= asOf);
          const l = published(known, asOf)!;
          const later = addDays(asOf, off2);
          expect(liveStatusOn(liveStatusData(l), later)).toBe(stateOn(known, later)!.status);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('property: a renewal applied inside the window turns 有効 into 更新手続中, not 期限切れ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 30 }), (n, k) => {
        const start = addDays('2000-01-01', n);
        const period = periodFrom(start);
        const events: LifecycleEvent[] = [
          { type: '認定', date: start },
          { type: '更新申請', date: addDays(renewalWindow(period).from, k) },
        ];
        const l = published(events, period.end)!;
        expect(l.status).toBe('有効');
        expect(laterStatuses(l)).toEqual(['更新手続中']);
        expect(liveStatusOn(liveStatusData(l), addDays(period.end, 1))).toBe('更新手続中');
      }),
    );
  });

  test('the day after the last day of the period, without renewal: 期限切れ; on the last day: 有効', () => {
    const l = published([{ type: '認定', date: '2025-01-17' }], '2026-11-26')!;
    expect(liveStatusData(l)).toEqual({ end: '2027-01-16', renewal: false, ended: '' });
    expect(liveStatusOn(liveStatusData(l), '2027-01-16')).toBe('有効');
    expect(liveStatusOn(liveStatusData(l), '2027-01-17')).toBe('期限切れ');
    expect(laterStatuses(l)).toEqual(['期限切れ']);
  });

  test('a terminal event stays whatever the date', () => {
    const l = published(
      [
        { type: '認定', date: '2024-03-22' },
        { type: '認定取消し', date: '2025-12-15' },
      ],
      '2026-11-26',
    )!;
    expect(liveStatusOn(liveStatusData(l), '2024-04-01')).toBe('認定取消し');
    expect(laterStatuses(l)).toEqual([]);
  });
});
