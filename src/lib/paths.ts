/**
 * Every URL and fragment id the site publishes, in one place. Pages, components,
 * endpoints, integrations and browser code build links only through these, so a
 * URL change is one edit here (test/unit/paths.test.ts greps for hand-built ones).
 *
 * `id` is always a service's slug: the 認定番号 in lower case (`ip0001-1302`,
 * see slugOf in src/rules/certification-number.ts). This module imports no
 * values, so browser code can use it without pulling in anything else.
 */

/** A service's disclosure page. */
export function servicePath(id: string): string {
  return `/services/${id}/`;
}

/** A service's certificate page (認定証 and the mark). */
export function certificatePath(id: string): string {
  return `/services/${id}/certificate/`;
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

/** The page comparing every service's answer to one Form B row. */
export function itemPath(rowId: string): string {
  return `/items/${rowId}/`;
}

/**
 * The fragment id of a Form B row on a service page: `item-<row>`, or
 * `dc-<data centre>-<row>` for a housing row answered per data centre.
 */
export function rowAnchor(rowId: string, dataCentreId?: string): string {
  return dataCentreId === undefined ? `item-${rowId}` : `dc-${dataCentreId}-${rowId}`;
}

/** A link to a place within a service page (a row, an event, a category, `history`). */
export function servicePlacePath(id: string, anchor: string): string {
  return `${servicePath(id)}#${anchor}`;
}

/** One file of a service's certification mark. */
export type MarkFile = { width: number; format: 'svg' } | { width: number; format: 'png'; scale: 1 | 2 };

export function markPath(id: string, v: MarkFile): string {
  return v.format === 'svg'
    ? `/marks/${id}/${v.width}.svg`
    : `/marks/${id}/${v.width}${v.scale === 2 ? '@2x' : ''}.png`;
}

/** Pages with their own Open Graph image besides the services. */
export type OgPage = 'home' | 'compare' | 'items';

export function ogServicePath(id: string): string {
  return `/og/services/${id}.png`;
}

export function ogPagePath(page: OgPage): string {
  return `/og/${page}.png`;
}
