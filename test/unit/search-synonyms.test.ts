/**
 * content/search-synonyms.yaml: the search's synonyms and regions, checked by
 * `npm run check` and the build (no empty group, a term in one group only,
 * prefectures spelled as the list knows them), read through the same door as
 * every content file; and the query expansion the search page does with it.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { loadSearchDictionary, SYNONYMS_FILE } from '../../src/data/search-synonyms.ts';
import { alternativesOf, expandQuery, expansionNotice } from '../../src/lib/search-expansion.ts';
import { PREFECTURES } from '../../src/rules/prefectures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dirWith(text: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-synonyms-'));
  made.push(dir);
  if (text !== null) writeFileSync(join(dir, SYNONYMS_FILE), text);
  return dir;
}

function problemsOf(text: string | null) {
  try {
    loadSearchDictionary(dirWith(text), '/');
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems.map((p) => `${p.line}:${p.col} ${p.field}: ${p.message}`);
    throw e;
  }
  throw new Error('accepted');
}

describe('the dictionary check', () => {
  const sample = loadSearchDictionary(join(ROOT, 'content'));

  test('the sample dictionary is valid and has the issue’s groups and regions', () => {
    expect(sample.groups).toContainEqual(['可用性', '稼働率']);
    expect(sample.groups).toContainEqual(['ISMS', 'ISO/IEC 27001', 'JIS Q 27001']);
    expect(sample.expansions['関西']).toEqual(['大阪府', '京都府', '兵庫県', '奈良県', '滋賀県', '和歌山県']);
    for (const terms of Object.values(sample.expansions))
      for (const t of terms) if (/[都道府県]$/u.test(t) && t.length <= 4) expect(PREFECTURES, t).toContain(t);
  });

  test('an empty group, or a group of one term', () => {
    expect(problemsOf('groups:\n  - [可用性, 稼働率]\n  - []\n')).toEqual([
      '3:5 groups[1]: まとまりが空です。同じ意味の語を2つ以上書いてください',
    ]);
    expect(problemsOf('groups:\n  - [可用性]\n')[0]).toMatch(/^2:5 groups\[0\]: 語が「可用性」の1つだけです/u);
  });

  test('a term in two groups, spelling variants included', () => {
    const got = problemsOf('groups:\n  - [ISMS, ISO/IEC 27001]\n  - [ISO27001, 情報セキュリティ認証]\n');
    expect(got).toEqual([
      '3:6 groups[1][0]: 「ISO27001」は 1 番目のまとまりにもあります。1つの語は1つのまとまりにだけ書いてください（まとめるなら1つのまとまりにしてください）',
    ]);
    expect(problemsOf('groups:\n  - [サーバ, サーバー]\n')[0]).toMatch(/「サーバー」がこのまとまりに2回あります/u);
  });

  test('prefectures spelled as the list knows them', () => {
    expect(problemsOf('expansions:\n  関西: [大坂府, 京都府]\n')).toEqual([
      '2:8 expansions.関西[0]: 「大坂府」は都道府県の一覧（src/rules/prefectures.ts）にない書き方です。都道府県名は「大阪府」「東京都」「北海道」のように書いてください',
    ]);
    expect(problemsOf('expansions:\n  関西: [大阪, 京都府]\n')).toEqual([
      '2:8 expansions.関西[0]: 都道府県は一覧の書き方で書いてください（「大阪」→「大阪府」）',
    ]);
    expect(problemsOf('groups:\n  - [京都, 京都県]\n')[0]).toMatch(
      /「京都県」は都道府県の一覧.*「京都府」と書いてください/u,
    );
  });

  test('an expansion with no terms, or two keys that are one word', () => {
    expect(problemsOf('expansions:\n  関西: []\n')[0]).toMatch(
      /^2:3 expansions\.関西: 「関西」で一緒に探す語がありません/u,
    );
    expect(problemsOf('expansions:\n  ＥＵ: [ドイツ]\n  eu: [フランス]\n')[0]).toMatch(/「eu」は「ＥＵ」と同じ語です/u);
  });

  test('shape and file problems, with file:line:col', () => {
    expect(problemsOf('groups: [可用性]\n')[0]).toMatch(/^1:10 groups\[0\]: /u);
    expect(problemsOf('synonyms: []\n')[0]).toMatch(/^1:1 /u);
    expect(problemsOf(null)[0]).toMatch(/辞書がありません/u);
    expect(problemsOf('groups:\n  - [可用性, "稼働\\u202E率"]\n')[0]).toMatch(/U\+202E/u);
  });

  test('a symlink is refused like any content file', () => {
    const dir = dirWith(null);
    symlinkSync(join(ROOT, 'content', SYNONYMS_FILE), join(dir, SYNONYMS_FILE));
    expect(() => loadSearchDictionary(dir, '/')).toThrow(/シンボリックリンク/u);
  });
});

describe('query expansion', () => {
  const dict = {
    groups: [
      ['可用性', '稼働率'],
      ['ISMS', 'ISO/IEC 27001'],
      ['EU', '欧州連合'],
    ],
    expansions: { 関西: ['大阪府', '京都府'], 都内: ['東京都'], 欧州: ['EU', '英国'], EU: ['ドイツ'] },
  };

  test('a group’s other terms; a spelling variant of a term is that term', () => {
    expect(alternativesOf('可用性', dict)).toEqual(['稼働率']);
    expect(alternativesOf('稼働率', dict)).toEqual(['可用性']);
    expect(alternativesOf('ISO27001', dict)).toEqual(['ISMS']);
    expect(alternativesOf('ｉｓｍｓ', dict)).toEqual(['ISO/IEC 27001']);
  });

  test('one way: a region finds its prefectures, a prefecture not the region', () => {
    expect(alternativesOf('関西', dict)).toEqual(['大阪府', '京都府']);
    expect(alternativesOf('大阪府', dict)).toEqual([]);
    expect(alternativesOf('欧州', dict)).toEqual(['EU', '英国', '欧州連合', 'ドイツ']);
  });

  test('the notice names the first added term, with など when there are more', () => {
    expect(expansionNotice(expandQuery('可用性', { ...dict, groups: [['可用性', '稼働率', '稼働時間']] }))).toBe(
      '『可用性』を『稼働率』などと合わせて検索しました。',
    );
    expect(expansionNotice(expandQuery('都内 データセンター', dict))).toBe(
      '『都内』を『東京都』と合わせて検索しました。',
    );
    expect(expansionNotice(expandQuery('データセンター', dict))).toBe('');
  });
});
