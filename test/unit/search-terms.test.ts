import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  certificationNumberVariants,
  facetOptions,
  facetValues,
  providerNameCore,
} from '../../src/lib/search-terms.ts';
import { dataCentrePlaces } from '../../src/lib/data-centre-places.ts';
import {
  holdsEveryWord,
  japaneseBigrams,
  normaliseForMatch,
  pagefindTerm,
  rankByPieces,
} from '../../src/client/search-match.ts';
import type { PublishedService } from '../../src/lib/publication.ts';

const service = (dcs: PublishedService['dataCentres']): PublishedService =>
  ({
    certificationNumber: 'IP0008-2004',
    providerName: 'ミズナラ情報技術株式会社',
    category: 'PaaS',
    lifecycle: { status: '有効' },
    dataCentres: dcs,
  }) as unknown as PublishedService;

describe('search fields of a service', () => {
  test('認定番号 variants cover the common spellings', () => {
    expect(certificationNumberVariants('IP0001-1302')).toEqual([
      'IP0001-1302',
      'IP00011302',
      'IP0001',
      '0001',
      '0001-1302',
      '00011302',
    ]);
  });

  test('a withheld or unanswered data-centre location gives no facet value', () => {
    const s = service([
      {
        id: 'a',
        label: 'A',
        answers: {
          'dc-location': { state: 'answered', content: '大阪', location: { country: '日本', prefecture: '大阪府' } },
        },
      },
      { id: 'b', label: 'B', answers: { 'dc-location': { state: 'withheld' } } },
      { id: 'c', label: 'C', answers: { 'dc-location': { state: 'unanswered' } } },
      {
        id: 'd',
        label: 'D',
        answers: { 'dc-location': { state: 'answered', content: 'フランクフルト', location: { country: 'ドイツ' } } },
      },
    ]);
    expect(dataCentrePlaces(s)).toEqual(['大阪府', 'ドイツ']);
    expect(facetValues(s)).toEqual({
      区分: ['PaaS'],
      状態: ['有効'],
      // The region of each published place; the withheld centre gives none.
      データセンターの地域: ['近畿', '国外'],
      データセンター所在地: ['大阪府', 'ドイツ'],
      事業者名称: ['ミズナラ情報技術株式会社'],
    });
  });

  test('a foreign data centre is filed under its country even when a prefecture is written', () => {
    const s = service([
      {
        id: 'a',
        label: 'A',
        answers: {
          'dc-location': {
            state: 'answered',
            content: 'シンガポール',
            location: { country: 'シンガポール', prefecture: '東京都' },
          },
        },
      },
    ]);
    // The list's filter and the search facet read the same rule: the country, not the stray prefecture.
    expect(facetValues(s).データセンター所在地).toEqual(['シンガポール']);
    expect(dataCentrePlaces(s)).toEqual(['シンガポール']);
  });

  test('facet choices use one order: prefectures, then 日本, then other countries', () => {
    const at = (id: string, country: string, prefecture?: string) => ({
      id,
      label: id,
      answers: {
        'dc-location': {
          state: 'answered' as const,
          content: id,
          location: prefecture ? { country, prefecture } : { country },
        },
      },
    });
    const a = service([at('a', 'ドイツ'), at('b', '日本', '沖縄県')]);
    const b = { ...service([at('c', '日本'), at('d', '日本', '北海道')]), lifecycle: { status: '更新手続中' } };
    const byFacet = Object.fromEntries(facetOptions([a, b] as PublishedService[]).map((f) => [f.facet, f]));
    expect(byFacet['データセンター所在地']!.values).toEqual(['北海道', '沖縄県', '日本', 'ドイツ']);
    expect(byFacet['データセンターの地域']!.values).toEqual(['北海道', '沖縄', '国外']);
    expect(byFacet['状態']!.values).toEqual(['有効', '更新手続中']);
    // 事業者名称 is offered from the results by the search script, never as a list of every provider.
    expect(facetOptions([]).map((f) => [f.id, f.facet])).toEqual([
      ['facet-0', '区分'],
      ['facet-1', '状態'],
      ['facet-2', 'データセンターの地域'],
      ['facet-3', 'データセンター所在地'],
    ]);
  });

  test('the provider name without its legal form', () => {
    expect(providerNameCore('株式会社ネクサスクラウド')).toBe('ネクサスクラウド');
    expect(providerNameCore('ツキミソウテック合同会社')).toBe('ツキミソウテック');
    expect(providerNameCore('Weißberg Cloud Systems GmbH')).toBe('Weißberg Cloud Systems GmbH');
  });
});

