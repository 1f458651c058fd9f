/**
 * Re-judges the certification status against the reader's own date (in
 * Japan), so a page built long ago never calls an expired certification
 * valid. Each [data-live-status] block carries the rule's inputs and a
 * <template> for each status it could turn into.
 */
import { liveStatusOn } from '../lib/live-status-rule.ts';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

for (const box of document.querySelectorAll<HTMLElement>('[data-live-status]')) {
  const d = box.dataset;
  if (today <= d['asOf']!) continue;
  const status = liveStatusOn({ end: d['end']!, renewal: d['renewal'] === '1', ended: d['ended']! }, today);
  const alt = box.querySelector<HTMLTemplateElement>(`template[data-status="${status}"]`);
  if (status === d['liveStatus'] || !alt) continue;
  box.querySelector('[data-live-current]')!.replaceWith(alt.content.cloneNode(true));
  box.dataset['liveStatus'] = status;
  box.querySelector('[data-live-date]')!.textContent = today.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  if (status !== '有効' && status !== '更新手続中')
    for (const el of document.querySelectorAll<HTMLElement>('[data-valid-only]')) el.hidden = true;
}
