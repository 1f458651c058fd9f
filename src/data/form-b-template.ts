/**
 * The Form B template (content/form-b.yaml): its schema and its flattened view.
 * The template is data so the secretariat can correct rows against the official
 * 申請書B without touching code; every other module reads rows from here.
 */
import { z } from 'astro/zod';
import { VALUE_TYPES, type ValueSpec } from '../rules/typed-value.ts';

export const ANSWER_KINDS = ['text', 'date', 'url', 'quantity', 'practice', 'location'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: '英小文字・数字・ハイフンで書いてください' });
const text = z.string().trim().min(1);

/**
 * English names (the English edition, /en/). Optional to the schema so that a
 * missing one is reported by englishLabelProblems, which names the row and the
 * field, instead of as a bare 「必須のフィールドがありません」.
 */
const valueEnSchema = z.strictObject({ label: text.optional(), choices: z.array(text).optional() });
const rowEnSchema = z.strictObject({ description: text.optional(), unit: text.optional(), guidance: text.optional() });
const itemEnSchema = z.strictObject({ middle: text.optional(), label: text.optional() });
const categoryEnSchema = z.strictObject({ name: text.optional(), part: text.optional(), note: text.optional() });

/** A typed value people compare a row by (see src/rules/typed-value.ts). */
const valueSpecSchema = z.strictObject({
  key: id.optional(),
  label: text.optional(),
  type: z.enum(VALUE_TYPES),
  unit: text.optional(),
  choices: z.array(text).min(2).optional(),
  better: z.enum(['higher', 'lower']).optional(),
  en: valueEnSchema.optional(),
});

const rowSchema = z.strictObject({
  id,
  description: text,
  kind: z.enum(ANSWER_KINDS),
  required: z.boolean().optional(),
  unit: text.optional(),
  maxLength: z.number().int().positive().optional(),
  guidance: text.optional(),
  en: rowEnSchema.optional(),
  /** One typed value, or several with distinct keys (バックアップ: 取得間隔と保存期間). */
  value: z.union([valueSpecSchema, z.array(valueSpecSchema.extend({ key: id })).min(2)]).optional(),
});

const itemSchema = z.strictObject({
  no: z.number().int().positive(),
  middle: text,
  label: text.optional(),
  en: itemEnSchema.optional(),
  required: z.boolean(),
  keyRequirement: z.boolean().optional(),
  provisional: z.boolean().optional(),
  source: text.optional(),
  rows: z.array(rowSchema).min(1),
});

const categorySchema = z.strictObject({
  id,
  name: text,
  part: text,
  perDataCentre: z.boolean().optional(),
  note: text.optional(),
  en: categoryEnSchema.optional(),
  items: z.array(itemSchema).min(1),
});

export const templateSchema = z.strictObject({
  version: text,
  title: text,
  guideline: text,
  categories: z.array(categorySchema).length(10, { error: '大分類は10個です（概要 §5(1)）' }),
});

export type TemplateSource = z.infer<typeof templateSchema>;

/** One 記述内容 row with everything a page or a check needs to know about it. */
export interface FormRow {
  id: string;
  /** ASPIC's row number (shared by the rows of one item). */
  no: number;
  /** Position of this row within its numbered item (0 = first). */
  indexInItem: number;
  rowsInItem: number;
  categoryId: string;
  categoryName: string;
  middle: string;
  label?: string | undefined;
  description: string;
  required: boolean;
  keyRequirement: boolean;
  perDataCentre: boolean;
  provisional: boolean;
  kind: AnswerKind;
  unit?: string | undefined;
  maxLength?: number | undefined;
  guidance?: string | undefined;
  /** Typed values declared for the row; empty when people compare it only as text. */
  values: readonly ValueSpec[];
  /** The row's names in English (the English edition); the answers themselves are never translated. */
  en: RowEnglish;
}

export interface RowEnglish {
  categoryName: string;
  middle: string;
  label?: string | undefined;
  description: string;
  unit?: string | undefined;
  guidance?: string | undefined;
  /** One per entry of `values`, same order and keys. */
  values: readonly ValueEnglish[];
}

export interface ValueEnglish {
  key: string;
  label?: string | undefined;
  unit?: string | undefined;
  /** The English of each of the spec's choices, same order (matching is always on the Japanese). */
  choices?: readonly string[] | undefined;
}

export interface CategoryEnglish {
  name: string;
  part: string;
  note?: string | undefined;
}

export interface FormCategory {
  id: string;
  name: string;
  part: string;
  perDataCentre: boolean;
  note?: string | undefined;
  en: CategoryEnglish;
  rows: FormRow[];
}

