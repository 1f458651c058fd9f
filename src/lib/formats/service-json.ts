/**
 * The open-data shape of the catalogue: /data/services.json (the list) and
 * /data/services/<id>.json (one published disclosure). The zod schemas are
 * the single definition: the serialisers below return values of these types,
 * the JSON Schema files under /data/ are generated from them, and tests
 * validate every file against the generated schema.
 *
 * Stability: fields are only ever added. `schemaVersion` changes when a field
 * is renamed or removed. Built from `PublishedService` only, so a withheld
 * answer is `{ "state": "withheld" }` with no text, and evidence never appears.
 */
import { z } from 'astro/zod';
import { STATUSES, EVENT_TYPES } from '../../rules/lifecycle.ts';
import type { FormTemplate } from '../../data/form-b-template.ts';
import { FACE_SHEET_FIELDS, type FaceSheetField } from '../../data/service-record.ts';
import type { PublishedAnswer, PublishedService } from '../publication.ts';
import type { IsoDate } from '../../rules/calendar-date.ts';
import { serviceJsonPath, servicePath } from '../paths.ts';

export const SCHEMA_VERSION = 1;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('日付（YYYY-MM-DD）');

const typedValueSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      key: z.string().describe('値の種類（行に値が1つなら value）'),
      type: z.enum(['percent', 'number', 'amount', 'duration', 'year', 'count']),
      text: z.string().describe('申請内容に書かれた数値と単位'),
      number: z.number().describe('数値（期間は分に換算）'),
      unit: z.string().describe('単位'),
    }),
    z.strictObject({
      key: z.string(),
      type: z.literal('choice'),
      text: z.string(),
      choice: z.string().describe('様式の選択肢の1つ'),
    }),
    z.strictObject({
      key: z.string(),
      type: z.literal('choices'),
      text: z.string(),
      choices: z.array(z.string()).describe('様式の選択肢のうち該当するもの'),
    }),
  ])
  .describe('比較用の値');

export const answerSchema = z
  .discriminatedUnion('state', [
    z.strictObject({
      state: z.literal('answered'),
      content: z.string().describe('申請内容（書かれたとおり。改行を含む）'),
      implemented: z.boolean().optional().describe('実施有無（実施有無を答える項目のみ）'),
      location: z
        .strictObject({ country: z.string(), prefecture: z.string().optional() })
        .optional()
        .describe('データセンターの所在地（国・都道府県）'),
      values: z
        .array(typedValueSchema)
        .optional()
        .describe('事務局が申請内容から示した比較用の値（様式で値が定められた行だけ。公表留保中の回答にはない）'),
    }),
    z.strictObject({ state: z.literal('withheld').describe('公表留保中（内容は公開されません）') }),
    z.strictObject({ state: z.literal('unanswered').describe('記載なし（選択項目に回答がない）') }),
  ])
  .describe('申請内容');

const rowAnswerSchema = z.strictObject({
  row: z.string().describe('記述内容の行 id（データ辞書を参照）'),
  no: z.number().int().positive().describe('申請書Bの No'),
  answer: answerSchema,
});

const endedSchema = z.strictObject({ type: z.enum(EVENT_TYPES), date: isoDate });

const dataCentreSchema = z.strictObject({ id: z.string(), label: z.string(), answers: z.array(rowAnswerSchema) });

