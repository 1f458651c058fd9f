import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatJapaneseDate,
  isIsoDate,
  lastDayOfYears,
  parseWrittenDate,
  todayInTokyo,
} from '../../src/rules/calendar-date.ts';

/** Any real day from 1970-01-01 to 2199-12-31 (the range the scheme can ever see). */
const isoDateArb = fc.integer({ min: 0, max: 84_005 }).map((n) => addDays('1970-01-01', n));

describe('isIsoDate: YYYY-MM-DD naming a day that exists', () => {
  test.each(['2024-02-29', '2025-01-01', '2025-12-31', '2013-02-14', '2000-02-29'])('%s is a real day', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  test.each([
    ['2025-02-30', '2月30日 does not exist'],
    ['2023-02-29', '2023 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year (century rule)'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-1-1', 'month and day must be two digits'],
    ['25-01-01', 'year must be four digits'],
    ['2025/01/01', 'slashes are not ISO'],
    [' 2025-01-01', 'surrounding space'],
    ['2025-01-01T00:00:00Z', 'a time of day is not a date'],
    ['', 'empty'],
  ])('%s is rejected (%s)', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });
});

describe('daysInMonth', () => {
  test('February has 29 days in leap years and 28 otherwise', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  test('30- and 31-day months', () => {
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('addDays / daysBetween', () => {
  test('addDays crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-04-01', 0)).toBe('2025-04-01');
    expect(addDays('2015-02-13', -60)).toBe('2014-12-15');
  });

  test('daysBetween counts whole days, positive when the second date is later', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2025-01-01', '2024-12-31')).toBe(-1);
    expect(daysBetween('2025-04-01', '2025-04-01')).toBe(0);
  });

  test('arithmetic on an impossible date throws instead of rolling over', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', '2023-02-29')).toThrow(RangeError);
  });

  test('property: addDays(addDays(d, n), -n) is d', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
  });

  test('property: daysBetween(d, addDays(d, n)) is n', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  test('property: addDays always yields a real ISO date', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        expect(isIsoDate(addDays(d, n))).toBe(true);
      }),
    );
  });
});

describe('lastDayOfYears: last day of a period that starts on (and includes) its first day (民法143条)', () => {
  test.each([
    ['2012-12-06', '2014-12-05', 'the day before the second anniversary'],
    ['2024-02-29', '2026-02-28', 'from 2月29日: the last day of February, which has no 29th'],
    ['2024-03-01', '2026-02-28', 'the day before 3月1日 in a common year'],
    ['2023-01-01', '2024-12-31', 'a period from New Year ends on New Year’s Eve'],
    ['2022-03-01', '2024-02-29', 'the day before 3月1日 in a leap year is 2月29日'],
    ['2013-02-14', '2015-02-13', 'an ordinary day'],
  ])('%s + 2 years ends on %s (%s)', (start, end) => {
    expect(lastDayOfYears(start, 2)).toBe(end);
  });

  test('one-year periods follow the same rule', () => {
    expect(lastDayOfYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(lastDayOfYears('2024-04-01', 1)).toBe('2025-03-31');
  });

  test('property: a 2-year period ends 729–731 days after its start, on a real day', () => {
    fc.assert(
      fc.property(isoDateArb, (d) => {
        const end = lastDayOfYears(d, 2);
        expect(isIsoDate(end)).toBe(true);
        const days = daysBetween(d, end);
        expect(days).toBeGreaterThanOrEqual(729);
        expect(days).toBeLessThanOrEqual(731);
      }),
    );
  });

  test('property: the day after the period is the second anniversary (or 3月1日 for a 2月29日 start)', () => {
    fc.assert(
      fc.property(isoDateArb, (d) => {
        const next = addDays(lastDayOfYears(d, 2), 1);
        const anniversary = `${Number(d.slice(0, 4)) + 2}${d.slice(4)}`;
        expect(next).toBe(isIsoDate(anniversary) ? anniversary : `${Number(d.slice(0, 4)) + 2}-03-01`);
      }),
    );
  });
});

describe('todayInTokyo: the civil date in Japan (UTC+9, no daylight saving)', () => {
  test('2026-11-25T15:30:00Z is already 2026-11-26 in Tokyo', () => {
    expect(todayInTokyo(new Date('2026-11-25T15:30:00Z'))).toBe('2026-11-26');
  });

  test('the date changes exactly at 15:00 UTC', () => {
    expect(todayInTokyo(new Date('2026-11-25T14:59:59.999Z'))).toBe('2026-11-25');
    expect(todayInTokyo(new Date('2026-11-25T15:00:00Z'))).toBe('2026-11-26');
  });

  test('New Year in Tokyo comes nine hours before New Year in UTC', () => {
    expect(todayInTokyo(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });

  test('without an argument it returns a real ISO date', () => {
    expect(isIsoDate(todayInTokyo())).toBe(true);
  });
});

describe('formatJapaneseDate', () => {
  test('2026-04-01 reads 2026年4月1日 (no leading zeros)', () => {
    expect(formatJapaneseDate('2026-04-01')).toBe('2026年4月1日');
    expect(formatJapaneseDate('2013-12-31')).toBe('2013年12月31日');
  });
});

describe('parseWrittenDate: the date forms applicants write in Form B', () => {
  test.each([
    ['2024/10/31', '2024-10-31'],
    ['2024年10月31日', '2024-10-31'],
    ['２０２４年１０月３１日', '2024-10-31'],
    ['２０２４／１０／３１', '2024-10-31'],
    ['2024-10-31', '2024-10-31'],
    ['2024/1/5', '2024-01-05'],
    ['2024年1月5日', '2024-01-05'],
    [' 2024 年 10 月 31 日 ', '2024-10-31'],
    ['2024/02/29', '2024-02-29'],
  ])('「%s」 is %s', (text, iso) => {
    expect(parseWrittenDate(text)).toBe(iso);
  });

  test.each([
    ['2024/02/30', 'a day that does not exist'],
    ['2023年2月29日', 'not a leap year'],
    ['2024/13/01', 'month 13'],
    ['令和6年10月31日', 'Japanese era years are not accepted'],
    ['2024年10月', 'no day'],
    ['10/31/2024', 'US order'],
    ['未定', 'free text'],
    ['2024年10月31日現在', 'trailing words'],
    ['', 'empty'],
  ])('「%s」 is rejected (%s)', (text) => {
    expect(parseWrittenDate(text)).toBeNull();
  });
});