export interface FormTemplate {
  /** The file as written, kept so the template can be stored and flattened again. */
  source: TemplateSource;
  version: string;
  title: string;
  guideline: string;
  categories: FormCategory[];
  /** Every row in template order. */
  rows: FormRow[];
  byId: ReadonlyMap<string, FormRow>;
}

export function flattenTemplate(source: TemplateSource): FormTemplate {
  const categories: FormCategory[] = source.categories.map((c) => ({
    id: c.id,
    name: c.name,
    part: c.part,
    perDataCentre: c.perDataCentre ?? false,
    note: c.note,
    en: { name: english(c.en?.name, c.id), part: english(c.en?.part, c.id), note: c.en?.note },
    rows: c.items.flatMap((item) =>
      item.rows.map((row, indexInItem) => ({
        id: row.id,
        no: item.no,
        indexInItem,
        rowsInItem: item.rows.length,
        categoryId: c.id,
        categoryName: c.name,
        middle: item.middle,
        label: item.label,
        description: row.description,
        required: row.required ?? item.required,
        keyRequirement: item.keyRequirement ?? false,
        perDataCentre: c.perDataCentre ?? false,
        provisional: item.provisional ?? false,
        kind: row.kind,
        unit: row.unit,
        maxLength: row.maxLength,
        guidance: row.guidance,
        values: valueSpecs(row.value, row.unit),
        en: {
          categoryName: english(c.en?.name, c.id),
          middle: english(item.en?.middle, row.id),
          label: item.en?.label,
          description: english(row.en?.description, row.id),
          unit: row.en?.unit,
          guidance: row.en?.guidance,
          values: valueEnglish(row.value, row.en?.unit),
        },
      })),
    ),
  }));
  const rows = categories.flatMap((c) => c.rows);
  return {
    source,
    version: source.version,
    title: source.title,
    guideline: source.guideline,
    categories,
    rows,
    byId: new Map(rows.map((r) => [r.id, r])),
  };
}

type RowValue = z.infer<typeof rowSchema>['value'];

/** englishLabelProblems has refused a template without this before anything flattens it. */
function english(value: string | undefined, where: string): string {
  if (value === undefined) throw new Error(`英語名がありません（${where}）: loadTemplate の検査を通っていない様式です`);
  return value;
}

/** Units in English for the defaults valueSpecs gives (a year needs none: 「2001年」 is 「2001」). */
const ENGLISH_DEFAULT_UNITS: Partial<Record<string, string>> = { percent: '%', amount: 'yen' };

function valueEnglish(value: RowValue, rowUnit: string | undefined): ValueEnglish[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [{ ...value, key: value.key ?? 'value' }];
  return list.map((v) => ({
    key: v.key ?? 'value',
    label: v.en?.label,
    unit: ENGLISH_DEFAULT_UNITS[v.type] ?? (v.type === 'year' ? undefined : rowUnit),
    choices: v.en?.choices,
  }));
}

type PathKey = string | number;

/**
 * Every English name the template lacks (the English edition shows Form B by
 * these names): 大分類 name and part (and note when the Japanese has one),
 * 中分類, 開示項目 when the Japanese has one, 記述内容, and the English of a
 * row's unit, guidance, value label and choices when the Japanese has them.
 * Each problem names the row (or item, or category) and the missing field.
 */
