/**
 * What each image is drawn from: a few fields of a service's entry in the
 * open-data list (/data/services.json, itself built from the published view),
 * copied one by one. A mark gets only the 認定番号; an OG image only the
 * 認定番号, names, status and the date that goes with it. Nothing else about
 * a service can reach an image, and nothing that is not already public.
 */
import type { ServiceListEntry } from '../lib/formats/service-json.ts';
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { isValidStatus } from '../rules/lifecycle.ts';
import type { OgPage } from '../lib/paths.ts';
import type { MarkInput } from './mark-template.ts';
import type { OgInput } from './og-template.ts';

/** A mark exists only while the certification may be used (有効, 更新手続中; overview §8イ). */
export function markInput(s: ServiceListEntry): MarkInput | null {
  return isValidStatus(s.status) ? { certificationNumber: s.certificationNumber } : null;
}

export function ogServiceInput(s: ServiceListEntry): OgInput {
  const statusDetail = s.ended
    ? formatJapaneseDate(s.ended.date)
    : s.status === '更新手続中'
      ? `更新審査中（有効期限 ${formatJapaneseDate(s.periodEnd)}）`
      : `有効期限 ${formatJapaneseDate(s.periodEnd)}`;
  return {
    kind: 'service',
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    status: s.status,
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
