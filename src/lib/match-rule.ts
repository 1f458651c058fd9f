/**
 * The requirements matcher's rule: conditions over typed values, 実施有無 and
 * data-centre places, judged for one service from the small match index
 * (/data/match-index.json). Each condition is met, missed, or cannot be
 * judged (the answer is withheld, unanswered, or has no declared value); only
 * a service that meets every condition matches. Conditions live in the URL so
 * a shared link reproduces the result. Ships to browsers: imports only the
 * pure typed-value rules.
 */
import { DURATION_UNITS, parseJapaneseNumber } from '../rules/typed-value.ts';

/** One service in the index. Values are numbers in the base unit (minutes for durations) or choice lists. */
export interface MatchEntry {
  /** 認定番号 */
  n: string;
  /** サービス名称 */
  s: string;
  /** 事業者名称 */
  p: string;
  /** Typed values by `row` or `row.key` (rows with several values): a number, or the chosen choices. */
  v: Record<string, number | string[]>;
  /** The value as written, for quoting: 「99.99%」「30分」. Same keys as v. */
  t: Record<string, string>;
  /** Practice rows answered 実施あり (1) or 実施なし (0); absent = cannot judge. */
  i: Record<string, 0 | 1>;
  /** Rows whose answer is withheld (公表留保中) or unanswered (記載なし): why a condition cannot be judged. */
  w: string[];
  u: string[];
  /** Published data-centre places (prefecture in Japan, else country). */
  d: string[];
}

export type Condition =
  | { kind: 'number'; field: string; op: 'gte' | 'lte'; value: number; written: string }
  | { kind: 'choice'; field: string; anyOf: string[] }
  | { kind: 'choices'; field: string; allOf: string[] }
  | { kind: 'practice'; row: string }
  | { kind: 'places'; allOf: string[] };

/** Why a condition cannot be judged: the answer is withheld, unanswered, or gives no declared value (each page words it). */
export type UnknownReason = 'withheld' | 'unanswered' | 'noValue';

export type Verdict =
  | { outcome: 'met'; quote: string }
  | { outcome: 'missed'; quote: string }
  | { outcome: 'unknown'; reason: UnknownReason };

/** The row id of a value field (`backup.interval` → `backup`). */
export function rowOf(field: string): string {
  return field.split('.')[0]!;
}

/**
 * Duration units as the English matcher (/en/match/) is written to: 「30 minutes」, 「1 hour」, 「14 days」
 * (white space is gone before the lookup), each the Japanese unit it means.
 */
const ENGLISH_DURATION_UNITS: Readonly<Record<string, string>> = {
  min: '分',
  mins: '分',
  minute: '分',
  minutes: '分',
  h: '時間',
  hr: '時間',
  hrs: '時間',
  hour: '時間',
  hours: '時間',
  day: '日',
  days: '日',
  businessday: '営業日',
  businessdays: '営業日',
  week: '週間',
  weeks: '週間',
  month: 'か月',
  months: 'か月',
  year: '年',
  years: '年',
};

/** A threshold as written in the form or URL: 「99.95」, 「30分」, 「30 minutes」, 「4億」. Durations convert to minutes. */
export function parseThreshold(written: string, duration: boolean): number | null {
  const t = written.normalize('NFKC').replace(/\s+/gu, '').replace(/,/gu, '');
  if (!duration) return parseJapaneseNumber(t.replace(/[%円年名件世代]$/u, ''));
  const m = /^([\d.]+)(.*)$/u.exec(t);
  if (!m) return null;
  const unit = m[2] || '分';
  const minutes = DURATION_UNITS[ENGLISH_DURATION_UNITS[unit.toLowerCase()] ?? unit];
  return minutes === undefined ? null : Number(m[1]) * minutes;
}

function whyUnknown(e: MatchEntry, row: string): UnknownReason {
  if (e.w.includes(row)) return 'withheld';
  if (e.u.includes(row)) return 'unanswered';
  return 'noValue';
}

