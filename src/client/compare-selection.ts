/**
 * The services a reader has picked for comparison, kept in localStorage so
 * the pick survives moving between the list, service pages and /compare/.
 * The URL is the shareable form: /compare/?services=IP0001-1302,IP0008-2004&diff=1
 * (認定番号, in the reader's column order).
 */
import { comparePath, type PathLocale } from '../lib/paths.ts';

export const MIN_SERVICES = 2;
export const MAX_SERVICES = 6;
const KEY = 'aspic-iaas-paas:compare';
const NUMBER = /^IP\d{4}-\d{4}$/;

export function normalise(ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const raw of ids) {
    const id = raw.trim().toUpperCase();
    if (NUMBER.test(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

export function loadSelection(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? normalise(v.filter((x): x is string => typeof x === 'string')) : [];
  } catch {
    return [];
  }
}

export function saveSelection(ids: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(normalise(ids)));
  } catch {
    // Storage may be disabled; the URL still carries the selection.
  }
}

/** Accepts ?services=A,B and what the list's plain form sends without script (?services[]=A&services[]=B). */
export function selectionFromUrl(params: URLSearchParams): string[] {
  return normalise([...params.getAll('services'), ...params.getAll('services[]')].flatMap((v) => v.split(',')));
}

/** The comparison's address in the page's language (paths.ts comparePath). */
export function compareHref(ids: readonly string[], diffOnly = false, locale: PathLocale = 'ja'): string {
  return comparePath(ids, diffOnly, locale);
}
