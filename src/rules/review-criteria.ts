/**
 * 審査基準 (overview §5(2)): every 必須 item is disclosed, and each of the five
 * 「一定の要件を考慮すべき項目」 shows a measure in place (対策・措置等を行っている).
 * An answer that says there is none does not count as a measure.
 */

/** Answers that disclose the absence of a measure, compared after NFKC and trimming. */
const NO_MEASURE = new Set([
  'なし',
  '無し',
  '無',
  '特になし',
  'ナシ',
  'ない',
  '実施なし',
  '実施していない',
  '未実施',
  '未整備',
  '該当なし',
  '開示なし',
  '非開示',
  '-',
  '－',
  'ー',
  '—',
  'n/a',
  'none',
]);

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

/** True when the text says no measure is in place (or says nothing). */
export function statesNoMeasure(text: string | undefined): boolean {
  if (isBlank(text)) return true;
  const t = text!
    .normalize('NFKC')
    .trim()
    .replace(/[。.\s]+$/u, '')
    .toLowerCase();
  return NO_MEASURE.has(t);
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
