import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { isWithheld } from '../../src/rules/withholding.ts';
import { addDays } from '../../src/rules/calendar-date.ts';

describe('isWithheld: 公表留保 (§7(2)ウ) is in force through its agreed last day, and the answer is published from the next day', () => {
  // through − 1, through, through + 1 around ordinary days, month ends, a leap day and a year end.
  const cases: [through: string, dayBefore: string, dayAfter: string][] = [
    ['2025-04-01', '2025-03-31', '2025-04-02'],
    ['2025-04-30', '2025-04-29', '2025-05-01'],
    ['2024-02-29', '2024-02-28', '2024-03-01'],
    ['2025-02-28', '2025-02-27', '2025-03-01'],
    ['2025-12-31', '2025-12-30', '2026-01-01'],
    ['2026-01-01', '2025-12-31', '2026-01-02'],
  ];
  test.each(cases)(
    'through %s: withheld the day before and on the day, published the day after',
    (through, before, after) => {
      expect(isWithheld({ through }, before)).toBe(true);
      expect(isWithheld({ through }, through)).toBe(true);
      expect(isWithheld({ through }, after)).toBe(false);
    },
  );

  test('in force long before, published long after', () => {
    expect(isWithheld({ through: '2025-04-01' }, '2024-01-01')).toBe(true);
    expect(isWithheld({ through: '2025-04-01' }, '2030-01-01')).toBe(false);
  });

  test('an answer without a 公表留保 is never withheld', () => {
    expect(isWithheld(undefined, '2025-03-31')).toBe(false);
  });

  test('property: withheld exactly on the days up to and including through', () => {
    const day = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -800, max: 800 })),
        (through, offset) => {
          const asOf = addDays(through, offset);
          expect(isWithheld({ through }, asOf)).toBe(offset <= 0);
        },
      ),
    );
  });
});
