import { describe, expect, it } from 'vitest';
import { astroDuration, median } from '../../scripts/bench/measure.ts';

describe('what the bench reads from the build logs', () => {
  it('reads every form of duration Astro prints (ms, seconds, and minutes once a phase passes a minute)', () => {
    expect(astroDuration('830ms')).toBe(830);
    expect(astroDuration('12.87s')).toBe(12_870);
    // 9,999 services: the page generation takes minutes, printed as "4m 23s".
    expect(astroDuration('4m 23s')).toBe(263_000);
    expect(astroDuration('0m 5s')).toBe(5_000);
    expect(astroDuration('')).toBe(0);
    expect(astroDuration('soon')).toBe(0);
  });

  it('takes the median of an odd or even number of runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
