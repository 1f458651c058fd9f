import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../../src/rules/calendar-date.ts';
import {
  isTerminal,
  isValidStatus,
  periodFrom,
  renewalWindow,
  stateOn,
  STATUSES,
  TERMINAL_EVENTS,
  type LifecycleEvent,
} from '../../src/rules/lifecycle.ts';

// A service first certified on 2013-02-14 (認定番号 IP….-1302).
// Its first period is 2013-02-14 … 2015-02-13 (§8ア: 2 years from the 認定日),
// so the renewal window (§9(1)ア) runs from 2014-12-15 (60 days before the
// last day) to 2015-01-14 (30 days before it).
const CERTIFIED = '2013-02-14';
const LAST_DAY = '2015-02-13';
const DAY_AFTER = '2015-02-14';
const WINDOW_FROM = '2014-12-15';
const WINDOW_TO = '2015-01-14';

const certified: LifecycleEvent = { type: '認定', date: CERTIFIED };
const applied = (date: string): LifecycleEvent => ({ type: '更新申請', date });
// The secretariat writes the new period's first day as printed on the certificate.
const renewed = (date: string, periodStart: string = date): LifecycleEvent => ({ type: '更新認定', date, periodStart });
const refused = (date: string): LifecycleEvent => ({ type: '更新非認定', date });
const withdrawn = (date: string): LifecycleEvent => ({ type: '更新申請取下げ', date });

describe('periodFrom / renewalWindow', () => {
  test('a period runs two years from its 認定日, ending the day before the second anniversary', () => {
    expect(periodFrom(CERTIFIED)).toEqual({ start: CERTIFIED, end: LAST_DAY });
    expect(periodFrom('2012-12-06')).toEqual({ start: '2012-12-06', end: '2014-12-05' });
  });

  test('a period from 2月29日 ends on 2月28日 two years later', () => {
    expect(periodFrom('2024-02-29')).toEqual({ start: '2024-02-29', end: '2026-02-28' });
  });

  test('the renewal window is from 60 to 30 days before the last day of the period', () => {
    expect(renewalWindow(periodFrom(CERTIFIED))).toEqual({ from: WINDOW_FROM, to: WINDOW_TO });
    expect(daysBetween(WINDOW_FROM, LAST_DAY)).toBe(60);
    expect(daysBetween(WINDOW_TO, LAST_DAY)).toBe(30);
  });

  test('the renewal window of a period ending on 2月28日 in a common year', () => {
    expect(renewalWindow({ start: '2024-02-29', end: '2026-02-28' })).toEqual({ from: '2025-12-30', to: '2026-01-29' });
  });
});

describe('stateOn: before the first 認定', () => {
  test('no events → not certified (null)', () => {
    expect(stateOn([], '2025-01-01')).toBeNull();
  });

  test('the day before the first 認定 → null (not published yet)', () => {
    expect(stateOn([certified], addDays(CERTIFIED, -1))).toBeNull();
  });

  test('events other than 認定 do not make a service certified', () => {
    expect(stateOn([applied('2014-12-20')], '2015-01-01')).toBeNull();
  });
});

describe('stateOn: the first period (§8ア)', () => {
  test('有効 on the 認定日 itself', () => {
    expect(stateOn([certified], CERTIFIED)).toEqual({
      status: '有効',
      firstCertified: CERTIFIED,
      period: { start: CERTIFIED, end: LAST_DAY },
    });
  });

  test('有効 on the last day of the period', () => {
    expect(stateOn([certified], LAST_DAY)?.status).toBe('有効');
  });

  test('期限切れ the day after the period ends, without renewal', () => {
    const s = stateOn([certified], DAY_AFTER);
    expect(s?.status).toBe('期限切れ');
    expect(s?.period).toEqual({ start: CERTIFIED, end: LAST_DAY });
    expect(s?.renewalApplied).toBeUndefined();
    expect(s?.ended).toBeUndefined();
  });

  test('still 期限切れ years later', () => {
    expect(stateOn([certified], '2030-01-01')?.status).toBe('期限切れ');
  });
});

