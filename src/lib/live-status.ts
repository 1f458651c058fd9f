/** Build side of the in-page status check: what the page embeds, from the published view. */
import type { PublishedLifecycle } from './publication.ts';
import { renewalWindow, type Status } from '../rules/lifecycle.ts';
import { liveStatusOn, type LiveStatusData } from './live-status-rule.ts';

export function liveStatusData(l: PublishedLifecycle): LiveStatusData {
  const w = renewalWindow({ start: l.periodStart, end: l.periodEnd });
  const renewal = l.renewalApplied !== undefined && l.renewalApplied >= w.from && l.renewalApplied <= w.to;
  return { end: l.periodEnd, renewal, ended: l.ended?.type ?? '' };
}

/**
 * The statuses the page may have to switch to on a later day with no new
 * event: 有効 can become 更新手続中 or 期限切れ; every other status stays.
 */
export function laterStatuses(l: PublishedLifecycle): Status[] {
  if (l.status !== '有効') return [];
  const d = liveStatusData(l);
  return [liveStatusOn(d, '9999-12-31')];
}