const listEntrySchema = z.strictObject({
  certificationNumber: z
    .string()
    .regex(/^IP\d{4}-\d{4}$/)
    .describe('認定番号'),
  serviceName: z.string().describe('サービス名称'),
  providerName: z.string().describe('事業者名称'),
  category: z.enum(['IaaS', 'PaaS']).describe('区分'),
  status: z.enum(STATUSES).describe('公表基準日の状態'),
  firstCertified: isoDate.describe('初回の認定日'),
  periodStart: isoDate.describe('現在（終了したサービスは最後）の認定期間の開始日'),
  periodEnd: isoDate.describe('認定期間の満了日（この日まで有効）'),
  ended: endedSchema.optional().describe('サービス終了・認定取消し・効力喪失の種類と日付'),
  renewalApplied: isoDate.optional().describe('審査中の更新申請の日付'),
  renewalOutcome: endedSchema
    .optional()
    .describe(
      '更新されずに終わった更新申請（更新非認定・更新申請取下げ）の種類と日付。認定はこの日と有効期間の満了日の遅いほうで終わる',
    ),
  disclosureDate: z.string().nullable().describe('開示情報の日付（書かれたとおり。公表留保中は null）'),
  page: z.string().describe('サービスのページの URL'),
  json: z.string().describe('このサービスの JSON の URL'),
});

export const serviceListSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    publicationDate: isoDate.describe('公表基準日（状態と公表留保はこの日で判定）'),
    services: z.array(listEntrySchema),
  })
  .describe('認定サービスの一覧（/data/services.json）');

export const serviceSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    publicationDate: isoDate.describe('公表基準日'),
    ...listEntrySchema.shape,
    serviceSummary: z.string().describe('サービス概要'),
    serviceSite: z.string().describe('サービスサイト'),
    supplyForm: z.strictObject({ kind: z.string(), description: z.string() }).optional().describe('提供形態（OEM 等）'),
    templateVersion: z.string().describe('回答した申請書Bの様式の版'),
    answers: z.array(rowAnswerSchema).describe('申請書Bの回答（データセンターごとの項目を除く）、様式の順'),
    dataCentres: z.array(dataCentreSchema).describe('データセンターごとの回答'),
    removedDataCentres: z
      .array(dataCentreSchema)
      .describe('変更届出・更新認定で削除されたデータセンターと、削除前の最後の回答（公表留保中の回答は内容なし）'),
    events: z
      .array(
        z.strictObject({
          type: z.enum(EVENT_TYPES),
          date: isoDate,
          note: z.string().optional(),
          summary: z.string().optional().describe('改善要請の概要'),
          ground: z.string().optional().describe('認定取消し・効力喪失の事由'),
          periodStart: isoDate.optional().describe('更新認定: 認定証に記載された新しい認定期間の開始日'),
          fieldChanges: z
            .array(
              z.strictObject({
                field: z.enum(Object.keys(FACE_SHEET_FIELDS) as [FaceSheetField, ...FaceSheetField[]]),
                previous: z.string().nullable(),
                current: z.string().nullable(),
              }),
            )
            .optional()
            .describe(
              '表紙の項目（サービス名称・事業者名称・サービス概要・サービスサイト・提供形態）の変更前・変更後。提供形態は「種類：説明」、なければ null',
            ),
          dataCentresAdded: z.array(z.string()).optional().describe('追加されたデータセンターの id'),
          dataCentresRemoved: z
            .array(z.string())
            .optional()
            .describe('削除されたデータセンターの id（removedDataCentres を参照）'),
          changes: z
            .array(
              z.strictObject({
                row: z.string(),
                dataCentre: z.string().optional(),
                previous: answerSchema,
                current: answerSchema,
              }),
            )
            .optional()
            .describe('変更された項目（変更前・変更後）'),
        }),
      )
      .describe('経緯（古い順）'),
  })
  .describe('認定サービス1件の公開情報（/data/services/<認定番号を小文字>.json）');

export type ServiceListJson = z.infer<typeof serviceListSchema>;
export type ServiceListEntry = ServiceListJson['services'][number];
export type ServiceJson = z.infer<typeof serviceSchema>;

/** JSON Schema (draft 2020-12) of each open-data JSON file, generated from the zod schemas. */
export function jsonSchemaOf(
  schema: typeof serviceListSchema | typeof serviceSchema,
  id: string,
): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: id };
}

