/**
 * The site's fixed vocabulary: how an answer's state, a 実施有無, an answer
 * kind, a value type and a list order are said, wherever they are shown
 * (pages, CSV, the compare sheet, the secretariat's YAML template, browser
 * code). One wording per idea, so a page and the open data never disagree.
 *
 * Imports only types, so browser code and the CLI tools (plain node) can use
 * it without pulling in anything else.
 */
import type { AnswerKind } from '../data/form-b-template.ts';
import type { ValueType } from '../rules/typed-value.ts';

/** A withheld answer (公表留保): the only thing shown in its place. */
export const WITHHELD_WORD = '公表留保中';

/** An unanswered 選択 item — never confused with an answer that says 「なし」. */
export const UNANSWERED_WORD = '記載なし';

/** An answer with text but no typed value to sort or filter by. */
export const NO_VALUE_WORD = '値の記載なし';

export const IMPLEMENTED_WORD = '実施あり';
export const NOT_IMPLEMENTED_WORD = '実施なし';

/** A practice row's 実施有無 as the reader sees it. */
export function implementedWord(implemented: boolean): string {
  return implemented ? IMPLEMENTED_WORD : NOT_IMPLEMENTED_WORD;
}

/** Why an answer has no value to sort by (the reader should not read an absence as a low figure). */
export function missingValueWord(state: 'answered' | 'withheld' | 'unanswered' | undefined): string {
  return state === undefined || state === 'unanswered'
    ? UNANSWERED_WORD
    : state === 'withheld'
      ? WITHHELD_WORD
      : NO_VALUE_WORD;
}

/** The filter choice and phrase for every service whose certification is in force. */
export const CERTIFIED_STATUSES_LABEL = '認定中（有効・更新手続中）';

/**
 * How a status looks beside its word (badge, social image, search result):
 * in force, in force while a renewal is reviewed, or ended — with a mark, so
 * colour is never the only cue.
 */
export type StatusTone = 'ok' | 'renewal' | 'ended';

export function statusTone(status: string): StatusTone {
  return status === '有効' ? 'ok' : status === '更新手続中' ? 'renewal' : 'ended';
}

export const STATUS_MARKS: Readonly<Record<StatusTone, string>> = { ok: '✓', renewal: '↻', ended: '×' };

/** Each answer kind: its name in the data dictionary (/data/), and how to write it in the secretariat's YAML. */
export const ANSWER_KIND_WORDS: Readonly<Record<AnswerKind, { name: string; howToWrite: string }>> = {
  text: { name: '自由記述', howToWrite: '自由記述' },
  date: { name: '日付', howToWrite: '日付（例: 2026/04/01、2026年4月1日、2026-04-01）' },
  url: { name: 'URL', howToWrite: 'http(s) の URL' },
  quantity: { name: '数値と単位', howToWrite: '数値と単位を含めて記述' },
  practice: { name: '実施有無と説明', howToWrite: '実施有無（implemented: はい / いいえ）と説明' },
  location: {
    name: '所在地（国・都道府県）と説明',
    howToWrite: '所在地（country: 国名、国内なら prefecture: 都道府県）と説明',
  },
};

/** A typed value's type in the data dictionary. */
export const VALUE_TYPE_NAMES: Readonly<Record<ValueType, string>> = {
  percent: '割合（%）',
  number: '数値',
  amount: '金額（円）',
  duration: '期間',
  year: '西暦年',
  count: '人数・件数',
  choice: '選択肢から1つ',
  choices: '選択肢から複数',
};

/** Which way a typed value is better. */
export const BETTER_WORDS = { higher: '大きいほど良い', lower: '小さいほど良い' } as const;

/** The service list's orders: the `sort` query value and its name ('' is the default, 認定番号順). */
export const SORT_LABELS = {
  '': '認定番号順',
  'date-desc': '認定年月日の新しい順',
  'date-asc': '認定年月日の古い順',
  name: 'サービス名称順',
  provider: '事業者名称順',
  expiry: '有効期限の近い順',
} as const;
export type SortKey = keyof typeof SORT_LABELS;
