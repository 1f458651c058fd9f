/**
 * Every URL and fragment id the site publishes, in one place. Pages, components,
 * endpoints, integrations and browser code build links only through these, so a
 * URL change is one edit here (test/unit/paths.test.ts greps for hand-built ones).
 *
 * `id` is always a service's slug: the 認定番号 in lower case (`ip0001-1302`,
 * see slugOf in src/rules/certification-number.ts). This module imports no
 * values, so browser code can use it without pulling in anything else.
 */

/**
 * The site's languages as this module sees them (src/i18n/locale.ts Locale,
 * restated so browser code importing this module pulls in no vocabulary):
 * Japanese at the root, the English edition under /en/ (astro.config i18n).
 */
export type PathLocale = 'ja' | 'en';

/** The address prefix of a language: none for Japanese. */
function prefix(locale: PathLocale): string {
  return locale === 'en' ? '/en' : '';
}

/** The list of certified services, the home page of each language. */
export function homePath(locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/`;
}

/** The 更新情報 page: every service's events, newest first. */
export function updatesPath(locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/updates/`;
}

/** The open-data page: the downloads and their fields (the files themselves stay under /data/ in one language). */
export function dataPath(locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/data/`;
}

/** The requirements matcher (条件で探す), with the conditions as its query when given. */
export function matchPath(locale: PathLocale = 'ja', query = ''): string {
  return `${prefix(locale)}/match/${query ? `?${query}` : ''}`;
}

/** A service's disclosure page. */
export function servicePath(id: string, locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/services/${id}/`;
}

/** A service's certificate page (認定証 and the mark). */
export function certificatePath(id: string, locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/services/${id}/certificate/`;
}

/** A service's history feed (Atom). */
export function serviceFeedPath(id: string): string {
  return `/services/${id}/feed.atom`;
}

/** A service's published disclosure as open data. */
export function serviceJsonPath(id: string): string {
  return `/data/services/${id}.json`;
}

/** A service's certification expiry as iCalendar (services not ended only). */
export function serviceIcsPath(id: string): string {
  return `/data/services/${id}.ics`;
}

/** Every service's lifecycle events as one Atom feed (linked from every page's head). */
export const EVENTS_FEED_PATH = '/data/events.atom';

/** answers.csv with its header row in English (the same rows and values). */
export const ANSWERS_EN_CSV_PATH = '/data/answers.en.csv';

/** Every current certification's expiry as one iCalendar file. */
export const EXPIRY_CALENDAR_PATH = '/data/expiries.ics';

/** The list of Form B items, or one category's place in it. */
export function itemsPath(categoryId?: string, locale: PathLocale = 'ja'): string {
  return categoryId === undefined ? `${prefix(locale)}/items/` : `${prefix(locale)}/items/#${categoryId}`;
}

/** The page comparing every service's answer to one Form B row. */
export function itemPath(rowId: string, locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/items/${rowId}/`;
}

/** The reader's watch list (kept in their browser). */
export function watchPath(locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/watch/`;
}

/**
 * The fragment id of a Form B row on a service page: `item-<row>`, or
 * `dc-<data centre>-<row>` for a housing row answered per data centre.
 */
export function rowAnchor(rowId: string, dataCentreId?: string): string {
  return dataCentreId === undefined ? `item-${rowId}` : `dc-${dataCentreId}-${rowId}`;
}

/** The fragment id of a data centre's section on a service page (its rows are {@link rowAnchor}s). */
export function dataCentreAnchor(dataCentreId: string): string {
  return `dc-${dataCentreId}`;
}

/** The fragment id of a service page's history section (認定の経緯). */
export const HISTORY_ANCHOR = 'history';

/**
 * The fragment id of one event in a service's history: `event-<date>`, and
 * `event-<date>-<n>` for the n-th event of one day (src/lib/history-anchors.ts
 * numbers them).
 */
export function eventAnchor(date: string, nthThatDay = 1): string {
  return nthThatDay === 1 ? `event-${date}` : `event-${date}-${nthThatDay}`;
}

/** The fragment id of one changed item's view within an event, with the data centre for housing items. */
export function changeAnchor(eventAnchorId: string, change: { item: string; dataCentre?: string | undefined }): string {
  return change.dataCentre ? `${eventAnchorId}-${change.item}-${change.dataCentre}` : `${eventAnchorId}-${change.item}`;
}

/** A link to a place within a service page (a row, an event, a category, `history`). */
export function servicePlacePath(id: string, anchor: string, locale: PathLocale = 'ja'): string {
  return `${servicePath(id, locale)}#${anchor}`;
}

/**
 * The folders the generated images are published under; the dev server's
 * image routes are mounted on them (src/integrations/images.ts).
 */
export const MARKS_DIR = '/marks/';
export const OG_DIR = '/og/';

/** One file of a service's certification mark. */
export type MarkFile = { width: number; format: 'svg' } | { width: number; format: 'png'; scale: 1 | 2 };

export function markPath(id: string, v: MarkFile): string {
  return v.format === 'svg'
    ? `${MARKS_DIR}${id}/${v.width}.svg`
    : `${MARKS_DIR}${id}/${v.width}${v.scale === 2 ? '@2x' : ''}.png`;
}

/** Pages with their own Open Graph image besides the services. */
export type OgPage = 'home' | 'compare' | 'items';

/** A service's card; the English edition's cards, in English, are under /og/en/. */
export function ogServicePath(id: string, locale: PathLocale = 'ja'): string {
  return `${OG_DIR}${locale === 'en' ? 'en/' : ''}services/${id}.png`;
}

export function ogPagePath(page: OgPage, locale: PathLocale = 'ja'): string {
  return `${OG_DIR}${locale === 'en' ? 'en/' : ''}${page}.png`;
}

/**
 * The comparison of the given services (認定番号), optionally showing only
 * the rows whose answers differ: /compare/?services=IP0001-1302,IP0008-2004&diff=1.
 */
export function comparePath(
  certificationNumbers: readonly string[] = [],
  diffOnly = false,
  locale: PathLocale = 'ja',
): string {
  const parts = [
    certificationNumbers.length ? `services=${certificationNumbers.join(',')}` : '',
    diffOnly ? 'diff=1' : '',
  ].filter(Boolean);
  return `${prefix(locale)}/compare/${parts.length ? `?${parts.join('&')}` : ''}`;
}

/** The 認定番号 lookup, with a number to look up at once (/verify/?n=IP0001-1302). */
export function verifyPath(certificationNumber?: string, locale: PathLocale = 'ja'): string {
  const path = `${prefix(locale)}/verify/`;
  return certificationNumber ? `${path}?n=${encodeURIComponent(certificationNumber)}` : path;
}

/** The site search, with a query to run at once. */
export function searchPath(query?: string, locale: PathLocale = 'ja'): string {
  const path = `${prefix(locale)}/search/`;
  return query ? `${path}?q=${encodeURIComponent(query)}` : path;
}

/** The Pagefind bundle of a language's search index (written by src/integrations/search-index.ts). */
export function searchIndexPath(locale: PathLocale = 'ja'): string {
  return `${prefix(locale)}/pagefind/`;
}