function answerJson(a: PublishedAnswer): ServiceJson['answers'][number]['answer'] {
  if (a.state !== 'answered') return { state: a.state };
  const out: Extract<ServiceJson['answers'][number]['answer'], { state: 'answered' }> = {
    state: 'answered',
    content: a.content,
  };
  if (a.implemented !== undefined) out.implemented = a.implemented;
  if (a.location)
    out.location = a.location.prefecture !== undefined ? { ...a.location } : { country: a.location.country };
  if (a.values) out.values = a.values.map((v) => ({ ...v }));
  return out;
}

function listEntry(s: PublishedService, site: URL): z.infer<typeof listEntrySchema> {
  const l = s.lifecycle;
  const e: z.infer<typeof listEntrySchema> = {
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    category: s.category,
    status: l.status,
    firstCertified: l.firstCertified,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    disclosureDate: s.disclosureDate ?? null,
    page: new URL(servicePath(s.id), site).href,
    json: new URL(serviceJsonPath(s.id), site).href,
  };
  if (l.ended) e.ended = { type: l.ended.type, date: l.ended.date };
  if (l.renewalApplied) e.renewalApplied = l.renewalApplied;
  if (l.renewalOutcome) e.renewalOutcome = { type: l.renewalOutcome.type, date: l.renewalOutcome.date };
  return e;
}

export function serviceListJson(services: readonly PublishedService[], asOf: IsoDate, site: URL): ServiceListJson {
  return { schemaVersion: SCHEMA_VERSION, publicationDate: asOf, services: services.map((s) => listEntry(s, site)) };
}

export function serviceJson(s: PublishedService, template: FormTemplate, asOf: IsoDate, site: URL): ServiceJson {
  const rows = (perDataCentre: boolean, answers: Readonly<Record<string, PublishedAnswer>>) =>
    template.rows
      .filter((r) => r.perDataCentre === perDataCentre)
      .map((r) => ({ row: r.id, no: r.no, answer: answerJson(answers[r.id] ?? { state: 'unanswered' }) }));
  const out: ServiceJson = {
    schemaVersion: SCHEMA_VERSION,
    publicationDate: asOf,
    ...listEntry(s, site),
    serviceSummary: s.serviceSummary,
    serviceSite: s.serviceSite,
    templateVersion: s.templateVersion,
    answers: rows(false, s.answers),
    dataCentres: s.dataCentres.map((dc) => ({ id: dc.id, label: dc.label, answers: rows(true, dc.answers) })),
    removedDataCentres: s.removedDataCentres.map((dc) => ({
      id: dc.id,
      label: dc.label,
      answers: rows(true, dc.answers),
    })),
    events: s.events.map((e) => {
      const ev: ServiceJson['events'][number] = { type: e.type, date: e.date };
      if (e.note !== undefined) ev.note = e.note;
      if (e.summary !== undefined) ev.summary = e.summary;
      if (e.ground !== undefined) ev.ground = e.ground;
      if (e.periodStart !== undefined) ev.periodStart = e.periodStart;
      if (e.fieldChanges)
        ev.fieldChanges = e.fieldChanges.map((c) => ({ field: c.field, previous: c.previous, current: c.current }));
      if (e.dataCentresAdded) ev.dataCentresAdded = [...e.dataCentresAdded];
      if (e.dataCentresRemoved) ev.dataCentresRemoved = [...e.dataCentresRemoved];
      if (e.changes)
        ev.changes = e.changes.map((c) => {
          const ch: NonNullable<ServiceJson['events'][number]['changes']>[number] = {
            row: c.item,
            previous: answerJson(c.previous),
            current: answerJson(c.current),
          };
          if (c.dataCentre !== undefined) ch.dataCentre = c.dataCentre;
          return ch;
        });
      return ev;
    }),
  };
  if (s.supplyForm) out.supplyForm = { kind: s.supplyForm.kind, description: s.supplyForm.description };
  return out;
}
