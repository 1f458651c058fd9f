/**
 * Every published event of every service, newest first, for the 更新情報
 * page: what happened, to which service, and where its history entry and
 * change views are. Ordering is total (date, then 認定番号, then the event's
 * place in its history), so the page is the same on every build.
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import type { EventType } from '../rules/lifecycle.ts';
import { changeAnchor, eventAnchors } from './history-anchors.ts';
import type { PublishedService } from './publication.ts';

export interface CatalogueUpdate {
  date: IsoDate;
  type: EventType;
  service: PublishedService;
  /** Fragment id of the event on the service page. */
  anchor: string;
  changes: { item: string; dataCentre?: string | undefined; anchor: string }[];
}

export function catalogueUpdates(services: readonly PublishedService[]): CatalogueUpdate[] {
  const out: (CatalogueUpdate & { order: number })[] = [];
  for (const service of services) {
    const anchors = eventAnchors(service.events);
    service.events.forEach((e, order) => {
      const anchor = anchors[order]!;
      out.push({
        date: e.date,
        type: e.type,
        service,
        anchor,
        changes: (e.changes ?? []).map((c) => ({ item: c.item, dataCentre: c.dataCentre, anchor: changeAnchor(anchor, c) })),
        order,
      });
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
