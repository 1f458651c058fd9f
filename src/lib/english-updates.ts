/**
 * The 更新情報 list in English (/en/updates/): the same updates in the same
 * order as the Japanese page (catalogueUpdates), with the event and what
 * changed named in English from the template's `en` names. A data centre's
 * name is what the provider wrote and stays Japanese (`place`).
 *
 * Links go to the English service page, whose history lists the events under
 * the Japanese page's anchors but has no before-and-after view of a change
 * and no expiry entry. So a change links to the changed item as it stands now
 * (its row, or the data centre) when the English page has it, and otherwise
 * to the event; an expiry links to the history. The before-and-after view is
 * one click away through the language switch.
 */
import type { FormTemplate } from '../data/form-b-template.ts';
import { enPages } from '../i18n/en.ts';
import { t } from '../i18n/locale.ts';
import type { CatalogueUpdate } from './catalogue-updates.ts';
import type { ChangeEntry } from './change-entries.ts';
import { dataCentreLabel } from './data-centre-label.ts';
import { EXPIRY_KIND } from './expiry-event.ts';
import { dataCentreAnchor, HISTORY_ANCHOR, rowAnchor, servicePlacePath } from './paths.ts';
import type { PublishedService } from './publication.ts';

export interface EnglishChange {
  /** The change in English. */
  label: string;
  /** The data centre it concerns, as the provider named it (Japanese). */
  place?: string | undefined;
  href: string;
}

export interface EnglishUpdate {
  date: CatalogueUpdate['date'];
  /** The event in English. */
  type: string;
  service: PublishedService;
  /** The event's place on the English service page. */
  href: string;
  changes: EnglishChange[];
}

/** A Form B row as the English history names it: No., item and, when it tells rows apart, the row's description. */
export function englishItemLabel(template: FormTemplate, id: string): string {
  const row = template.byId.get(id);
  if (!row) return id;
  const name = row.en.label ?? row.en.middle;
  return row.rowsInItem > 1 || row.description !== (row.label ?? row.middle)
    ? `No. ${row.no} ${name} (${row.en.description})`
    : `No. ${row.no} ${name}`;
}

function englishChange(entry: ChangeEntry, u: CatalogueUpdate, template: FormTemplate): EnglishChange {
  const s = u.service;
  const words = enPages.updates;
  const at = (anchor: string) => servicePlacePath(s.id, anchor, 'en');
  const current = (dc: string) => s.dataCentres.some((d) => d.id === dc);
  switch (entry.kind) {
    case 'field':
      return { label: words.fields[entry.change.field], href: at(u.anchor) };
    case 'dataCentreAdded':
      return {
        label: words.dataCentreAdded,
        place: dataCentreLabel(s, entry.id),
        href: at(current(entry.id) ? dataCentreAnchor(entry.id) : u.anchor),
      };
    case 'dataCentreRemoved':
      return { label: words.dataCentreRemoved, place: dataCentreLabel(s, entry.id), href: at(u.anchor) };
    case 'item': {
      const { item, dataCentre } = entry.change;
      const shown = template.byId.has(item) && (dataCentre === undefined || current(dataCentre));
      return {
        label: englishItemLabel(template, item),
        place: dataCentre === undefined ? undefined : dataCentreLabel(s, dataCentre),
        href: at(shown ? rowAnchor(item, dataCentre) : u.anchor),
      };
    }
  }
}

export function englishUpdates(updates: readonly CatalogueUpdate[], template: FormTemplate): EnglishUpdate[] {
  return updates.map((u) => ({
    date: u.date,
    type: u.type === EXPIRY_KIND ? enPages.updates.expired : t('en').event[u.type],
    service: u.service,
    href: servicePlacePath(u.service.id, u.type === EXPIRY_KIND ? HISTORY_ANCHOR : u.anchor, 'en'),
    changes: u.entries.map((e) => englishChange(e, u, template)),
  }));
}
