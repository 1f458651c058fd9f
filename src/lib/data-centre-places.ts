/**
 * Where a service's data centres are, for the list's データセンター所在地
 * filter: the 都道府県 for Japan, otherwise the country. Read only from
 * published dc-location answers, so a withheld location yields nothing —
 * neither a filter value nor a data attribute can reveal it.
 */
import type { PublishedService } from './publication.ts';
import { PREFECTURES } from '../rules/prefectures.ts';

export const LOCATION_ROW = 'dc-location';
const JAPAN = '日本';

export function dataCentrePlaces(s: PublishedService): string[] {
  const places: string[] = [];
  for (const dc of s.dataCentres) {
    const a = dc.answers[LOCATION_ROW];
    if (a?.state !== 'answered' || !a.location) continue;
    const place = a.location.country === JAPAN && a.location.prefecture ? a.location.prefecture : a.location.country;
    if (!places.includes(place)) places.push(place);
  }
  return sortPlaces(places);
}

/** Every place of the given services, once each, in the one order (the list's filter, the matcher's choices). */
export function placesOf(services: readonly PublishedService[]): string[] {
  return sortPlaces(services.flatMap(dataCentrePlaces));
}

/** 都道府県 in JIS order, then 日本 (prefecture not given), then other countries by name. */
export function sortPlaces(places: Iterable<string>): string[] {
  const rank = (p: string) => {
    const i = PREFECTURES.indexOf(p);
    return i >= 0 ? i : p === JAPAN ? PREFECTURES.length : PREFECTURES.length + 1;
  };
  return [...new Set(places)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'ja'));
}
