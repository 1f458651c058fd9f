import { describe, expect, test } from 'vitest';
import { PREFECTURES } from '../../src/rules/prefectures.ts';
import { REGION_PREFECTURES, REGIONS, regionOf } from '../../src/rules/regions.ts';

describe('regions of the data-centre facet', () => {
  test('every prefecture is in exactly one region, in JIS order', () => {
    const all = Object.values(REGION_PREFECTURES).flat();
    expect(all).toEqual([...PREFECTURES]);
    expect(Object.keys(REGION_PREFECTURES)).toEqual(REGIONS.filter((r) => r !== '国外'));
  });

  test('from the published place: prefecture in Japan, 国外 for another country, none without a prefecture', () => {
    expect(regionOf({ country: '日本', prefecture: '東京都' })).toBe('関東');
    expect(regionOf({ country: '日本', prefecture: '大阪府' })).toBe('近畿');
    expect(regionOf({ country: '日本', prefecture: '沖縄県' })).toBe('沖縄');
    expect(regionOf({ country: '日本', prefecture: '福岡県' })).toBe('九州');
    expect(regionOf({ country: 'ドイツ' })).toBe('国外');
    expect(regionOf({ country: '日本' })).toBeUndefined();
  });
});
