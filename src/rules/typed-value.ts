/**
 * Typed values: a number or a choice that the secretariat declares beside an
 * answer's 申請内容, so that people can sort, filter and match services by it.
 * The text stays the disclosure (§7(2)ア); a value only says which number or
 * choice in that text the row asks for, and the data check holds it to the
 * text: a number must appear in the 申請内容 as written (after NFKC, without
 * thousands separators), so the site never states a figure the provider did
 * not disclose. Pure functions; no I/O. Ships to browsers (the matcher), so it
 * imports nothing.
 */

export const VALUE_TYPES = ['percent', 'number', 'amount', 'duration', 'year', 'count', 'choice', 'choices'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** What a template row says about its typed value. */
export interface ValueSpec {
  /** Distinguishes two values of one row (バックアップ: 取得間隔 and 保存期間); 'value' when the row has one. */
  key: string;
  /** Short name shown beside the value, e.g. 「取得間隔」; the row's label when absent. */
  label?: string | undefined;
  type: ValueType;
  /** Unit written after the number (%, 円, 年, 名, 世代); durations take their own unit. */
  unit?: string | undefined;
  choices?: readonly string[] | undefined;
  /** Which end is better for sorting and highlighting; none for values such as 設立年. */
  better?: 'higher' | 'lower' | undefined;
}

/** A typed value as published: what was written, and its number in the base unit (minutes for durations). */
export type TypedValue =
  | { key: string; type: Exclude<ValueType, 'choice' | 'choices'>; text: string; number: number; unit: string }
  | { key: string; type: 'choice'; text: string; choice: string }
  | { key: string; type: 'choices'; text: string; choices: string[] };

/** Duration units and their length in minutes (a month counts as 30 days, a year as 365). */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  分: 1,
  時間: 60,
  日: 1440,
  営業日: 1440,
  週間: 10080,
  か月: 43200,
  ヶ月: 43200,
  カ月: 43200,
  年: 525600,
};

const MULTIPLIERS: Readonly<Record<string, number>> = { 兆: 1e12, 億: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3 };

/** NFKC, no white space, no thousands separators: the form numbers are compared in. */
export function normaliseNumberText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/(\d),(?=\d{3})/gu, '$1');
}

/**
 * A number as Japanese text writes it: 「99.95」「8450000000」「4億9000万」「3210百万」.
 * Returns null when the text is not only a number.
 */
export function parseJapaneseNumber(written: string): number | null {
  const t = normaliseNumberText(written);
  const re = /(\d+(?:\.\d+)?)(兆|億|千万|百万|万|千)?/gy;
  let total = 0;
  let at = 0;
  let groups = 0;
  for (let m = re.exec(t); m && m[0] !== ''; m = re.exec(t)) {
    total += Number(m[1]) * (m[2] ? MULTIPLIERS[m[2]]! : 1);
    at = re.lastIndex;
    groups++;
    if (!m[2]) break;
  }
  return groups > 0 && at === t.length ? total : null;
}

/** Splits a written value into its number part and its unit: 「1時間」 → 「1」「時間」. */
function splitUnit(written: string): { number: string; unit: string } {
  const t = normaliseNumberText(written);
  const m = /^([\d.]+(?:(?:兆|億|千万|百万|万|千)[\d.]*)*(?:兆|億|千万|百万|万|千)?)(.*)$/u.exec(t);
  return m ? { number: m[1]!, unit: m[2]! } : { number: '', unit: t };
}

/** Whether the number as written occurs in the 申請内容, not as part of a longer number. */
export function numberAppearsIn(content: string, writtenNumber: string): boolean {
  const text = normaliseNumberText(content);
  const needle = normaliseNumberText(writtenNumber);
  if (needle === '') return false;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1] ?? '';
    const after = text.slice(i + needle.length, i + needle.length + 2);
    if (/[\d.]/u.test(before)) continue;
    if (/^\d|^\.\d/u.test(after)) continue;
    return true;
  }
  return false;
}