describe('stateOn: renewal applied inside / outside the window (§9(1)イ)', () => {
  test.each([
    [WINDOW_FROM, 'exactly 60 days before the last day'],
    ['2015-01-01', 'in the middle of the window'],
    [WINDOW_TO, 'exactly 30 days before the last day'],
  ])('applied on %s (%s) → 更新手続中 after the period ends', (date) => {
    const s = stateOn([certified, applied(date)], DAY_AFTER);
    expect(s?.status).toBe('更新手続中');
    expect(s?.renewalApplied).toEqual({ date, inWindow: true });
    expect(s?.period).toEqual({ start: CERTIFIED, end: LAST_DAY });
  });

  test.each([
    [addDays(WINDOW_FROM, -1), '61 days before the last day (too early)'],
    [addDays(WINDOW_TO, 1), '29 days before the last day (too late)'],
    [LAST_DAY, 'on the last day itself'],
  ])('applied on %s (%s) → 期限切れ after the period ends', (date) => {
    const s = stateOn([certified, applied(date)], DAY_AFTER);
    expect(s?.status).toBe('期限切れ');
    expect(s?.renewalApplied).toEqual({ date, inWindow: false });
  });

  test('a renewal application before expiry leaves the certification 有効, with the application recorded', () => {
    const s = stateOn([certified, applied('2015-01-01')], '2015-01-20');
    expect(s?.status).toBe('有効');
    expect(s?.renewalApplied).toEqual({ date: '2015-01-01', inWindow: true });
  });

  test('an out-of-window application before expiry is recorded as not in the window, and the service is still 有効', () => {
    const s = stateOn([certified, applied('2014-11-01')], '2014-11-02');
    expect(s?.status).toBe('有効');
    expect(s?.renewalApplied).toEqual({ date: '2014-11-01', inWindow: false });
  });

  test('更新手続中 continues, however long, until the 更新認定', () => {
    const events = [certified, applied('2015-01-01')];
    expect(stateOn(events, DAY_AFTER)?.status).toBe('更新手続中');
    expect(stateOn(events, '2015-06-30')?.status).toBe('更新手続中');
    expect(stateOn(events, '2019-01-01')?.status).toBe('更新手続中');
  });

  test('the 更新認定 after expiry makes it 有効 again, with the new period from its stated start', () => {
    const events = [certified, applied('2015-01-01'), renewed('2015-07-01')];
    expect(stateOn(events, '2015-06-30')?.status).toBe('更新手続中');
    expect(stateOn(events, '2015-07-01')).toEqual({
      status: '有効',
      firstCertified: CERTIFIED,
      period: { start: '2015-07-01', end: '2017-06-30' },
    });
    expect(stateOn(events, '2017-06-30')?.status).toBe('有効');
    expect(stateOn(events, '2017-07-01')?.status).toBe('期限切れ');
  });

  test('a 更新認定 whose certificate starts the period on the decision date', () => {
    const events = [certified, applied('2014-12-20'), renewed('2015-01-30')];
    const s = stateOn(events, '2015-03-01');
    expect(s?.status).toBe('有効');
    expect(s?.period).toEqual({ start: '2015-01-30', end: '2017-01-29' });
    expect(s?.renewalApplied).toBeUndefined();
  });

  test('the second period has its own renewal window', () => {
    const events = [certified, applied('2015-01-01'), renewed('2015-01-30'), applied('2016-12-01')];
    // Second period ends 2017-01-29; its window is 2016-11-30 … 2016-12-30.
    const s = stateOn(events, '2017-01-30');
    expect(s?.status).toBe('更新手続中');
    expect(s?.renewalApplied).toEqual({ date: '2016-12-01', inWindow: true });
    expect(
      stateOn([certified, applied('2015-01-01'), renewed('2015-01-30'), applied('2016-11-29')], '2017-01-30')?.status,
    ).toBe('期限切れ');
  });
});

