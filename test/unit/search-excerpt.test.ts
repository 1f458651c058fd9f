import { describe, expect, test } from 'vitest';
import {
  answerOfRow,
  cutExcerpt,
  findHit,
  findWord,
  markRanges,
  packSearchRows,
  pageSegments,
  rowOfAnchor,
  rowsNamed,
  unpackSearchRows,
  type SearchRow,
} from '../../src/client/search-excerpt.ts';

const ROWS: SearchRow[] = [
  {
    id: 'availability-target',
    no: 29,
    middle: 'サービス品質',
    label: 'サービス稼働設定値',
    description: 'サービス稼働率の設定値（月間）',
  },
  { id: 'fault-monitoring', no: 32, middle: '監視', label: '障害監視', description: '障害監視の実施有無と監視体制' },
  { id: 'dc-location', no: 44, middle: '所在地', description: 'データセンターの所在地（国・地域）' },
];
const byId = new Map(ROWS.map((r) => [r.id, r]));

/** Page text as Pagefind gives it: words joined by zero-width spaces; anchors at word positions. */
function page(parts: [string | null, string][]) {
  const words: string[] = [];
  const anchors: { element: string; id: string; text?: string; location: number }[] = [];
  for (const [id, text] of parts) {
    if (id)
      anchors.push({
        element: id.startsWith('h:') ? 'h3' : 'tr',
        id: id.replace(/^h:/, ''),
        text: id.startsWith('h:') ? text : '',
        location: words.length,
      });
    words.push(...text.split(/(?<= )/u));
  }
  return pageSegments(words.join('\u200b'), anchors, byId);
}

describe('search excerpts', () => {
  test('findWord reads as a reader means (width, case, hyphens) and matches numbers whole', () => {
    expect(findWord('認定番号 ＩＰ０００１－１３０２', 'ip0001-1302')).toEqual([[5, 16]]);
    expect(findWord('ISO/IEC 27001・27017', '0012')).toEqual([]);
    expect(markRanges('稼働率99.9%、稼働率', ['稼働率'])).toEqual([
      [0, 3],
      [9, 12],
    ]);
  });

  test('a row id is found behind item- and dc-<data centre>- prefixes, not in history ids', () => {
    expect(rowOfAnchor('item-availability-target', byId)?.no).toBe(29);
    expect(rowOfAnchor('dc-osaka-2-dc-location', byId)?.no).toBe(44);
    expect(rowOfAnchor('event-2026-04-01-availability-target', byId)).toBeUndefined();
  });

  test('the answer is what follows the 記述内容, without Pagefind’s 「. 」 joiners', () => {
    expect(
      answerOfRow('29 サービス品質. サービス稼働設定値. サービス稼働率の設定値（月間） 99.95%（月間） ', ROWS[0]!),
    ).toBe('99.95%（月間）');
    expect(answerOfRow('32 監視. 障害監視. 障害監視の実施有無と監視体制. 実施あり24時間監視します。', ROWS[1]!)).toBe(
      '実施あり・24時間監視します。',
    );
  });

  test('cutExcerpt keeps whole sentences and marks what it leaves out', () => {
    const text = '一文目です。二文目に稼働率があります。三文目。';
    expect(cutExcerpt(text, text.indexOf('稼働率'), 3, 15)).toBe('…二文目に稼働率があります。…');
    expect(cutExcerpt(text, text.indexOf('稼働率'), 3, 100)).toBe('…二文目に稼働率があります。三文目。');
    expect(cutExcerpt(text, 0, 0, 100)).toBe(text);
  });

  test('findHit names the Form B item (and data centre) and prefers a hit in an answer', () => {
    const segs = page([
      [null, 'IP0008-2004 0008 ミズナラ. ミズナラ基盤. '],
      [
        'item-availability-target',
        '29 サービス品質. サービス稼働設定値. サービス稼働率の設定値（月間） 99.95%（月間）。 ',
      ],
      [
        'item-fault-monitoring',
        '32 監視. 障害監視. 障害監視の実施有無と監視体制. 実施あり稼働率を常に監視し、24時間365日で対応します。 ',
      ],
      ['h:dc-osaka', 'データセンター1: 大阪データセンター. '],
      ['dc-osaka-dc-location', '44 所在地. — データセンターの所在地（国・地域） 大阪府北部. '],
    ]);
    expect(findHit(segs, '稼働率')).toEqual({
      label: 'No.32 障害監視の実施有無と監視体制',
      anchor: 'item-fault-monitoring',
      excerpt: '実施あり・稼働率を常に監視し、24時間365日で対応します。',
    });
    expect(findHit(segs, '99.95%')?.label).toBe('No.29 サービス稼働率の設定値（月間）');
    expect(findHit(segs, '大阪府')).toMatchObject({
      label: '大阪データセンター No.44 データセンターの所在地（国・地域）',
      anchor: 'dc-osaka-dc-location',
    });
    expect(findHit(segs, 'ミズナラ基盤')).toMatchObject({ label: '', excerpt: 'ミズナラ基盤' });
  });

  test('rowsNamed finds the items whose names hold every query word', () => {
    expect(rowsNamed(ROWS, '稼働率').map((r) => r.id)).toEqual(['availability-target']);
    expect(rowsNamed(ROWS, '監視 体制').map((r) => r.id)).toEqual(['fault-monitoring']);
    expect(rowsNamed(ROWS, 'コンテナ')).toEqual([]);
  });
});

test('findWord gives offsets in the text as written after a letter beyond U+FFFF', () => {
  expect(findWord('𠮷野家の牛丼', '牛丼')).toEqual([[5, 7]]);
});

describe('rows embedded in the search page', () => {
  test('come back as they went in, a row without a label staying without one', () => {
    const back = unpackSearchRows(
      JSON.parse(JSON.stringify(packSearchRows(ROWS))) as ReturnType<typeof packSearchRows>,
    );
    expect(back).toEqual(ROWS);
    expect('label' in back[2]!).toBe(false);
  });
});
