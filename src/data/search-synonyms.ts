/**
 * content/search-synonyms.yaml: the search's synonyms and regions, as data the
 * secretariat edits without code. Read through the same door as every content
 * file (regular file, strict UTF-8, the text policy, no tags) and checked by
 * `npm run check` and the build: no empty group, a term in one group only,
 * prefectures spelled as src/rules/prefectures.ts knows them.
 */
import { z } from 'astro/zod';
import { CatalogueError, fieldPath, type DataProblem } from './data-problem.ts';
import { positionOf } from './yaml-source.ts';
import { readSettingsFile } from './settings-file.ts';
import { PREFECTURES } from '../rules/prefectures.ts';
import { normaliseSearchText } from '../rules/search-normalise.ts';
import type { SearchDictionary } from '../rules/search-normalise.ts';

export const SYNONYMS_FILE = 'search-synonyms.yaml';

const term = z.string().trim().min(1, { error: '空の語です' });

export const searchDictionarySchema = z.strictObject({
  /** Terms that mean the same (searched together whichever is typed). */
  groups: z.array(z.array(term)).nullish(),
  /** One-way: the key's terms are searched too (関西 → 大阪府, …). */
  expansions: z.record(term, z.array(term)).nullish(),
});

/** A word written like a prefecture (大阪府, 京都府, 東京都…). */
const PREFECTURE_LIKE = /^\p{Script=Han}{2,3}[都道府県]$/u;

/** Rule problems of a dictionary that has the right shape: each as [field path, message]. */
export function dictionaryProblems(dict: SearchDictionary): [(string | number)[], string][] {
  const out: [(string | number)[], string][] = [];
  const inGroup = new Map<string, number>();
  dict.groups.forEach((group, g) => {
    if (group.length === 0) out.push([['groups', g], 'まとまりが空です。同じ意味の語を2つ以上書いてください']);
    else if (group.length === 1)
      out.push([['groups', g], `語が「${group[0]}」の1つだけです。同じ意味の語を2つ以上書いてください`]);
    const here = new Set<string>();
    group.forEach((t, i) => {
      const n = normaliseSearchText(t);
      if (here.has(n))
        out.push([['groups', g, i], `「${t}」がこのまとまりに2回あります（表記の揺れは同じ語とみなします）`]);
      else if (inGroup.has(n))
        out.push([
          ['groups', g, i],
          `「${t}」は ${inGroup.get(n)! + 1} 番目のまとまりにもあります。1つの語は1つのまとまりにだけ書いてください（まとめるなら1つのまとまりにしてください）`,
        ]);
      here.add(n);
      if (!inGroup.has(n)) inGroup.set(n, g);
    });
  });
  const keys = new Map<string, string>();
  for (const [key, terms] of Object.entries(dict.expansions)) {
    const n = normaliseSearchText(key);
    if (keys.has(n))
      out.push([
        ['expansions', key],
        `「${key}」は「${keys.get(n)}」と同じ語です（表記の揺れは同じ語とみなします）。1つにまとめてください`,
      ]);
    keys.set(n, key);
    if (terms.length === 0)
      out.push([['expansions', key], `「${key}」で一緒に探す語がありません。語を1つ以上書いてください`]);
  }
  const prefecture = (path: (string | number)[], t: string) => {
    if (PREFECTURE_LIKE.test(t) && !PREFECTURES.includes(t))
      out.push([path, `「${t}」は都道府県の一覧（src/rules/prefectures.ts）にない書き方です。${suggest(t)}`]);
  };
  dict.groups.forEach((group, g) => group.forEach((t, i) => prefecture(['groups', g, i], t)));
  for (const [key, terms] of Object.entries(dict.expansions))
    terms.forEach((t, i) => {
      prefecture(['expansions', key, i], t);
      // A bare 大阪 is found in 大阪市 too; the list's name (大阪府) is what the answers' places are written as.
      const full = PREFECTURES.find((p) => p !== t && p.slice(0, -1) === t);
      if (full) out.push([['expansions', key, i], `都道府県は一覧の書き方で書いてください（「${t}」→「${full}」）`]);
    });
  return out;
}

function suggest(t: string): string {
  const stem = t.slice(0, -1);
  const near = PREFECTURES.find((p) => p.slice(0, -1) === stem);
  return near ? `「${near}」と書いてください` : '都道府県名は「大阪府」「東京都」「北海道」のように書いてください';
}

export function loadSearchDictionary(contentDir: string, cwd: string = process.cwd()): SearchDictionary {
  const { file, value, locate } = readSettingsFile(
    contentDir,
    SYNONYMS_FILE,
    {
      yaml: 'failsafe',
      schema: searchDictionarySchema,
      missing: '検索の同義語・地域の辞書がありません（空でよければ groups: [] と書いてください）',
    },
    cwd,
  );
  const dict: SearchDictionary = { groups: value.groups ?? [], expansions: value.expansions ?? {} };
  const problems = dictionaryProblems(dict);
  if (problems.length) {
    const source = locate();
    throw new CatalogueError(
      problems.map(([p, message]): DataProblem => ({ file, ...positionOf(source, p), field: fieldPath(p), message })),
    );
  }
  return dict;
}