export function englishLabelProblems(source: TemplateSource): { path: PathKey[]; message: string }[] {
  const out: { path: PathKey[]; message: string }[] = [];
  const lack = (path: PathKey[], where: string, field: string, what: string) =>
    out.push({ path: [...path, 'en', field], message: `${where}に${what}の英語名（en.${field}）がありません` });
  // Items that share a 中分類 in Japanese (No.10–13 財務…) must share it in English too, or the English table splits one heading in two.
  const middles = new Map<string, string>();
  const parts = new Map<string, string>();
  source.categories.forEach((c, ci) => {
    const cp: PathKey[] = ['categories', ci];
    const cw = `大分類「${c.name}」（${c.id}）`;
    if (c.en?.name === undefined) lack(cp, cw, 'name', '大分類');
    if (c.en?.part === undefined) lack(cp, cw, 'part', '区分（part）');
    else {
      const first = parts.get(c.part) ?? c.en.part;
      parts.set(c.part, first);
      if (first !== c.en.part)
        out.push({
          path: [...cp, 'en', 'part'],
          message: `${cw}の区分「${c.part}」の英語名「${c.en.part}」が、同じ区分の前の大分類（「${first}」）と違います`,
        });
    }
    if (c.note !== undefined && c.en?.note === undefined) lack(cp, cw, 'note', '注記（note）');
    if (c.note === undefined && c.en?.note !== undefined)
      out.push({ path: [...cp, 'en', 'note'], message: `${cw}には日本語の note がないので en.note を書けません` });
    c.items.forEach((item, ii) => {
      const ip: PathKey[] = [...cp, 'items', ii];
      const iw = `No.${item.no}「${item.label ?? item.middle}」`;
      if (item.en?.middle === undefined) lack(ip, iw, 'middle', '中分類');
      else {
        const first = middles.get(item.middle) ?? item.en.middle;
        middles.set(item.middle, first);
        if (first !== item.en.middle)
          out.push({
            path: [...ip, 'en', 'middle'],
            message: `${iw}の中分類「${item.middle}」の英語名「${item.en.middle}」が、同じ中分類の前の項目（「${first}」）と違います`,
          });
      }
      if (item.label !== undefined && item.en?.label === undefined) lack(ip, iw, 'label', '開示項目');
      if (item.label === undefined && item.en?.label !== undefined)
        out.push({
          path: [...ip, 'en', 'label'],
          message: `${iw}には日本語の開示項目（label）がないので en.label を書けません`,
        });
      item.rows.forEach((row, ri) => {
        const rp: PathKey[] = [...ip, 'rows', ri];
        const rw = `記述内容「${row.id}」（No.${item.no}）`;
        if (row.en?.description === undefined) lack(rp, rw, 'description', '記述内容');
        if (row.unit !== undefined && row.en?.unit === undefined) lack(rp, rw, 'unit', '単位（unit）');
        if (row.guidance !== undefined && row.en?.guidance === undefined)
          lack(rp, rw, 'guidance', '記入上の注意（guidance）');
        const values = row.value === undefined ? [] : Array.isArray(row.value) ? row.value : [row.value];
        values.forEach((v, vi) => {
          const vp: PathKey[] = Array.isArray(row.value) ? [...rp, 'value', vi] : [...rp, 'value'];
          const vw = `${rw}の値${v.key ? `「${v.key}」` : ''}`;
          if (v.label !== undefined && v.en?.label === undefined) lack(vp, vw, 'label', '名前（label）');
          if (v.choices !== undefined && v.en?.choices?.length !== v.choices.length)
            out.push({
              path: [...vp, 'en', 'choices'],
              message: `${vw}の choices（${v.choices.length} 個）と同じ順・同じ数の英語名（en.choices）が必要です`,
            });
          if (v.choices === undefined && v.en?.choices !== undefined)
            out.push({
              path: [...vp, 'en', 'choices'],
              message: `${vw}には choices がないので en.choices を書けません`,
            });
        });
      });
    });
  });
  return out;
}

function valueSpecs(value: RowValue, rowUnit: string | undefined): ValueSpec[] {
  if (!value) return [];
  const list = Array.isArray(value) ? value : [{ ...value, key: value.key ?? 'value' }];
  return list.map((v) => ({
    key: v.key ?? 'value',
    label: v.label,
    type: v.type,
    unit: v.unit ?? (v.type === 'percent' ? '%' : v.type === 'amount' ? '円' : v.type === 'year' ? '年' : rowUnit),
    choices: v.choices,
    better: v.better,
  }));
}

/** Template-level consistency a schema cannot express (unique ids, five key items). */
export function templateProblems(t: FormTemplate): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of t.rows) {
    if (seen.has(r.id)) problems.push(`記述内容の id「${r.id}」が重複しています`);
    seen.add(r.id);
  }
  const catIds = new Set<string>();
  for (const c of t.categories) {
    if (catIds.has(c.id)) problems.push(`大分類の id「${c.id}」が重複しています`);
    catIds.add(c.id);
  }
  const keyItems = new Set(t.rows.filter((r) => r.keyRequirement).map((r) => r.no));
  if (keyItems.size !== 5) problems.push(`「一定の要件を考慮すべき項目」は5項目です（現在 ${keyItems.size} 項目）`);
  for (const r of t.rows) {
    if (r.keyRequirement && !r.required) problems.push(`一定の要件の項目（${r.id}）は必須項目でなければなりません`);
  }
  if (t.categories.filter((c) => c.perDataCentre).length !== 1)
    problems.push('データセンターごとに記載する大分類（ハウジング）は1つです');
  for (const r of t.rows) {
    const keys = new Set<string>();
    for (const v of r.values) {
      if (keys.has(v.key)) problems.push(`「${r.id}」の値の key「${v.key}」が重複しています`);
      keys.add(v.key);
      const choosing = v.type === 'choice' || v.type === 'choices';
      if (choosing && !v.choices) problems.push(`「${r.id}」の値（${v.type}）には choices が必要です`);
      if (!choosing && v.choices) problems.push(`「${r.id}」の値（${v.type}）には choices を書けません`);
    }
  }
  return problems;
}
