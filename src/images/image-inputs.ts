/**
 * What each image is drawn from: a few fields of the published view, copied
 * one by one. A mark gets only the 認定番号; an OG image only the 認定番号,
 * names, status and the date that goes with it. Nothing else about a service
 * can reach an image.
 */
import type { PublishedService } from '../lib/publication.ts';
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { isValidStatus } from '../rules/lifecycle.ts';
import type { OgPage } from '../lib/image-urls.ts';
import type { MarkInput } from './mark-template.ts';
import type { OgInput } from './og-template.ts';

/** A mark exists only while the certification may be used (有効, 更新手続中; overview §8イ). */
export function markInput(s: PublishedService): MarkInput | null {
  return isValidStatus(s.lifecycle.status) ? { certificationNumber: s.certificationNumber } : null;
}

export function ogServiceInput(s: PublishedService): OgInput {
  const l = s.lifecycle;
  const statusDetail = l.ended
    ? formatJapaneseDate(l.ended.date)
    : l.status === '更新手続中'
      ? `更新審査中（有効期限 ${formatJapaneseDate(l.periodEnd)}）`
      : `有効期限 ${formatJapaneseDate(l.periodEnd)}`;
  return {
    kind: 'service',
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    status: l.status,
    statusDetail,
  };
}

export const OG_PAGES: Record<OgPage, OgInput> = {
  home: {
    kind: 'page',
    title: '認定 IaaS・PaaS 一覧',
    subtitle: '認定サービスが申請書Bで開示した安全・信頼性に関する情報',
  },
  compare: { kind: 'page', title: 'サービスを比べる', subtitle: '認定サービスの開示内容を項目ごとに並べて比較' },
  items: { kind: 'page', title: '開示項目の一覧', subtitle: '申請書B（情報開示内容の詳細）の項目と各サービスの回答' },
};