describe('stateOn: the renewed period is the one stated on the certificate (periodStart), never guessed', () => {
  test('a decision before expiry whose period continues from the old last day keeps the full old period', () => {
    // Decided 2015-01-20, certificate period from 2015-02-14 (the day after the old last day).
    const events = [certified, applied('2015-01-01'), renewed('2015-01-20', DAY_AFTER)];
    expect(stateOn(events, '2017-02-13')?.period).toEqual({ start: DAY_AFTER, end: '2017-02-13' });
    expect(stateOn(events, '2017-02-13')?.status).toBe('有効');
    expect(stateOn(events, '2017-02-14')?.status).toBe('期限切れ');
  });

  test('the same decision with a certificate counting from the decision date ends earlier', () => {
    const events = [certified, applied('2015-01-01'), renewed('2015-01-20', '2015-01-20')];
    expect(stateOn(events, '2017-01-19')?.status).toBe('有効');
    expect(stateOn(events, '2017-01-20')?.status).toBe('期限切れ');
  });

  test('the start is the one written, not the decision date (fails if the date of 更新認定 were used)', () => {
    const s = stateOn([certified, applied('2015-01-01'), renewed('2015-01-20', '2015-02-01')], '2015-03-01');
    expect(s?.period.start).toBe('2015-02-01');
  });
});

describe('stateOn: a renewal application can end without a renewal (更新非認定, 更新申請取下げ)', () => {
  test.each([
    ['更新非認定', refused],
    ['更新申請取下げ', withdrawn],
  ] as const)('%s decided after expiry: 更新手続中 until that date, then 期限切れ for good', (type, outcome) => {
    const events = [certified, applied('2015-01-01'), outcome('2015-04-10')];
    expect(stateOn(events, '2015-04-09')?.status).toBe('更新手続中');
    const s = stateOn(events, '2015-04-10');
    expect(s?.status).toBe('期限切れ');
    expect(s?.renewalOutcome).toEqual({ type, date: '2015-04-10' });
    expect(s?.renewalApplied).toBeUndefined();
    // The defect this replaces: without an outcome it stayed 更新手続中 in 2030.
    expect(stateOn(events, '2030-01-01')?.status).toBe('期限切れ');
  });

  test.each([
    ['更新非認定', refused],
    ['更新申請取下げ', withdrawn],
  ] as const)('%s before expiry: 有効 to the last day of the period, 期限切れ the day after', (type, outcome) => {
    const events = [certified, applied('2014-12-20'), outcome('2015-01-25')];
    const s = stateOn(events, '2015-01-25');
    expect(s?.status).toBe('有効');
    expect(s?.renewalOutcome).toEqual({ type, date: '2015-01-25' });
    expect(s?.renewalApplied).toBeUndefined();
    expect(stateOn(events, LAST_DAY)?.status).toBe('有効');
    expect(stateOn(events, DAY_AFTER)?.status).toBe('期限切れ');
    expect(stateOn(events, '2030-01-01')?.status).toBe('期限切れ');
  });

  test('an outcome dated after asOf is not known yet', () => {
    const events = [certified, applied('2015-01-01'), refused('2015-04-10')];
    expect(stateOn(events, '2015-03-01')?.renewalOutcome).toBeUndefined();
  });
});

describe('stateOn: サービス終了 (§9(3)), 認定取消し (§11(4)), 効力喪失 (§11(3)) end it for good', () => {
  test.each(TERMINAL_EVENTS.map((t) => [t]))(
    '%s: in force on the day before, ended on its date and ever after',
    (type) => {
      const events: LifecycleEvent[] = [certified, { type, date: '2014-06-01' }];
      expect(stateOn(events, '2014-05-31')?.status).toBe('有効');
      expect(stateOn(events, '2014-05-31')?.ended).toBeUndefined();
      for (const asOf of ['2014-06-01', '2014-06-02', LAST_DAY, '2030-01-01']) {
        const s = stateOn(events, asOf);
        expect(s?.status).toBe(type);
        expect(s?.ended).toEqual({ type, date: '2014-06-01' });
      }
    },
  );

  test('a terminal event during 更新手続中 ends it', () => {
    const events: LifecycleEvent[] = [certified, applied('2015-01-01'), { type: 'サービス終了', date: '2015-03-01' }];
    expect(stateOn(events, '2015-02-28')?.status).toBe('更新手続中');
    expect(stateOn(events, '2015-03-01')?.status).toBe('サービス終了');
  });

  test('a terminal event after expiry replaces 期限切れ', () => {
    const events: LifecycleEvent[] = [certified, { type: '認定取消し', date: '2016-01-01' }];
    expect(stateOn(events, '2015-12-31')?.status).toBe('期限切れ');
    expect(stateOn(events, '2016-01-01')?.status).toBe('認定取消し');
  });

  test('the first terminal event is the one that counts', () => {
    const events: LifecycleEvent[] = [
      certified,
      { type: '効力喪失', date: '2014-01-01' },
      { type: 'サービス終了', date: '2014-02-01' },
    ];
    expect(stateOn(events, '2014-03-01')?.ended).toEqual({ type: '効力喪失', date: '2014-01-01' });
  });
});