export type ValueResult = { ok: true; value: TypedValue } | { ok: false; message: string };

/** Reads one written value against its spec and the answer's text; the message is for the secretariat. */
export function readTypedValue(spec: ValueSpec, written: string | readonly string[], content: string): ValueResult {
  const name = spec.label ? `「${spec.label}」の値` : '値';
  if (spec.type === 'choices') {
    const list = typeof written === 'string' ? [written] : [...written];
    const unknown = list.filter((c) => !spec.choices?.includes(c));
    if (unknown.length)
      return {
        ok: false,
        message: `${name}「${unknown.join('、')}」は様式の選択肢にありません（選択肢: ${spec.choices?.join('、')}）`,
      };
    if (new Set(list).size !== list.length) return { ok: false, message: `${name}に同じ選択肢が2回あります` };
    const choices = spec.choices!.filter((c) => list.includes(c));
    return { ok: true, value: { key: spec.key, type: 'choices', text: choices.join('、'), choices } };
  }
  if (typeof written !== 'string')
    return { ok: false, message: `${name}は1つだけ書いてください（並びは選択肢を複数選ぶ項目だけです）` };
  if (spec.type === 'choice') {
    if (!spec.choices?.includes(written))
      return {
        ok: false,
        message: `${name}「${written}」は様式の選択肢にありません（選択肢: ${spec.choices?.join('、')}）`,
      };
    return { ok: true, value: { key: spec.key, type: 'choice', text: written, choice: written } };
  }
  const { number: numberText, unit: writtenUnit } = splitUnit(written);
  const number = parseJapaneseNumber(numberText);
  if (number === null)
    return { ok: false, message: `${name}「${written}」を数値として読めません（例: 99.95、4億9000万、30分）` };
  let unit: string;
  let base = number;
  if (spec.type === 'duration') {
    const minutes = DURATION_UNITS[writtenUnit];
    if (minutes === undefined)
      return {
        ok: false,
        message: `${name}「${written}」には期間の単位（${Object.keys(DURATION_UNITS).join('・')}）を付けてください`,
      };
    unit = writtenUnit;
    base = number * minutes;
  } else {
    unit = spec.unit ?? '';
    if (writtenUnit !== '' && writtenUnit !== unit)
      return {
        ok: false,
        message: `${name}「${written}」の単位は「${unit || 'なし'}」です（「${writtenUnit}」は使えません）`,
      };
    if (spec.type === 'percent' && (number < 0 || number > 100))
      return { ok: false, message: `${name}「${written}」は 0〜100 の割合で書いてください` };
    if (spec.type === 'year' && !/^\d{4}$/u.test(numberText))
      return { ok: false, message: `${name}「${written}」は西暦4桁の年で書いてください` };
  }
  if (!numberAppearsIn(content, numberText))
    return {
      ok: false,
      message: `${name}の「${numberText}」が申請内容にありません。申請内容に書かれた数値を、書かれたとおりに書いてください`,
    };
  return {
    ok: true,
    value: { key: spec.key, type: spec.type, text: `${numberText}${unit}`, number: base, unit },
  };
}

/** A value in words: 「99.95%」「30分」「ISO/IEC 27001、プライバシーマーク」, with its label when a row has several. */
export function typedValueText(v: TypedValue, spec?: Pick<ValueSpec, 'label'>): string {
  return spec?.label ? `${spec.label} ${v.text}` : v.text;
}

/** Sort key: better values first; values of the other kinds and missing ones last. */
export function compareTypedValues(spec: ValueSpec, a: TypedValue | undefined, b: TypedValue | undefined): number {
  const rank = (v: TypedValue | undefined) => (v && 'number' in v ? v.number : undefined);
  const x = rank(a);
  const y = rank(b);
  if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
  return spec.better === 'lower' ? x - y : y - x;
}
