/**
 * Query expansion with the secretariat's dictionary (content/search-synonyms.yaml):
 * a word of the query that is a term of a group is searched together with
 * the group's other terms; a word that is an expansion's key, together with
 * its terms (関西 → 大阪府, 京都府, …). Words are compared normalised
 * (search-normalise.ts), so 「ISO27001」 is the term 「ISO/IEC 27001」.
 * Pure: runs in the search page and in tests.
 */
import { normaliseSearchText, type SearchDictionary } from '../rules/search-normalise.ts';

export interface ExpandedWord {
  /** The word as typed. */
  word: string;
  /** Dictionary terms it is searched together with (none normalises to the word itself). */
  alternatives: string[];
}

/**
 * The terms a word is searched together with: its group's other terms and
 * the expansions of the word and of its group, and so on for the terms they
 * bring (欧州 → EU → ドイツ, …), each once.
 */
export function alternativesOf(word: string, dict: SearchDictionary): string[] {
  const w = normaliseSearchText(word);
  if (!w) return [];
  const groupOf = (n: string) => dict.groups.find((g) => g.some((t) => normaliseSearchText(t) === n)) ?? [];
  const expansionsOf = (n: string) =>
    Object.entries(dict.expansions).flatMap(([key, terms]) => (normaliseSearchText(key) === n ? terms : []));
  const out: string[] = [];
  const seen = new Set([w]);
  const queue = [w];
  for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
    for (const t of [...groupOf(n), ...expansionsOf(n)]) {
      const tn = normaliseSearchText(t);
      if (!tn || seen.has(tn)) continue;
      seen.add(tn);
      out.push(t);
      queue.push(tn);
    }
  }
  return out;
}

export function expandQuery(query: string, dict: SearchDictionary): ExpandedWord[] {
  return query
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => ({ word, alternatives: alternativesOf(word, dict) }));
}

/**
 * The notice over the results: 『可用性』を『稼働率』などと合わせて検索しました
 * (「など」 when there is more than one term), one sentence per expanded word.
 */
export function expansionNotice(words: readonly ExpandedWord[]): string {
  return words
    .filter((w) => w.alternatives.length > 0)
    .map(
      (w) =>
        `『${w.word}』を『${w.alternatives[0]}』${w.alternatives.length > 1 ? 'など' : ''}と合わせて検索しました。`,
    )
    .join('');
}
