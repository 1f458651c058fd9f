/** Plain sentences about a certification's state, in Japanese and in English (the same facts), shared by pages. */
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { formatEnglishDate } from '../i18n/date.ts';
import type { PublishedLifecycle } from './publication.ts';

/** One sentence a reader can act on: is it certified, until when, and why not. */
export function statusSentence(l: PublishedLifecycle): string {
  const end = formatJapaneseDate(l.periodEnd);
  switch (l.status) {
    case '有効':
      if (l.renewalOutcome)
        return `認定は有効です（有効期限 ${end}）。${outcomeSentence(l.renewalOutcome)}ため、有効期限で認定は終了します。`;
      return l.renewalApplied
        ? `認定は有効です（有効期限 ${end}）。${formatJapaneseDate(l.renewalApplied)}に更新申請が行われています。`
        : `認定は有効です（有効期限 ${end}）。`;
    case '更新手続中':
      return `有効期限（${end}）を過ぎていますが、期限内の更新申請（${formatJapaneseDate(l.renewalApplied!)}）の審査中のため、認定の効力が続いています。`;
    case '期限切れ':
      if (l.renewalOutcome)
        return l.renewalOutcome.date > l.periodEnd
          ? `有効期限（${end}）を過ぎた後も更新の審査中でしたが、${outcomeSentence(l.renewalOutcome)}ため、認定は終了しました。`
          : `有効期限（${end}）を過ぎ、認定は終了しました（${outcomeSentence(l.renewalOutcome)}ため）。`;
      return `認定の有効期限（${end}）を過ぎ、更新されていません。`;
    case 'サービス終了':
      return `${formatJapaneseDate(l.ended!.date)}にサービスの提供が終了しました。`;
    case '認定取消し':
      return `${formatJapaneseDate(l.ended!.date)}に認定が取り消されました。`;
    case '効力喪失':
      return `${formatJapaneseDate(l.ended!.date)}に事業承継により認定の効力が失われました。`;
  }
}

function outcomeSentence(o: { type: string; date: string }): string {
  const on = formatJapaneseDate(o.date);
  return o.type === '更新非認定' ? `${on}に更新が認められなかった` : `${on}に更新申請が取り下げられた`;
}

/** 有効期限 for the list: none once a terminal event ended the certification. */
export function expiryLabel(l: PublishedLifecycle): string | null {
  return l.ended ? null : l.periodEnd;
}

/** statusSentence in English, with the same facts and dates ("1 December 2026"). */
export function englishStatusSentence(l: PublishedLifecycle): string {
  const end = formatEnglishDate(l.periodEnd);
  switch (l.status) {
    case '有効':
      if (l.renewalOutcome)
        return `The certification is valid until ${end}. ${englishOutcome(l.renewalOutcome)}, so the certification ends on ${end}.`;
      return l.renewalApplied
        ? `The certification is valid until ${end}. A renewal was applied for on ${formatEnglishDate(l.renewalApplied)}.`
        : `The certification is valid until ${end}.`;
    case '更新手続中':
      return `The period of certification ended on ${end}, but a renewal applied for in time (on ${formatEnglishDate(l.renewalApplied!)}) is under review, so the certification stays in force.`;
    case '期限切れ':
      if (l.renewalOutcome)
        return l.renewalOutcome.date > l.periodEnd
          ? `The renewal was still under review after the period ended on ${end}. ${englishOutcome(l.renewalOutcome)}, so the certification has ended.`
          : `The period of certification ended on ${end} and the certification has ended. ${englishOutcome(l.renewalOutcome)}.`;
      return `The period of certification ended on ${end} and was not renewed.`;
    case 'サービス終了':
      return `The service was discontinued on ${formatEnglishDate(l.ended!.date)}.`;
    case '認定取消し':
      return `The certification was revoked on ${formatEnglishDate(l.ended!.date)}.`;
    case '効力喪失':
      return `The certification lapsed on ${formatEnglishDate(l.ended!.date)}, when the business was taken over by another company.`;
  }
}

function englishOutcome(o: { type: string; date: string }): string {
  const on = formatEnglishDate(o.date);
  return o.type === '更新非認定'
    ? `On ${on} the renewal was refused`
    : `On ${on} the renewal application was withdrawn`;
}
