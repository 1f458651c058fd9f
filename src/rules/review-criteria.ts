/**
 * 審査基準 (overview §5(2)): every 必須 item is disclosed, and each of the five
 * 「一定の要件を考慮すべき項目」 shows a measure in place (対策・措置等を行っている).
 * An answer that says there is none does not count as a measure.
 */

/**
 * Answers that say no measure is in place, matched whole after normalising
 * (NFKC, lower case, no spaces, no closing punctuation) and dropping a
 * leading 「現在は」「特に」 and a closing 「です」. Whole-answer matching keeps
 * 「個人情報を第三者に提供していません」 — a measure stated negatively — apart
 * from 「実施していません」, the absence of one.
 */
const NO_MEASURE: readonly RegExp[] = [
  /^(なし|無し|無|ない|無い|ナシ|ありません|ございません)$/u,
  /^該当(なし|無し|しない|しません|ありません|事項なし)$/u,
  /^(実施|対応|整備|導入|策定|設置|提供|開示|措置|対策)(は)?(なし|無し|していない|していません|しておりません|しておらず|の予定なし|予定なし|予定はありません|は行っていません)$/u,
  /^(行っていない|行っていません|行っておりません|していない|していません|しておりません)$/u,
  /^未(実施|整備|対応|導入|策定|設置|定|定義)$/u,
  /^(非対応|非開示|対象外|予定なし|予定はない|予定はありません|検討中|今後検討|今後検討予定|検討予定|計画中|準備中)$/u,
  /^(-|－|ー|—|―|‐|n\/a|na|none|no|nil|tbd)$/u,
];

/** Phrases that, inside a longer answer, may mean a measure is missing: worth a person's look, not a refusal. */
export const NEGATIVE_PHRASES: readonly string[] = [
  '実施していません',
  '実施していない',
  '実施しておりません',
  '実施なし',
  '対応していません',
  '対応していない',
  '対応しておりません',
  '対応なし',
  '未対応',
  '未実施',
  '未整備',
  '予定なし',
  '予定はありません',
  '検討中',
  '該当なし',
  '該当無し',
];

/** NFKC, lower case, no white space, no closing punctuation: what the phrase lists are compared with. */
export function normaliseAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/[。.．、,!！]+$/u, '');
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** True when the text says no measure is in place (or says nothing). */
export function statesNoMeasure(text: string | undefined): boolean {
  if (isBlank(text)) return true;
  const t = normaliseAnswer(text!)
    .replace(/^(現在|現時点|現状|当面|今のところ)(では|で|は|のところ)?[、,]?/u, '')
    .replace(/^特に[、,]?/u, '')
    .replace(/(です|である|となります|となっております|でございます)$/u, '')
    .replace(/[。.．、,!！]+$/u, '');
  return t === '' || NO_MEASURE.some((re) => re.test(t));
}

/** A negative phrase found inside an answer that is not itself a refusal (see NEGATIVE_PHRASES), or null. */
export function negativePhraseIn(text: string | undefined): string | null {
  if (isBlank(text) || statesNoMeasure(text)) return null;
  const t = normaliseAnswer(text!);
  return NEGATIVE_PHRASES.find((p) => t.includes(p)) ?? null;
}

/** 添付書類 is not needed for an answer of 「実施なし」「開示なし」 and the like (§4(4)ウ(ア)). */
export function needsEvidence(answer: { content?: string | undefined; implemented?: boolean | undefined }): boolean {
  return showsMeasure(answer);
}

/** Whether an answer to a 一定の要件 item shows a measure in place. */
export function showsMeasure(answer: { content?: string | undefined; implemented?: boolean | undefined }): boolean {
  if (answer.implemented === false) return false;
  // 「実施あり」 with no description is still a measure; a description saying 「なし」 is not.
  if (answer.implemented === true && isBlank(answer.content)) return true;
  return !statesNoMeasure(answer.content);
}

/** Characters counted against a template's length limit: line breaks do not count. */
export function countedLength(text: string): number {
  return [...text.replace(/\r?\n/g, '')].length;
}
