/**
 * One normalisation for search, used on both sides: when a page is indexed
 * (its variant forms become hidden weighted words, see SearchFields.astro),
 * on the query, and in the search page's literal-match check and excerpt
 * marks. Two spellings a reader means as the same word normalise to the same
 * text:
 *
 * - NFKC (full/half width) and case folding: ＩＳＯ → iso;
 * - 「ISO/IEC 27001」, 「ISO 27001」, 「ISO27001」 → iso27001 (any ISO number);
 * - okurigana variants from a short list: 取扱い・取り扱い・取扱 → 取扱;
 * - the long-vowel mark at the end of a katakana word of three or more morae
 *   is dropped (JIS Z 8301 practice): サーバー → サーバ, コンテナー → コンテナ,
 *   but キー stays;
 * - separators (space, ・, /, hyphens and dashes) are dropped. Numbers are
 *   matched whole against the text as written (findNormalised), so
 *   「27001・27017」 never holds 「0012」; no two 認定番号 (IP0001-1302) ever
 *   normalise to the same text.
 *
 * The function is idempotent. `normaliseWithMap` also gives, for each letter
 * of the result, the range of the original text it came from (for marks).
 */

/** Okurigana variants → one form. Longer forms first (they are tried in this order). */
export const OKURIGANA: readonly (readonly [canonical: string, variants: readonly string[]])[] = [
  ['取扱', ['取り扱い', '取り扱', '取扱い']],
  ['問合', ['問い合わせ', '問い合せ', '問合わせ', '問合せ']],
  ['申込', ['申し込み', '申し込', '申込み']],
  ['受付', ['受け付け', '受け付', '受付け']],
  ['引渡', ['引き渡し', '引き渡', '引渡し']],
  ['振込', ['振り込み', '振り込', '振込み']],
  ['組込', ['組み込み', '組み込', '組込み']],
  ['読込', ['読み込み', '読み込', '読込み']],
  ['書込', ['書き込み', '書き込', '書込み']],
  ['切替', ['切り替え', '切り替', '切替え']],
  ['割当', ['割り当て', '割り当', '割当て']],
  ['立入', ['立ち入り', '立ち入', '立入り']],
  ['打合', ['打ち合わせ', '打ち合せ', '打合わせ', '打合せ']],
  ['見積', ['見積もり', '見積り']],
  ['取消', ['取り消し', '取り消', '取消し']],
  ['払戻', ['払い戻し', '払い戻', '払戻し']],
  ['手続', ['手続き']],
];

const OKURIGANA_PATTERN = new RegExp(
  OKURIGANA.flatMap(([, vs]) => vs)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
);
const OKURIGANA_CANONICAL = new Map(OKURIGANA.flatMap(([c, vs]) => vs.map((v) => [v, c] as const)));

/** 「iso/iec 27001」, 「iso 27001」, 「iso-27001」 (after NFKC and case folding). */
const ISO_NUMBER = /iso\s*(?:\/\s*iec)?\s*[-‐]?\s*(?=\d{3,5})/gu;

const SEPARATOR = /[\s\u200b\-‐‑‒–—―・/]/u;
const DIGIT = /\d/u;
const LATIN = /\p{Script=Latin}/u;
const KATAKANA = /[\p{Script=Katakana}]/u;
/** Small kana that join the letter before them into one mora. */
const SMALL_KANA = new Set('ァィゥェォャュョヮヵヶ');
/** One letter and the combining or half-width (ﾞ ﾟ) sound marks after it. */
const LETTER_WITH_MARKS = /[\s\S][\p{M}\uFF9E\uFF9F]*/gu;

interface Unit {
  /** One UTF-16 code unit (or a whole surrogate pair) of the normalised text. */
  c: string;
  start: number;
  end: number;
}

export interface NormalisedText {
  /** The input as given. */
  input: string;
  text: string;
  /** For each UTF-16 unit of `text`: where its source starts and ends in the input. */
  start: number[];
  end: number[];
}

/** Replaces each match of `re` in the units by `by(match)`, the new letters spanning the match's source. */
function rewrite(units: Unit[], re: RegExp, by: (m: RegExpExecArray) => string): Unit[] {
  const text = units.map((u) => u.c).join('');
  // Unit index of each UTF-16 offset of `text`.
  const indexAt: number[] = [];
  units.forEach((u, i) => {
    for (let k = 0; k < u.c.length; k++) indexAt.push(i);
  });
  indexAt.push(units.length);
  const out: Unit[] = [];
  let i = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const a = indexAt[m.index]!;
    const b = indexAt[m.index + m[0].length]!;
    out.push(...units.slice(i, a));
    const start = units[a]!.start;
    const end = units[b - 1]!.end;
    for (const c of by(m)) out.push({ c, start, end });
    i = b;
  }
  out.push(...units.slice(i));
  return out;
}

const isKatakanaOrMark = (c: string | undefined) => c !== undefined && (c === 'ー' || KATAKANA.test(c));
const isSeparator = (c: string | undefined) => c !== undefined && SEPARATOR.test(c);

/**
 * Drops a run of long-vowel marks that ends a katakana word of three or more
 * morae. A word ends where neither katakana nor ー follows (a separator counts
 * as an end). The morae are counted back over the katakana before it, across
 * separators between katakana — as they will be counted once the separators
 * are gone, so normalising twice changes nothing.
 */
