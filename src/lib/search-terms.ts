/**
 * What the search index knows about a service beyond its visible text:
 * facet values, result-card metadata and extra searchable words. Built from
 * the published view only, so a withheld answer (a data centre's location
 * under 公表留保) never becomes a facet value.
 */
import type { PublishedService } from './publication.ts';
import type { FormRow } from '../data/form-b-template.ts';
import { indexVariants } from '../rules/search-normalise.ts';
import { regionOf, REGIONS, type Region } from '../rules/regions.ts';
import { STATUSES } from '../rules/lifecycle.ts';
import { dataCentrePlaces, LOCATION_ROW, sortPlaces } from './data-centre-places.ts';

/** Facet names, in the order the search page shows them. */
export const FACETS = ['区分', '状態', 'データセンターの地域', 'データセンター所在地', '事業者名称'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The regions of the published data-centre places (北海道・東北・…・沖縄 from
 * the prefecture, 国外 for another country); a withheld location gives none.
 */
export function dataCentreRegions(s: PublishedService): Region[] {
  const regions = new Set<Region>();
  for (const dc of s.dataCentres) {
    const a = dc.answers[LOCATION_ROW];
    if (a?.state !== 'answered' || !a.location) continue;
    const r = regionOf(a.location);
    if (r) regions.add(r);
  }
  return [...regions];
}

export function facetValues(s: PublishedService): Record<Facet, string[]> {
  return {
    区分: [s.category],
    状態: [s.lifecycle.status],
    データセンターの地域: sortFacetValues('データセンターの地域', dataCentreRegions(s)),
    データセンター所在地: dataCentrePlaces(s),
    事業者名称: [s.providerName],
  };
}

const byList = (list: readonly string[]) => (values: Iterable<string>) => {
  const rank = (v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'ja'));
};

/**
 * The one order of each facet's values, wherever they are listed: places as
 * the list's filter orders them (sortPlaces), regions north to south, statuses
 * in lifecycle order, and names in Japanese collation.
 */
const FACET_ORDER: Record<Facet, (values: Iterable<string>) => string[]> = {
  区分: byList([]),
  状態: byList(STATUSES),
  データセンターの地域: byList(REGIONS),
  データセンター所在地: sortPlaces,
  事業者名称: byList([]),
};

export function sortFacetValues(facet: Facet, values: Iterable<string>): string[] {
  return FACET_ORDER[facet](values);
}

/** One facet's choices on the search page: every value the indexed services have, in the facet's order. */
export interface FacetOptions {
  facet: Facet;
  /** The id stem of the facet's checkboxes (`facet-<n>-<value index>`). */
  id: string;
  values: string[];
}

/** The search page's facet choices, from the services that are indexed (the caller passes those). */
export function facetOptions(services: readonly PublishedService[]): FacetOptions[] {
  // 事業者名称 is not offered as a fixed list: thousands of providers on a large catalogue
  // (2.3 MB of page at 9,999 services); the search script offers the providers of the results instead.
  return FACETS.filter((f) => f !== '事業者名称').map((facet, i) => ({
    facet,
    id: `facet-${i}`,
    values: sortFacetValues(
      facet,
      services.flatMap((s) => facetValues(s)[facet]),
    ),
  }));
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

/**
 * The text of a service's page that Pagefind indexes: names, summary, the
 * Form B items' names and every published answer (withheld answers are not
 * in the published view, so they never give a word).
 */
export function indexedText(
  s: PublishedService,
  rows: readonly Pick<FormRow, 'middle' | 'label' | 'description'>[] = [],
): string {
  const answers = (a: PublishedService['answers']) =>
    Object.values(a).map((x) => (x.state === 'answered' ? x.content : ''));
  return [
    s.serviceName,
    s.serviceSummary,
    s.providerName,
    s.supplyForm?.description ?? '',
    ...rows.flatMap((r) => [r.middle, r.label ?? '', r.description]),
    ...answers(s.answers),
    ...[...s.dataCentres, ...s.removedDataCentres].flatMap((dc) => [dc.label, ...answers(dc.answers)]),
  ].join('\n');
}

/**
 * Hidden words for a service's page, heavily weighted: number variants, name
 * pieces, and the normalised forms of its words (取扱 for 取扱い, サーバ for
 * サーバー, iso27001 for ISO/IEC 27001), so a query in another spelling,
 * normalised the same way, finds the page.
 */
export function extraSearchWords(
  s: PublishedService,
  rows: readonly Pick<FormRow, 'middle' | 'label' | 'description'>[] = [],
): string[] {
  const core = providerNameCore(s.providerName);
  const words = [...certificationNumberVariants(s.certificationNumber), core, ...indexVariants(indexedText(s, rows))];
  return [...new Set(words)];
}
