/**
 * What the search index knows about a service beyond its visible text:
 * facet values, result-card metadata and extra searchable words. Built from
 * the published view only, so a withheld answer (a data centre's location
 * under 公表留保) never becomes a facet value.
 */
import type { PublishedService } from './publication.ts';

/** Facet names, in the order the search page shows them. */
export const FACETS = ['区分', '状態', 'データセンター所在地', '事業者名称'] as const;
export type Facet = (typeof FACETS)[number];

/** Published data-centre places: the prefecture in Japan, else the country; withheld or unanswered rows give nothing. */
export function dataCentrePlaces(s: PublishedService): string[] {
  const places = new Set<string>();
  for (const dc of s.dataCentres) {
    const a = dc.answers['dc-location'];
    if (a?.state !== 'answered' || !a.location) continue;
    places.add(a.location.prefecture ?? a.location.country);
  }
  return [...places];
}

export function facetValues(s: PublishedService): Record<Facet, string[]> {
  return {
    区分: [s.category],
    状態: [s.lifecycle.status],
    データセンター所在地: dataCentrePlaces(s),
    事業者名称: [s.providerName],
  };
}

/**
 * Every common way of writing a 認定番号 as separate words, so the query
 * `IP0001-1302`, `ip00011302`, `IP0001`, `0001` or `1302` finds the service.
 * Pagefind matches words by prefix and splits at the hyphen, so the joined
 * and the bare serial forms must be words of their own.
 */
export function certificationNumberVariants(certificationNumber: string): string[] {
  const m = /^IP(\d{4})-(\d{4})$/.exec(certificationNumber);
  if (!m) return [certificationNumber];
  const [, serial, yymm] = m;
  return [certificationNumber, `IP${serial}${yymm}`, `IP${serial}`, serial!, `${serial}-${yymm}`, `${serial}${yymm}`];
}

const LEGAL_FORMS = ['株式会社', '合同会社', '有限会社', '合資会社', '合名会社', '一般社団法人'];

/** The provider's name without its legal form, so 「ネクサスクラウド」 is a word as well as 「株式会社ネクサスクラウド」. */
export function providerNameCore(name: string): string {
  let core = name;
  for (const form of LEGAL_FORMS) core = core.replace(form, '');
  return core.trim();
}

/** Hidden words for a service's page, heavily weighted: number variants, name pieces. */
export function extraSearchWords(s: PublishedService): string[] {
  const core = providerNameCore(s.providerName);
  const words = [...certificationNumberVariants(s.certificationNumber), core];
  return [...new Set(words)];
}
