/**
 * <live-status> (LiveStatus.astro): re-judges the certification status
 * against the reader's own date (in Japan), so a page built long ago never
 * calls an expired certification valid. The element carries the rule's inputs
 * as data attributes and a <template> for each status it could turn into.
 * The date, its Japanese form and "in force" are the server's own rules
 * (calendar-date.ts, lifecycle.ts), imported rather than restated; the
 * element says which language's date form it writes (data-dates="en").
 */
import { liveStatusOn } from '../lib/live-status-rule.ts';
import { formatJapaneseDate, todayInTokyo } from '../rules/calendar-date.ts';
import { formatEnglishDate } from '../i18n/date.ts';
import { isValidStatus } from '../rules/status.ts';

/** Set on <html> when the certification is found ended: CSS then hides every [data-valid-only] part (the mark). */
export const ENDED_FLAG = 'data-certification-ended';

export class LiveStatus extends HTMLElement {
  connectedCallback(): void {
    const d = this.dataset;
    const today = todayInTokyo();
    if (today <= d['asOf']!) return;
    const status = liveStatusOn({ end: d['end']!, renewal: d['renewal'] === '1', ended: d['ended']! }, today);
    const alt = this.querySelector<HTMLTemplateElement>(`template[data-status="${status}"]`);
    if (status === d['liveStatus'] || !alt) return;
    this.querySelector('[data-live-current]')!.replaceWith(alt.content.cloneNode(true));
    this.setAttribute('data-live-status', status);
    this.querySelector('[data-live-date]')!.textContent = (
      d['dates'] === 'en' ? formatEnglishDate : formatJapaneseDate
    )(today);
    if (!isValidStatus(status)) document.documentElement.setAttribute(ENDED_FLAG, '');
  }
}