function dropFinalLongVowels(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.c !== 'ー' || !KATAKANA.test(units[i - 1]?.c ?? '')) {
      out.push(u);
      continue;
    }
    let j = i;
    while (units[j + 1]?.c === 'ー') j++;
    const next = units[j + 1]?.c;
    const atWordEnd = next === undefined || isSeparator(next) || !isKatakanaOrMark(next);
    let morae = 0;
    for (let k = i - 1; k >= 0 && morae < 3; k--) {
      const c = units[k]!.c;
      if (isSeparator(c)) {
        if (!isKatakanaOrMark(units[k - 1]?.c)) break;
        continue;
      }
      if (!isKatakanaOrMark(c)) break;
      if (!SMALL_KANA.has(c)) morae++;
    }
    if (atWordEnd && morae >= 3) {
      i = j;
      continue;
    }
    for (let k = i; k <= j; k++) out.push(units[k]!);
    i = j;
  }
  return out;
}

function dropSeparators(units: Unit[]): Unit[] {
  return units.filter((u) => !isSeparator(u.c));
}

/** The normalised text with, for each of its UTF-16 units, the range of the input it came from. */
export function normaliseWithMap(input: string): NormalisedText {
  let units: Unit[] = [];
  for (const m of input.matchAll(LETTER_WITH_MARKS)) {
    // A letter with its marks, normalised together: half-width ﾄﾞ and ト + combining ゙ become ド.
    // A mark left over (on a separator, or one that composes with nothing) is dropped: once its letter
    // went, it would join the next one and the text would change when normalised again.
    const letters = m[0].normalize('NFKC').toLowerCase().replace(/\p{M}/gu, '');
    for (const c of letters) units.push({ c, start: m.index, end: m.index + m[0].length });
  }
  // Again until nothing changes: dropping a separator can make a new variant (「取扱い／い」 → 「取扱い」 → 「取扱」),
  // and every step only shortens the text, so this ends, and normalising twice changes nothing.
  for (let before = -1; before !== units.length;) {
    before = units.length;
    units = rewrite(units, ISO_NUMBER, () => 'iso');
    units = rewrite(units, OKURIGANA_PATTERN, (m) => OKURIGANA_CANONICAL.get(m[0])!);
    units = dropFinalLongVowels(units);
    units = dropSeparators(units);
  }
  const start: number[] = [];
  const end: number[] = [];
  for (const u of units)
    for (let k = 0; k < u.c.length; k++) {
      start.push(u.start);
      end.push(u.end);
    }
  return { input, text: units.map((u) => u.c).join(''), start, end };
}

/** The text as search compares it (see the top of this file). */
export function normaliseSearchText(s: string): string {
  return normaliseWithMap(s).text;
}

/**
 * Where the normalised word occurs in the normalised text, as [start, end)
 * ranges of the text as written. Numbers match whole: 「2700」 is not in
 * 「27001」, 「0012」 not in 「27001・27017」, but 「1302」 is in 「IP0001-1302」;
 * so do words of Latin letters: 「DR」 (災害復旧) is not in 「EDR」, 「EU」 not
 * in 「Europe」.
 */
export function findNormalised(text: NormalisedText, word: string): [number, number][] {
  const w = normaliseSearchText(word);
  if (!w) return [];
  const t = text.text;
  // A word starting or ending with a digit or a Latin letter matches whole there (checked on the letters
  // next to the match as written: a separator dropped between two numbers still parts them).
  const kind = (c: string | undefined) =>
    c === undefined ? null : DIGIT.test(c) ? DIGIT : LATIN.test(c) ? LATIN : null;
  const first = kind(w[0]);
  const last = kind(w.at(-1));
  const is = (re: RegExp | null, i: number) => re !== null && re.test((text.input[i] ?? '').normalize('NFKC'));
  const out: [number, number][] = [];
  for (let at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
    const a = text.start[at]!;
    const b = text.end[at + w.length - 1]!;
    if (is(first, a - 1) || is(last, b)) continue;
    out.push([a, b]);
  }
  return out;
}

/** Whether the text holds the word, both normalised. */
export function holdsNormalised(text: NormalisedText, word: string): boolean {
  return findNormalised(text, word).length > 0;
}

const KATAKANA_WORD_WITH_MARK = /[\p{Script=Katakana}ー]+ー(?![\p{Script=Katakana}ー])/gu;
const ISO_WORD = /iso\s*(?:\/\s*iec)?\s*[-‐]?\s*\d{3,5}/gu;

/**
 * The forms of a page's words that a normalised query is looked up by and
 * the page's own text does not already hold as a word: 取扱 for 取扱い,
 * サーバ for サーバー, iso27001 for ISO/IEC 27001. Indexed as hidden weighted
 * text, so Pagefind finds the page by the normalised query.
 */
export function indexVariants(text: string): string[] {
  const t = text.normalize('NFKC').toLowerCase();
  const out = new Set<string>();
  const add = (surface: string) => {
    const n = normaliseSearchText(surface);
    if (n && n !== surface) out.add(n);
  };
  for (const m of t.matchAll(OKURIGANA_PATTERN)) add(m[0]);
  for (const m of t.matchAll(ISO_WORD)) add(m[0]);
  for (const m of t.matchAll(KATAKANA_WORD_WITH_MARK)) add(m[0]);
  return [...out].sort();
}

/**
 * The secretariat's dictionary of search terms (content/search-synonyms.yaml),
 * as the data check reads it and the search page applies it; here, below both,
 * so the check (src/data) and the browser (src/client) share one shape.
 */
export interface SearchDictionary {
  /** Terms that mean the same; each term is in at most one group. */
  groups: string[][];
  /** One-way: the key is also searched as each of its terms. */
  expansions: Record<string, string[]>;
}
