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
import type { OgInput, OgLocale } from './og-template.ts';
import { formatEnglishDate } from '../i18n/date.ts';
import { enPages } from '../i18n/en.ts';

/** A mark exists only while the certification may be used (有効, 更新手続中; overview §8イ). */
export function markInput(s: ServiceListEntry): MarkInput | null {
  return isValidStatus(s.status) ? { certificationNumber: s.certificationNumber } : null;
}

/** The date that goes with the status: when it ended, or until when it is valid. */
function statusDetail(s: ServiceListEntry, locale: OgLocale): string {
  if (locale === 'en') {
    const expires = `${enPages.list.expiry} ${formatEnglishDate(s.periodEnd)}`;
    return s.ended ? formatEnglishDate(s.ended.date) : expires;
  }
  return s.ended
    ? formatJapaneseDate(s.ended.date)
    : s.status === '更新手続中'
      ? `更新審査中（有効期限 ${formatJapaneseDate(s.periodEnd)}）`
      : `有効期限 ${formatJapaneseDate(s.periodEnd)}`;
}

export function ogServiceInput(s: ServiceListEntry, locale: OgLocale = 'ja'): OgInput {
  return {
    kind: 'service',
    locale,
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    status: s.status,
    statusDetail: statusDetail(s, locale),
  };
}

export const OG_PAGES: Record<OgPage, OgInput> = {
  home: {
    kind: 'page',
    locale: 'ja',
    title: '認定 IaaS・PaaS 一覧',
    subtitle: '認定サービスが申請書Bで開示した安全・信頼性に関する情報',
  },
  compare: {
    kind: 'page',
    locale: 'ja',
    title: 'サービスを比べる',
    subtitle: '認定サービスの開示内容を項目ごとに並べて比較',
  },
  items: {
    kind: 'page',
    locale: 'ja',
    title: '開示項目の一覧',
    subtitle: '申請書B（情報開示内容の詳細）の項目と各サービスの回答',
  },
};

/** The English edition's page cards: the same pages, in English. */
export const OG_PAGES_EN: Record<OgPage, OgInput> = {
  home: { kind: 'page', locale: 'en', title: enPages.list.title, subtitle: enPages.list.description },
  compare: { kind: 'page', locale: 'en', title: enPages.compare.title, subtitle: enPages.compare.description },
  items: { kind: 'page', locale: 'en', title: enPages.items.title, subtitle: enPages.items.description },
};
