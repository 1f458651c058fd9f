/**
 * What the search page's script writes (status lines, counts, the parts of a
 * result card), in the page's language. The Japanese words are here, as the
 * script's default; the English page (/en/search/) renders its words from
 * src/i18n/en.ts onto <search-page data-words>, so the Japanese page carries
 * no English and the script no second language. A word that takes values
 * names them in braces: "{n} 件".
 */
import type { PathLocale } from '../lib/paths.ts';

export interface SearchWords {
  /** The page's language: its links (service, item pages) and its number format. */
  locale: PathLocale;
  /** A service card's 認定番号 after its provider and category. */
  number: string;
  /** Between a card's provider, category and number. */
  factsJoin: string;
  /** Between the Form B item of a hit and its excerpt. */
  hitJoin: string;
  /** A hit found through the dictionary: the word typed and the term that matched. */
  via: string;
  /** Between items of a short list in running text. */
  listJoin: string;
  /** A status (the Japanese rule word, as the index holds it) as the page says it; missing: as written. */
  status: Readonly<Record<string, string>>;
  /** Before the links to the item pages a query names. */
  itemsLead: string;
  /** After six item links, with `{n}` items more and a link to the item list between before and after. */
  itemsMoreBefore: string;
  itemsMoreAfter: string;
  itemsIndex: string;
  /** A facet choice's count. */
  count: string;
  /** How many facet choices are checked, after 「絞り込み」. */
  chosen: string;
  empty: string;
  searching: string;
  loadFailed: string;
  checkingMore: string;
  /** The status line: services holding the query's words, or matching the filters alone. */
  found: string;
  foundNoQuery: string;
  /** The other kinds of result the status line names, joined with listJoin, inside alsoWith (or alsoAmong for expanded hits). */
  alsoExpanded: string;
  alsoPages: string;
  alsoPartial: string;
  alsoWith: string;
  alsoAmong: string;
  /** After the count while candidates are left unchecked (with `{n}` left), or only the look-ups are left. */
  pendingLeft: string;
  pendingLookups: string;
}

export const JA_SEARCH_WORDS: SearchWords = {
  locale: 'ja',
  number: '認定番号 {n}',
  factsJoin: '・',
  hitJoin: '：',
  via: '『{word}』の代わりに『{term}』で一致',
  listJoin: '、',
  status: {},
  itemsLead: '全サービスの回答を項目ごとに比べる: ',
  itemsMoreBefore: '、ほか{n}項目（',
  itemsMoreAfter: '）',
  itemsIndex: '項目別一覧',
  count: '（{n}）',
  chosen: '（{n} 件選択中）',
  empty: 'キーワードを入力するか、絞り込み条件を選んでください。',
  searching: '検索しています…',
  loadFailed:
    '「{q}」を検索できませんでした（検索の索引を読み込めませんでした）。認定サービス一覧・項目別一覧からも探せます。',
  checkingMore: '続きを確かめています…',
  found: '「{q}」を含むサービス {n} 件',
  foundNoQuery: '条件に合うサービス {n} 件',
  alsoExpanded: '合わせて検索した語で一致 {n} 件',
  alsoPages: '制度の説明のページ {n} 件',
  alsoPartial: '一部の語だけ一致 {n} 件',
  alsoWith: '（ほかに{also}）',
  alsoAmong: '（うち{also}）',
  pendingLeft: 'まで表示しています。まだ確かめていない候補が {n} 件あり、「さらに表示」で続きを確かめます。',
  pendingLookups: 'まで表示しています。表記の揺れ・同義語で見つかる候補は「さらに表示」で探します。',
};

/** A word with its values filled in: fill('{n} 件', { n: 3 }) is "3 件". */
export function fill(word: string, values: Readonly<Record<string, string | number>>): string {
  return word.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Japanese letters (kana, kanji, full-width forms): text holding them is marked lang="ja" on an English page. */
export const JAPANESE_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/u;
