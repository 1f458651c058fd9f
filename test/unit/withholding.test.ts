import { describe, expect, test } from 'vitest';
import { isWithheld } from '../../src/rules/withholding.ts';

describe('isWithheld: 公表留保 (§7(2)ウ) is in force before its end date, and the answer is published from the end date on', () => {
  const withhold = { until: '2025-04-01' };

  test('in force the day before the end date', () => {
    expect(isWithheld(withhold, '2025-03-31')).toBe(true);
  });

  test('in force long before the end date', () => {
    expect(isWithheld(withhold, '2024-01-01')).toBe(true);
  });

  test('published on the end date itself', () => {
    expect(isWithheld(withhold, '2025-04-01')).toBe(false);
  });

  test('published after the end date', () => {
    expect(isWithheld(withhold, '2025-04-02')).toBe(false);
    expect(isWithheld(withhold, '2030-01-01')).toBe(false);
  });

  test('compares dates, not strings of different lengths: year-end boundary', () => {
    expect(isWithheld({ until: '2026-01-01' }, '2025-12-31')).toBe(true);
    expect(isWithheld({ until: '2026-01-01' }, '2026-01-01')).toBe(false);
  });

  test('an answer without a 公表留保 is never withheld', () => {
    expect(isWithheld(undefined, '2025-03-31')).toBe(false);
  });
});
