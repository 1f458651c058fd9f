/**
 * What one 変更届出 or 更新認定 changed, as a list of named entries with
 * fragment ids: face-sheet fields first, then data centres added and
 * removed, then Form B items in the order recorded. The service page's
 * history carries the ids; the 更新情報 page and the feed use the names.
 */
import type { FormTemplate } from '../data/form-b-template.ts';
import { FACE_SHEET_FIELDS, type FaceSheetField } from '../data/service-record.ts';
import { changeAnchor } from './paths.ts';
import { itemLabel } from './item-text.ts';
import { dataCentreLabel } from './data-centre-label.ts';
import type { PublishedChange, PublishedEvent, PublishedFieldChange, PublishedService } from './publication.ts';

export type ChangeEntry =
  | { kind: 'field'; anchor: string; label: string; change: PublishedFieldChange }
  | { kind: 'dataCentreAdded' | 'dataCentreRemoved'; anchor: string; label: string; id: string }
  | { kind: 'item'; anchor: string; label: string; change: PublishedChange };

export function fieldLabel(field: FaceSheetField): string {
  return FACE_SHEET_FIELDS[field];
}

export function changeEntries(
  e: PublishedEvent,
  eventAnchor: string,
  s: PublishedService,
  template: FormTemplate,
): ChangeEntry[] {
  return [
    ...(e.fieldChanges ?? []).map((change): ChangeEntry => ({
      kind: 'field',
      anchor: `${eventAnchor}-field-${change.field}`,
      label: fieldLabel(change.field),
      change,
    })),
    ...(e.dataCentresAdded ?? []).map((id): ChangeEntry => ({
      kind: 'dataCentreAdded',
      anchor: `${eventAnchor}-added-${id}`,
      label: `データセンターの追加（${dataCentreLabel(s, id)}）`,
      id,
    })),
    ...(e.dataCentresRemoved ?? []).map((id): ChangeEntry => ({
      kind: 'dataCentreRemoved',
      anchor: `${eventAnchor}-removed-${id}`,
      label: `データセンターの削除（${dataCentreLabel(s, id)}）`,
      id,
    })),
    ...(e.changes ?? []).map((change): ChangeEntry => ({
      kind: 'item',
      anchor: changeAnchor(eventAnchor, change),
      label: change.dataCentre
        ? `${itemLabel(template, change.item)} — ${dataCentreLabel(s, change.dataCentre)}`
        : itemLabel(template, change.item),
      change,
    })),
  ];
}
