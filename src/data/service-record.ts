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

/** One 添付書類等 entry behind an answer: never published (the boundary drops it). */
const evidenceSchema = z.strictObject({
  /** The document the answer is taken from, e.g. 「履歴事項全部証明書（…交付）」. */
  document: text,
  /** Where in that document, e.g. 「1ページ目上段」. */
  place: text,
});
/**
 * 公表留保. `through` is the agreed last day of withholding. The earlier key
 * `until` meant "published on this day"; it is refused by name rather than
 * read, because copying the agreed date into either key must never publish a
 * day early.
 */
const withholdSchema = z
  .strictObject({
    /** The agreed last day of withholding (YYYY-MM-DD); the answer is published from the next day. */
    through: isoDate.optional(),
    /** The retired key: refused by name (see above), never read. */
    until: z.unknown().optional(),
    /** Why the answer is withheld: for the secretariat only, never published. */
    reason: text,
  })
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

/** One Form B answer (keyed by the template row's id). */
export const answerSchema = z.strictObject({
  /** 申請内容: the answer exactly as the applicant wrote it. Absent = 記載なし. */
  content: z.string().optional(),
  /** 実施有無 of a practice row (はい / いいえ, true / false). */
  implemented: flag.optional(),
  /** Country of a data centre (the dc-location row): 「日本」 or another country's name. */
  country: text.optional(),
  /** Prefecture of a data centre in Japan, spelled as src/rules/prefectures.ts knows it. */
  prefecture: text.optional(),
  /** 添付書類等: where the answer can be checked. Never published. */
  evidence: z.array(evidenceSchema).optional(),
  /** 公表留保: the answer is not published through the given day. */
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

/** 提供形態 of a service supplied through another company. */
const supplyFormSchema = z.strictObject({
  /** OEM or 販売代理店. */
  kind: z.enum(['OEM', '販売代理店']),
  /** Whose service it is and how it is supplied, as shown on the face sheet. */
  description: text,
});
export type SupplyForm = z.infer<typeof supplyFormSchema>;

/**
 * One entry of a 変更届出 or 更新認定. Exactly one of `item` (a Form B answer;
 * `dataCentre` for housing rows), `field` (the face sheet), `dataCentreAdded`
 * or `dataCentreRemoved` says what changed; the data check enforces that with
 * a message naming the keys, which a zod union could not say as clearly.
 */
const changeSchema = z.strictObject({
  /** A Form B row id whose answer changed. */
  item: z.string().optional(),
  /** With `item` for a housing row: the data centre (its id) whose answer changed. */
  dataCentre: z.string().optional(),
  /** A face-sheet field that changed (サービス名称, 事業者名称, …). */
  field: z.enum(Object.keys(FACE_SHEET_FIELDS) as [FaceSheetField, ...FaceSheetField[]]).optional(),
  /** The id of a data centre the change added. */
  dataCentreAdded: z.string().optional(),
  /** The id of a data centre the change removed (its last answers stay in removedDataCentres). */
  dataCentreRemoved: z.string().optional(),
  /**
   * The value before the change, as it was published. Absent = 記載なし (or,
   * for supplyForm, no 提供形態). Text, or { kind, description } for supplyForm.
   */
  previous: z.union([z.string(), supplyFormSchema]).optional(),
});
export type RawChange = z.infer<typeof changeSchema>;

const at = {
  /** The day of the event (YYYY-MM-DD): decision, filing or end. */
  date: isoDate,
  /** A public remark shown with the event in the history. */
  note: text.optional(),
};
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
    /** summary: what the improvement request asked for, as published. */
    z.strictObject({ type: z.literal('改善要請'), ...at, summary: text }),
    z.strictObject({ type: z.literal('サービス終了'), ...at }),
    z.strictObject({
      type: z.literal('認定取消し'),
      ...at,
      /** The revocation ground ア〜コ (overview §11(4)). */
      ground: z.enum(Object.keys(REVOCATION_GROUNDS) as [RevocationGround, ...RevocationGround[]]),
    }),
    /** ground: why the certification lapsed (事業譲渡, 合併, 分割, 相続). */
    z.strictObject({ type: z.literal('効力喪失'), ...at, ground: z.enum(SUCCESSION_GROUNDS) }),
  ],
  { error: `type は次のいずれかです: ${EVENT_TYPES.join('、')}` },
);
export type RawEvent = z.infer<typeof eventSchema>;

/** One data centre of the housing rows (ハウジング), answered once per centre. */
const dataCentreSchema = z.strictObject({
  /** A stable id for links and changes (lower-case letters, digits, hyphens). */
  id: z.string().regex(/^[a-z0-9-]+$/, { error: '英小文字・数字・ハイフンで書いてください' }),
  /** The centre's name as shown on the site, e.g. 「東日本データセンター」. */
  label: text,
  /** The housing rows' answers for this centre. */
  answers: answersSchema,
});
export type RawDataCentre = z.infer<typeof dataCentreSchema>;

export const serviceSchema = z.strictObject({
  /** The version of Form B the answers follow (content/form-b.yaml `version`, e.g. ip-2011.1). */
  templateVersion: text,
  /** 認定番号 as printed on the certificate, e.g. IP0001-1302 (the file name is its lower case). */
  certificationNumber: text,
  /** サービス名称 (face sheet). */
  serviceName: text,
  /** サービス概要 (face sheet). */
  serviceSummary: text,
  /** 事業者名称 (face sheet). */
  providerName: text,
  /** 区分: IaaS or PaaS. */
  category: z.enum(['IaaS', 'PaaS']),
  /** サービスサイト: the service's public URL. */
  serviceSite: text,
  /** 提供形態, for an OEM or resold service; absent for the provider's own. */
  supplyForm: supplyFormSchema.optional(),
  /** Form B answers other than the housing rows, keyed by template row id. */
  answers: answersSchema,
  /** The data centres, each with its housing-row answers. */
  dataCentres: z
    .array(dataCentreSchema)
    .min(1, { error: 'ハウジング（サーバ設置場所）はデータセンターごとに1つ以上必要です' }),
  /** Centres a change removed (dataCentreRemoved), with their last answers, kept for the history. */
  removedDataCentres: z.array(dataCentreSchema).optional(),
  /** The certification's history, oldest first: 認定, 変更届出, 更新申請, 更新認定, … */
  events: z.array(eventSchema).min(1),
});
export type RawService = z.infer<typeof serviceSchema>;
