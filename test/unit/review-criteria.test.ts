import { describe, expect, test } from 'vitest';
import {
  countedLength,
  isBlank,
  needsEvidence,
  showsMeasure,
  statesNoMeasure,
} from '../../src/rules/review-criteria.ts';

describe('statesNoMeasure: an answer that says no measure is in place (審査基準 §5(2))', () => {
  test.each([
    ['なし'],
    ['無し'],
    ['実施なし'],
    ['該当なし'],
    ['未実施'],
    ['開示なし'],
    ['  なし。'],
    ['なし。\n'],
    ['ＮＯＮＥ'],
    ['N/A'],
    ['－'],
    [''],
    ['   '],
    ['\n'],
  ])('「%s」 states no measure', (text) => {
    expect(statesNoMeasure(text)).toBe(true);
  });

  test('an absent answer states no measure', () => {
    expect(statesNoMeasure(undefined)).toBe(true);
  });

  test.each([
    ['サポートセンター 電話 03-0000-0001 / 電子メール support@example.jp'],
    ['計画停止の14日前までに電子メールで告知'],
    ['情報セキュリティ基本方針を定め、年1回見直している'],
    ['なしの場合は電子メールで連絡'],
  ])('real text 「%s」 shows a measure', (text) => {
    expect(statesNoMeasure(text)).toBe(false);
  });
});

describe('showsMeasure: a 一定の要件 answer must show a measure in place', () => {
  test('a text answer describing a measure shows one', () => {
    expect(showsMeasure({ content: '問合せ窓口: 電話 03-0000-0000' })).toBe(true);
  });

  test('implemented: true with a description shows one', () => {
    expect(showsMeasure({ implemented: true, content: '14日前までに電子メールで告知' })).toBe(true);
  });

  test('implemented: false never shows one, whatever the text says', () => {
    expect(showsMeasure({ implemented: false, content: '14日前までに電子メールで告知' })).toBe(false);
    expect(showsMeasure({ implemented: false })).toBe(false);
  });

  test('「なし」 does not show one, even with implemented: true', () => {
    expect(showsMeasure({ content: 'なし' })).toBe(false);
    expect(showsMeasure({ implemented: true, content: '実施なし' })).toBe(false);
  });

  test('no answer at all does not show one', () => {
    expect(showsMeasure({})).toBe(false);
  });
});

describe('needsEvidence: 添付書類等 is needed unless the answer is 「実施なし」「開示なし」 and the like (§4(4)ウ(ア))', () => {
  test('a real answer needs evidence', () => {
    expect(needsEvidence({ content: '株式会社テスト' })).toBe(true);
    expect(needsEvidence({ implemented: true, content: '24時間365日の有人監視' })).toBe(true);
  });

  test('「実施なし」「開示なし」 and implemented: false need none', () => {
    expect(needsEvidence({ content: '実施なし' })).toBe(false);
    expect(needsEvidence({ content: '開示なし' })).toBe(false);
    expect(needsEvidence({ implemented: false })).toBe(false);
    expect(needsEvidence({ implemented: false, content: '今後導入予定' })).toBe(false);
  });

  test('an empty answer needs none', () => {
    expect(needsEvidence({})).toBe(false);
    expect(needsEvidence({ content: '  ' })).toBe(false);
  });

  test('implemented: true without a description (「実施あり」) still needs evidence', () => {
    expect(needsEvidence({ implemented: true })).toBe(true);
  });
});

describe('isBlank', () => {
  test('undefined, empty and whitespace-only are blank; text is not', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \n\t')).toBe(true);
    expect(isBlank('なし')).toBe(false);
  });
});

describe('countedLength: characters counted against a length limit', () => {
  test('counts characters, not UTF-16 units or bytes', () => {
    expect(countedLength('株式会社テスト')).toBe(7);
    expect(countedLength('abc')).toBe(3);
  });

  test('line breaks (LF and CRLF) are not counted', () => {
    expect(countedLength('一行目\n二行目')).toBe(6);
    expect(countedLength('一行目\r\n二行目\r\n')).toBe(6);
    expect(countedLength('\n\n\n')).toBe(0);
  });

  test('a surrogate pair (e.g. 𠮷, 🙂) counts as one character', () => {
    expect('𠮷'.length).toBe(2);
    expect(countedLength('𠮷野家')).toBe(3);
    expect(countedLength('🙂\n🙂')).toBe(2);
  });

  test('spaces are counted', () => {
    expect(countedLength('a b　c')).toBe(5);
  });
});
