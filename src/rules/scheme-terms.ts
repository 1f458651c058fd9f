/**
 * Fixed vocabulary of the certification scheme that both the raw schema
 * (src/data/) and everything past the publication boundary use. It lives
 * here, below src/data/, so a page, a component or an open-data writer can
 * name a face-sheet field or a revocation ground without importing a value
 * from the raw-record modules (test/unit/boundary.test.ts).
 */

/** 認定の取消し事由 ア〜コ (overview §11(4)). */
export const REVOCATION_GROUNDS = {
  ア: '審査基準に適合しなくなったと認められたため',
  イ: '不正の手段により認定を受けたことが明らかになったため',
  ウ: '認定サービス以外のサービスに認定マークを使用したため',
  エ: '認定サービスとそれ以外のサービスを明確に区分せずに認定マークを使用したため',
  オ: '認定マークの色を変更し、又は一部のみを掲載したため',
  カ: '申請の記載内容の変更を正当な理由なく届け出なかったため',
  キ: '緊急事態の通知・報告を正当な理由なく行わなかったため',
  ク: '認定機関の調査に正当な理由なく応じず、又は虚偽の説明・資料を提出したため',
  ケ: '改善の要請に正当な理由なく従わなかったため',
  コ: '不法行為又は法令違反行為を行ったため',
} as const;
export type RevocationGround = keyof typeof REVOCATION_GROUNDS;

/** The face-sheet fields (申請書B の表紙) a change can record, with their names on the site. */
export const FACE_SHEET_FIELDS = {
  serviceName: 'サービス名称',
  providerName: '事業者名称',
  serviceSummary: 'サービス概要',
  serviceSite: 'サービスサイト',
  supplyForm: '提供形態',
} as const;
export type FaceSheetField = keyof typeof FACE_SHEET_FIELDS;