describe('query matching on the search page', () => {
  test('literal match ignores width, case, spaces and hyphens', () => {
    expect(holdsEveryWord('認定番号 IP0001-1302', 'ip00011302')).toBe(true);
    expect(holdsEveryWord('最大規模の地震', '大規模')).toBe(true);
    expect(holdsEveryWord('石川', '石川県')).toBe(false);
    expect(holdsEveryWord('ＩＳＭＳ 認証', 'isms 認証')).toBe(true);
    expect(holdsEveryWord('ISMS', 'ISMS 認証')).toBe(false);
    // Sound marks written apart (half-width, or combining) still make one letter.
    expect(holdsEveryWord('ｸﾗｳﾄﾞ基盤', 'クラウド')).toBe(true);
    expect(holdsEveryWord('クラウト\u3099基盤', 'クラウド')).toBe(true);
    expect(holdsEveryWord('ﾊﾟｯｹｰｼﾞ 2026', 'パッケージ 2026')).toBe(true);
  });

  test('numbers match whole, also where a dropped dot or hyphen would join two numbers', () => {
    // Found when the index was first split in two: 「0012」 listed a service certified to 「ISO/IEC 27001・27017」.
    expect(holdsEveryWord('ISO/IEC 27001・27017 を取得', '0012')).toBe(false);
    expect(holdsEveryWord('ISO/IEC 27001 を取得', '2700')).toBe(false);
    expect(holdsEveryWord('ISO/IEC 27001 を取得', '27001')).toBe(true);
    expect(holdsEveryWord('IP0001-1302', '1302')).toBe(true);
    expect(holdsEveryWord('IP0001-1302', '0001')).toBe(true);
    expect(holdsEveryWord('IP0001-1302', '00011302')).toBe(true);
    expect(holdsEveryWord('ＩＰ０００１－１３０２', '0001-1302')).toBe(true);
    expect(holdsEveryWord('IP0012-2506 と IP0001-1302', '0012')).toBe(true);
    expect(holdsEveryWord('平日9:00〜17:00', '00')).toBe(true);
    expect(holdsEveryWord('1,000', '000')).toBe(true);
  });

  test('bigrams of Japanese runs of three or more letters', () => {
    expect(japaneseBigrams('大規模')).toEqual(['大規', '規模']);
    expect(japaneseBigrams('ISMS 認証')).toEqual([]);
  });

  test('a text always holds each of its own substrings that do not cut a number or a Latin word (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (text, i, j) => {
        const chars = [...text];
        const [a, b] = [i % (chars.length + 1), j % (chars.length + 1)];
        const part = chars.slice(Math.min(a, b), Math.max(a, b)).join('');
        // Texts as Pagefind stores them: already in NFKC form (a decomposed accent is out of scope).
        fc.pre(
          !text.includes('Σ') &&
            text.normalize('NFKC') === text &&
            text.toLowerCase().normalize('NFKC') === text.toLowerCase(),
        );
        fc.pre(normaliseForMatch(part) !== '' && !/\s/.test(part) && part.normalize('NFKC') === part);
        const digit = (c: string | undefined) => c !== undefined && /\d/u.test(c.normalize('NFKC').toLowerCase());
        fc.pre(!(digit(chars[Math.min(a, b)]) && digit(chars[Math.min(a, b) - 1])));
        fc.pre(!(digit(chars[Math.max(a, b) - 1]) && digit(chars[Math.max(a, b)])));
        const latin = (c: string | undefined) => c !== undefined && /\p{Script=Latin}/u.test(c.normalize('NFKC'));
        fc.pre(!(latin(chars[Math.min(a, b)]) && latin(chars[Math.min(a, b) - 1])));
        fc.pre(!(latin(chars[Math.max(a, b) - 1]) && latin(chars[Math.max(a, b)])));
        // Spelling variants are matched as words: a piece cut out of サーバー, 取り扱い or ISO/IEC 27001 is another word.
        fc.pre(!/[\p{Script=Katakana}ー\uFF66-\uFF9F]|iso|[取問申受引振組読書切割立打見払手]/iu.test(text));
        return holdsEveryWord(text, part);
      }),
    );
  });
});

describe('letters beyond U+FFFF', () => {
  test('a word after a letter that takes two UTF-16 units is still found (fast-check counterexample 「𐀀0!」)', () => {
    expect(holdsEveryWord('𐀀0!', '0!')).toBe(true);
    expect(holdsEveryWord('𠮷野家の牛丼', '牛丼')).toBe(true);
  });
});

describe('the order in which the two-letter look-ups’ pages are checked', () => {
  test('a page found by more pieces comes first; ties keep the order they were found in', () => {
    const lists = [
      [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      [{ id: 'c' }, { id: 'd' }],
      [{ id: 'd' }, { id: 'c' }],
    ];
    expect(rankByPieces(lists).map((x) => x.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  test('every page found is checked once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'))), (ids) => {
        const ranked = rankByPieces(ids.map((l) => l.map((id) => ({ id })))).map((x) => x.id);
        expect(new Set(ranked).size).toBe(ranked.length);
        expect(new Set(ranked)).toEqual(new Set(ids.flat()));
      }),
    );
  });
});

describe('what Pagefind is asked for a 認定番号', () => {
  test('the hyphenated forms are asked joined (one word only that service has); others as typed', () => {
    expect(pagefindTerm('IP0420-2506')).toBe('IP04202506');
    expect(pagefindTerm('ip0420-2506')).toBe('ip04202506');
    expect(pagefindTerm('0420-2506')).toBe('04202506');
    expect(pagefindTerm('IP0420')).toBe('IP0420');
    expect(pagefindTerm('0420')).toBe('0420');
    expect(pagefindTerm('稼働率 99.95%')).toBe('稼働率 99.95%');
  });

  test('the joined form is one of the service’s own number variants', () => {
    for (const q of ['IP0001-1302', 'ip0001-1302', '0001-1302']) {
      const variants = certificationNumberVariants('IP0001-1302').map((v) => v.toLowerCase());
      expect(variants).toContain(pagefindTerm(q).toLowerCase());
    }
  });
});
