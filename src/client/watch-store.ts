/**
 * The reader's watch list: 認定番号 kept in localStorage (like the compare
 * selection), and the day they last opened /watch/. Nothing is sent anywhere.
 */
import { normalise } from './compare-selection.ts';

const KEY = 'aspic-iaas-paas:watch';
const LAST_VISIT = 'aspic-iaas-paas:watch-last-visit';

export function loadWatch(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(v) ? normalise(v.filter((x): x is string => typeof x === 'string')) : [];
  } catch {
    return [];
  }
}

export function saveWatch(ids: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(normalise(ids)));
  } catch {
    // Storage may be disabled: the toggle then says so.
  }
}

/** The day (YYYY-MM-DD, Japan) /watch/ was last opened, or null the first time. */
export function lastVisit(): string | null {
  try {
    const v = localStorage.getItem(LAST_VISIT);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
  } catch {
    return null;
  }
}

export function setLastVisit(day: string): void {
  try {
    localStorage.setItem(LAST_VISIT, day);
  } catch {
    // Without storage every visit is a first visit.
  }
}
