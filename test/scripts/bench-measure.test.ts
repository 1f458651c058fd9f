import { describe, expect, it } from 'vitest';
import { astroDuration, astroPages, median } from '../../scripts/bench/measure.ts';

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

  it('tells copied pages from rendered ones when several are in flight and their lines run together', () => {
    // Shaped like `astro build` with build.concurrency 8: paths are printed when a page starts, times when it ends.
    const log = [
      '02:36:49   ├─ /404.html02:36:49   ├─ /about/index.html02:36:49   ├─ /services/ip0001-1302/index.html (restored)',
      ' (+12ms)',
      '02:36:49   ├─ /en/services/ip0002-1406/index.html (cached)',
      '02:36:50   └─ /services/ip0002-1406/index.html (+3.20s) ',
      ' (+2.01s)',
    ].join('\n');
    const { copied, rendered } = astroPages(log);
    expect(copied).toEqual(['/services/ip0001-1302/index.html', '/en/services/ip0002-1406/index.html']);
    expect(rendered).toEqual(['/404.html', '/about/index.html', '/services/ip0002-1406/index.html']);
  });
});
