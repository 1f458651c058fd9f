/** データセンター所在地 filter values: only from published locations, never from withheld ones. */
import { describe, expect, test } from 'vitest';
import { dataCentrePlaces, placesOf, sortPlaces } from '../../src/lib/data-centre-places.ts';
import type { PublishedAnswer, PublishedService } from '../../src/lib/publication.ts';

const at = (country: string, prefecture?: string): PublishedAnswer => ({
  state: 'answered',
  content: '所在地',
  location: prefecture ? { country, prefecture } : { country },
});

function withCentres(...locations: PublishedAnswer[]): PublishedService {
  return {
    dataCentres: locations.map((a, i) => ({ id: `dc${i}`, label: `DC${i}`, answers: { 'dc-location': a } })),
  } as unknown as PublishedService;
}

describe('dataCentrePlaces', () => {
  test('a Japanese centre counts by 都道府県, a foreign one by country, each place once, in JIS order then countries', () => {
    expect(
      dataCentrePlaces(withCentres(at('ドイツ'), at('日本', '大阪府'), at('日本', '北海道'), at('日本', '大阪府'))),
    ).toEqual(['北海道', '大阪府', 'ドイツ']);
  });

  test('a withheld or unanswered location yields nothing', () => {
    expect(dataCentrePlaces(withCentres(at('日本', '大阪府'), { state: 'withheld' }, { state: 'unanswered' }))).toEqual(
      ['大阪府'],
    );
    expect(dataCentrePlaces(withCentres({ state: 'withheld' }))).toEqual([]);
  });

  test('Japan without a prefecture is 日本, after the prefectures and before other countries', () => {
    expect(sortPlaces(['米国', '日本', '沖縄県', 'ドイツ', '北海道'])).toEqual([
      '北海道',
      '沖縄県',
      '日本',
      'ドイツ',
      '米国',
    ]);
  });

  test('the places of several services: each once, in the same order', () => {
    expect(
      placesOf([
        withCentres(at('ドイツ'), at('日本', '大阪府')),
        withCentres(at('日本', '北海道'), at('日本', '大阪府'), { state: 'withheld' }),
      ]),
    ).toEqual(['北海道', '大阪府', 'ドイツ']);
  });
});
