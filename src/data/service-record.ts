/**
 * The schema of one service file (content/services/<認定番号>.yaml) as the
 * secretariat writes it. Files are parsed with YAML's failsafe schema, so every
 * scalar arrives as the exact string written (「99.950」 stays 「99.950」);
 * booleans are read here from the words people write.
 *
 * This is the RAW record: it holds evidence and withholding reasons. Only
 * src/lib/publication.ts may turn it into something a page can see.
 */
import { z } from 'astro/zod';
import { EVENT_TYPES } from '../rules/lifecycle.ts';
import {
  FACE_SHEET_FIELDS,
  REVOCATION_GROUNDS,
  type FaceSheetField,
  type RevocationGround,
} from '../rules/scheme-terms.ts';

// Re-exported for the CLI tools and tests, which read raw records; past the boundary import them from src/rules/.
export { FACE_SHEET_FIELDS, REVOCATION_GROUNDS, type FaceSheetField, type RevocationGround };

const text = z.string().refine((s) => s.trim() !== '', { error: '空です' });
const isoDate = z.string();
const flag = z.enum(['true', 'false', 'はい', 'いいえ']).transform((v) => v === 'true' || v === 'はい');

export const SUCCESSION_GROUNDS = ['事業譲渡', '合併', '分割', '相続'] as const;

const evidenceSchema = z.strictObject({ document: text, place: text });
/**
 * 公表留保. `through` is the agreed last day of withholding. The earlier key
 * `until` meant "published on this day"; it is refused by name rather than
 * read, because copying the agreed date into either key must never publish a
 * day early.
 */
const withholdSchema = z
  .strictObject({ through: isoDate.optional(), until: z.unknown().optional(), reason: text })
  .superRefine((w, ctx) => {
    if (w.until !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message:
          'until は使えません。合意した公表留保の最終日（「○年○月○日まで」の日付）を through に書いてください（その翌日から公開されます）',
      });
    else if (w.through === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['through'],
        message: '公表留保には最終日（through）が必要です。期限のない公表留保はできません',
      });
  })
  .transform((w) => ({ through: w.through as string, reason: w.reason }));

export const answerSchema = z.strictObject({
  content: z.string().optional(),
  implemented: flag.optional(),
  country: text.optional(),
  prefecture: text.optional(),
  evidence: z.array(evidenceSchema).optional(),
  withhold: withholdSchema.optional(),
  /**
   * Typed value(s) the row asks for (content/form-b.yaml `value:`), as written
   * in the 申請内容: 「99.95」「30分」, a list for a choices row, or a mapping
   * key → value for a row with several values. Checked against the text.
   */
  value: z
    .union([z.string(), z.array(z.string()), z.record(z.string(), z.union([z.string(), z.array(z.string())]))])
    .optional(),
});
export type RawAnswer = z.infer<typeof answerSchema>;

const answersSchema = z.record(z.string(), answerSchema);

const supplyFormSchema = z.strictObject({ kind: z.enum(['OEM', '販売代理店']), description: text });
export type SupplyForm = z.infer<typeof supplyFormSchema>;

/**
 * One entry of a 変更届出 or 更新認定. Exactly one of `item` (a Form B answer;
 * `dataCentre` for housing rows), `field` (the face sheet), `dataCentreAdded`
 * or `dataCentreRemoved` says what changed; the data check enforces that with
 * a message naming the keys, which a zod union could not say as clearly.
 */
const changeSchema = z.strictObject({
  item: z.string().optional(),
  dataCentre: z.string().optional(),
  field: z.enum(Object.keys(FACE_SHEET_FIELDS) as [FaceSheetField, ...FaceSheetField[]]).optional(),
  dataCentreAdded: z.string().optional(),
  dataCentreRemoved: z.string().optional(),
  /**
   * The value before the change, as it was published. Absent = 記載なし (or,
   * for supplyForm, no 提供形態). Text, or { kind, description } for supplyForm.
   */
  previous: z.union([z.string(), supplyFormSchema]).optional(),
});
export type RawChange = z.infer<typeof changeSchema>;

const at = { date: isoDate, note: text.optional() };
export const eventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('認定'), ...at }),
    z.strictObject({ type: z.literal('変更届出'), ...at, changes: z.array(changeSchema).min(1) }),
    z.strictObject({ type: z.literal('更新申請'), ...at }),
    z.strictObject({
      type: z.literal('更新認定'),
      ...at,
      /** First day of the renewed 認定期間 as printed on the certificate (required by the data check). */
      periodStart: isoDate.optional(),
      changes: z.array(changeSchema).optional(),
    }),
    z.strictObject({ type: z.literal('更新非認定'), ...at }),
    z.strictObject({ type: z.literal('更新申請取下げ'), ...at }),
    z.strictObject({ type: z.literal('改善要請'), ...at, summary: text }),
    z.strictObject({ type: z.literal('サービス終了'), ...at }),
    z.strictObject({
      type: z.literal('認定取消し'),
      ...at,
      ground: z.enum(Object.keys(REVOCATION_GROUNDS) as [RevocationGround, ...RevocationGround[]]),
    }),
    z.strictObject({ type: z.literal('効力喪失'), ...at, ground: z.enum(SUCCESSION_GROUNDS) }),
  ],
  { error: `type は次のいずれかです: ${EVENT_TYPES.join('、')}` },
);
export type RawEvent = z.infer<typeof eventSchema>;

const dataCentreSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '英小文字・数字・ハイフンで書いてください' }),
  label: text,
  answers: answersSchema,
});
export type RawDataCentre = z.infer<typeof dataCentreSchema>;

export const serviceSchema = z.strictObject({
  templateVersion: text,
  certificationNumber: text,
  serviceName: text,
  serviceSummary: text,
  providerName: text,
  category: z.enum(['IaaS', 'PaaS']),
  serviceSite: text,
  supplyForm: supplyFormSchema.optional(),
  answers: answersSchema,
  dataCentres: z
    .array(dataCentreSchema)
    .min(1, { error: 'ハウジング（サーバ設置場所）はデータセンターごとに1つ以上必要です' }),
  /** Centres a change removed (dataCentreRemoved), with their last answers, kept for the history. */
  removedDataCentres: z.array(dataCentreSchema).optional(),
  events: z.array(eventSchema).min(1),
});
export type RawService = z.infer<typeof serviceSchema>;
