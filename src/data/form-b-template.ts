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

/** A typed value people compare a row by (see src/rules/typed-value.ts). */
const valueSpecSchema = z.strictObject({
  key: id.optional(),
  label: text.optional(),
  type: z.enum(VALUE_TYPES),
  unit: text.optional(),
  choices: z.array(text).min(2).optional(),
  better: z.enum(['higher', 'lower']).optional(),
});

const rowSchema = z.strictObject({
  id,
  description: text,
  kind: z.enum(ANSWER_KINDS),
  required: z.boolean().optional(),
  unit: text.optional(),
  maxLength: z.number().int().positive().optional(),
  guidance: text.optional(),
  /** One typed value, or several with distinct keys (バックアップ: 取得間隔と保存期間). */
  value: z.union([valueSpecSchema, z.array(valueSpecSchema.extend({ key: id })).min(2)]).optional(),
});

const itemSchema = z.strictObject({
  no: z.number().int().positive(),
  middle: text,
  label: text.optional(),
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
}

export interface FormCategory {
  id: string;
  name: string;
  part: string;
  perDataCentre: boolean;
  note?: string | undefined;
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