export function judge(e: MatchEntry, c: Condition): Verdict {
  switch (c.kind) {
    case 'number': {
      const v = e.v[c.field];
      if (typeof v !== 'number') return { outcome: 'unknown', reason: whyUnknown(e, rowOf(c.field)) };
      const met = c.op === 'gte' ? v >= c.value : v <= c.value;
      return { outcome: met ? 'met' : 'missed', quote: e.t[c.field] ?? '' };
    }
    case 'choice':
    case 'choices': {
      const v = e.v[c.field];
      if (!Array.isArray(v)) return { outcome: 'unknown', reason: whyUnknown(e, rowOf(c.field)) };
      const met = c.kind === 'choice' ? v.some((x) => c.anyOf.includes(x)) : c.allOf.every((x) => v.includes(x));
      return { outcome: met ? 'met' : 'missed', quote: e.t[c.field] ?? '' };
    }
    case 'practice': {
      const v = e.i[c.row];
      if (v === undefined) return { outcome: 'unknown', reason: whyUnknown(e, c.row) };
      return { outcome: v === 1 ? 'met' : 'missed', quote: v === 1 ? '実施あり' : '実施なし' };
    }
    case 'places': {
      const missing = c.allOf.filter((p) => !e.d.includes(p));
      return {
        outcome: missing.length ? 'missed' : 'met',
        quote: e.d.length ? e.d.join('、') : '公開されている所在地なし',
      };
    }
  }
}

export interface MatchResult {
  entry: MatchEntry;
  verdicts: Verdict[];
  met: number;
}

/** Every service judged: those meeting all conditions first, then by how many they meet, then 認定番号. */
export function matchServices(entries: readonly MatchEntry[], conditions: readonly Condition[]): MatchResult[] {
  return entries
    .map((entry) => {
      const verdicts = conditions.map((c) => judge(entry, c));
      return { entry, verdicts, met: verdicts.filter((v) => v.outcome === 'met').length };
    })
    .sort((a, b) => b.met - a.met || a.entry.n.localeCompare(b.entry.n));
}

/** What the page tells the browser about each field it offers (from the template). */
export interface FieldInfo {
  field: string;
  /** e.g. 「サービス稼働率の設定値（月間）」 or 「バックアップ: 保存期間」 */
  label: string;
  type: 'number' | 'duration' | 'choice' | 'choices';
  op?: 'gte' | 'lte';
  unit?: string;
}

/** A multi-valued field: comma-joined (the shareable form) or repeated as `name[]` (what the form's checkboxes send). */
const list = (params: URLSearchParams, name: string) =>
  [...params.getAll(name), ...params.getAll(`${name}[]`)]
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** Conditions from the query string: `availability-target=99.95&dc=東京都,大阪府&practice=backup`. Unreadable values are skipped. */
export function conditionsFromParams(params: URLSearchParams, fields: readonly FieldInfo[]): Condition[] {
  const out: Condition[] = [];
  for (const f of fields) {
    if (f.type === 'choice' || f.type === 'choices') {
      const chosen = list(params, f.field);
      if (chosen.length)
        out.push(
          f.type === 'choice'
            ? { kind: 'choice', field: f.field, anyOf: chosen }
            : { kind: 'choices', field: f.field, allOf: chosen },
        );
      continue;
    }
    const written = (params.get(f.field) ?? '').trim();
    if (!written) continue;
    const value = parseThreshold(written, f.type === 'duration');
    if (value !== null) out.push({ kind: 'number', field: f.field, op: f.op ?? 'gte', value, written });
  }
  for (const row of list(params, 'practice')) out.push({ kind: 'practice', row });
  const places = list(params, 'dc');
  if (places.length) out.push({ kind: 'places', allOf: places });
  return out;
}

/** The query string for conditions, in a stable order (the form's), so equal conditions give equal URLs. */
export function paramsFromConditions(conditions: readonly Condition[]): URLSearchParams {
  const p = new URLSearchParams();
  for (const c of conditions) {
    if (c.kind === 'number') p.set(c.field, c.written);
    else if (c.kind === 'choice') p.set(c.field, c.anyOf.join(','));
    else if (c.kind === 'choices') p.set(c.field, c.allOf.join(','));
  }
  const practice = conditions.flatMap((c) => (c.kind === 'practice' ? [c.row] : []));
  if (practice.length) p.set('practice', practice.join(','));
  const places = conditions.find((c) => c.kind === 'places');
  if (places) p.set('dc', places.allOf.join(','));
  return p;
}
