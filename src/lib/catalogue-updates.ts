/**
 * Every published event of every service, newest first, for the 更新情報
 * page: what happened, to which service, and where its history entry and
 * change views are. Ordering is total (date, then 認定番号, then the event's
 * place in its history), so the page is the same on every build.
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import type { EventType } from '../rules/lifecycle.ts';
import type { FormTemplate } from '../data/form-b-template.ts';
import { eventAnchors } from './history-anchors.ts';
import { changeEntries, type ChangeEntry } from './change-entries.ts';
import type { PublishedService } from './publication.ts';
import { EXPIRY_KIND, expiryOf } from './expiry-event.ts';

export interface CatalogueUpdate {
  date: IsoDate;
  /** The event, or 期限切れ: the day after the period's last day, when the certification ran out. */
  type: EventType | typeof EXPIRY_KIND;
  service: PublishedService;
  /** Fragment id of the event on the service page. */
  anchor: string;
  /** What changed (face sheet, data centres, Form B items), each with its fragment id on the service page. */
  changes: { label: string; anchor: string }[];
  /** The same changes with what they are (field, data centre, item), for the English edition's own names. */
  entries: ChangeEntry[];
}

/** With `asOf`, expiries on or before that day are listed too (the updates page and the watch list). */
export function catalogueUpdates(
  services: readonly PublishedService[],
  template: FormTemplate,
  asOf?: IsoDate,
): CatalogueUpdate[] {
  const out: (CatalogueUpdate & { order: number })[] = [];
  for (const service of services) {
    const anchors = eventAnchors(service.events);
    service.events.forEach((e, order) => {
      const anchor = anchors[order]!;
      const entries = changeEntries(e, anchor, service, template);
      out.push({
        date: e.date,
        type: e.type,
        service,
        anchor,
        changes: entries.map((c) => ({ label: c.label, anchor: c.anchor })),
        entries,
        order,
      });
    });
    const expiry = asOf ? expiryOf(service, asOf) : null;
    if (expiry)
      out.push({
        date: expiry.date,
        type: EXPIRY_KIND,
        service,
        anchor: expiry.anchor,
        changes: [],
        entries: [],
        order: service.events.length,
      });
  }
  out.sort(
    (a, b) =>
      (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
      a.service.certificationNumber.localeCompare(b.service.certificationNumber) ||
      b.order - a.order,
  );
  return out.map(({ order: _order, ...u }) => u);
}
