import { describe, expect, test } from 'vitest';
import { PREFECTURES } from '../../src/rules/prefectures.ts';

describe('PREFECTURES (JIS X 0401 order)', () => {
  test('lists the 47 都道府県 once each', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(new Set(PREFECTURES).size).toBe(47);
  });

  test('runs from 北海道 (01) to 沖縄県 (47), with 東京都 at 13 and 大阪府 at 27', () => {
    expect(PREFECTURES[0]).toBe('北海道');
    expect(PREFECTURES[12]).toBe('東京都');
    expect(PREFECTURES[26]).toBe('大阪府');
    expect(PREFECTURES[46]).toBe('沖縄県');
  });

  test('every name ends in 都, 道, 府 or 県', () => {
    for (const p of PREFECTURES) expect(p).toMatch(/^.+[都道府県]$/u);
    expect(PREFECTURES.filter((p) => p.endsWith('府'))).toEqual(['京都府', '大阪府']);
  });
});