describe('stateOn: only events on or before asOf count', () => {
  test('a future 認定取消し is ignored', () => {
    const events: LifecycleEvent[] = [certified, { type: '認定取消し', date: '2014-01-10' }];
    const s = stateOn(events, '2014-01-09');
    expect(s?.status).toBe('有効');
    expect(s?.ended).toBeUndefined();
  });

  test('a future 更新申請 is ignored', () => {
    const s = stateOn([certified, applied('2015-01-01')], '2014-12-31');
    expect(s?.status).toBe('有効');
    expect(s?.renewalApplied).toBeUndefined();
  });

  test('a future 更新認定 is ignored: the old period still applies', () => {
    const s = stateOn([certified, applied('2015-01-01'), renewed('2015-07-01')], '2015-06-01');
    expect(s?.period).toEqual({ start: CERTIFIED, end: LAST_DAY });
  });

  test('変更届出 and 改善要請 do not change the status', () => {
    const events: LifecycleEvent[] = [
      certified,
      { type: '変更届出', date: '2013-06-01' },
      { type: '改善要請', date: '2013-09-01' },
    ];
    expect(stateOn(events, '2013-10-01')).toEqual(stateOn([certified], '2013-10-01'));
  });
});

describe('status helpers', () => {
  test('only 有効 and 更新手続中 allow use of the certification', () => {
    expect(STATUSES.filter(isValidStatus)).toEqual(['有効', '更新手続中']);
  });

  test('isTerminal is true exactly for サービス終了, 認定取消し, 効力喪失', () => {
    expect(isTerminal('サービス終了')).toBe(true);
    expect(isTerminal('認定取消し')).toBe(true);
    expect(isTerminal('効力喪失')).toBe(true);
    expect(isTerminal('認定')).toBe(false);
    expect(isTerminal('更新申請')).toBe(false);
    expect(isTerminal('改善要請')).toBe(false);
    expect(isTerminal('更新非認定')).toBe(false);
    expect(isTerminal('更新申請取下げ')).toBe(false);
  });
});

describe('properties', () => {
  const startArb = fc.integer({ min: 0, max: 60_000 }).map((n) => addDays('1990-01-01', n));

  test('property: any day inside the first period is 有効', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 0, max: 730 }), (start, offset) => {
        const { end } = periodFrom(start);
        fc.pre(offset <= daysBetween(start, end));
        const s = stateOn([{ type: '認定', date: start }], addDays(start, offset));
        expect(s?.status).toBe('有効');
        expect(s?.firstCertified).toBe(start);
      }),
    );
  });

  test('property: without renewal, the day after the period is 期限切れ', () => {
    fc.assert(
      fc.property(startArb, (start) => {
        const { end } = periodFrom(start);
        expect(stateOn([{ type: '認定', date: start }], addDays(end, 1))?.status).toBe('期限切れ');
      }),
    );
  });

  test('property: an application on any day of the window keeps it 更新手続中 after expiry', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 0, max: 30 }), (start, k) => {
        const period = periodFrom(start);
        const date = addDays(renewalWindow(period).from, k);
        const s = stateOn(
          [
            { type: '認定', date: start },
            { type: '更新申請', date },
          ],
          addDays(period.end, 1),
        );
        expect(s?.status).toBe('更新手続中');
      }),
    );
  });
});
