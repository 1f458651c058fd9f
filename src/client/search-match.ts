/**
 * The search page's pure matching rules, apart from its DOM code
 * (./site-search.ts) so they load and are tested without a browser: whether a
 * page holds the query as typed, the two-letter look-ups for Pagefind's
 * Japanese word splitting (issue #1237), the forms each word is looked up as,
 * and how those look-ups' pages are ranked.
 */
import {
  holdsNormalised,
  normaliseSearchText,
  normaliseWithMap,
  type NormalisedText,
} from '../rules/search-normalise.ts';
import type { ExpandedWord } from '../lib/search-expansion.ts';

/** For comparing text as a reader means it: the search normalisation (width, case, spelling variants, separators). */
export function normaliseForMatch(s: string): string {
  return normaliseSearchText(s);
}

const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{3,}/gu;

/** Two-letter pieces of the query's Japanese runs of three or more letters. */
export function japaneseBigrams(query: string): string[] {
  const out = new Set<string>();
  for (const run of query.normalize('NFKC').match(JAPANESE_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out];
}

export function holdsEveryWord(text: string, query: string): boolean {
  const t = normaliseWithMap(text);
  return query
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => holdsNormalised(t, w));
}

/** How a page holds the query: every word as typed (or a spelling variant of it), or only through the dictionary. */
export type Holding = { kind: 'literal' | 'expanded'; words: string[] } | null;

export function howHeld(t: NormalisedText, words: readonly ExpandedWord[]): Holding {
  if (words.every((w) => holdsNormalised(t, w.word))) return { kind: 'literal', words: words.map((w) => w.word) };
  const chosen = words.map((w) => [w.word, ...w.alternatives].find((a) => holdsNormalised(t, a)));
  return chosen.every((c) => c !== undefined) ? { kind: 'expanded', words: chosen } : null;
}

/** The look-ups for a query: each word's forms (as typed, normalised, and its dictionary terms) combined, at most `max`. */
export function lookups(words: readonly ExpandedWord[], max = 24): string[] {
  const forms = words.map((w) => [
    ...new Set([w.word, ...w.alternatives].flatMap((t) => [t, normaliseSearchText(t)]).filter(Boolean)),
  ]);
  let combos: string[][] = [[]];
  for (const f of forms) {
    combos = combos.flatMap((c) => f.map((x) => [...c, x]));
    if (combos.length > max) combos = combos.slice(0, max);
  }
  return [...new Set(combos.map((c) => c.join(' ')))];
}

/**
 * What Pagefind is asked for a query. A 認定番号 written with its hyphen
 * (IP0420-2506, 0420-2506) is asked as its joined form, one word of the
 * index that only that service has (src/lib/search-terms.ts): Pagefind would
 * split it at the hyphen, and 2506 alone is on every service certified that
 * month. The page still has to hold the query as typed.
 */
export function pagefindTerm(query: string): string {
  const m = /^(IP)?(\d{4})-(\d{4})$/iu.exec(query.trim());
  return m ? `${m[1] ?? ''}${m[2]}${m[3]}` : query;
}

/**
 * The pages found by the two-letter look-ups, those found by more of them
 * first: a page that holds the whole word is usually found by most of its
 * pieces, one that holds only a common piece (株式, 会社) by one or two.
 */
export function rankByPieces<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const hits = new Map<string, { item: T; n: number; first: number }>();
  let order = 0;
  for (const list of lists)
    for (const item of list) {
      const h = hits.get(item.id);
      if (h) h.n++;
      else hits.set(item.id, { item, n: 1, first: order++ });
    }
  return [...hits.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((h) => h.item);
}
