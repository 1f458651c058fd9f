/**
 * A change (変更届出, 更新認定) records only the value before it (`previous`).
 * The value it introduced is the `previous` of the next change to the same
 * thing (the same item, and data centre for housing items, or the same
 * face-sheet field), or the current value when no later change exists.
 * Shared by the publication boundary and the data check.
 */
import type { FaceSheetField, RawChange, RawEvent } from './service-record.ts';

export type ChangeSubject =
  | { kind: 'item'; item: string; dataCentre?: string | undefined }
  | { kind: 'field'; field: FaceSheetField }
  | { kind: 'dataCentreAdded'; id: string }
  | { kind: 'dataCentreRemoved'; id: string };

/** What one change is about; null when it names none or more than one (the data check reports that). */
export function changeSubject(c: RawChange): ChangeSubject | null {
  const named = [c.item, c.field, c.dataCentreAdded, c.dataCentreRemoved].filter((v) => v !== undefined).length;
  if (named !== 1) return null;
  if (c.item !== undefined) return { kind: 'item', item: c.item, dataCentre: c.dataCentre };
  if (c.field !== undefined) return { kind: 'field', field: c.field };
  if (c.dataCentreAdded !== undefined) return { kind: 'dataCentreAdded', id: c.dataCentreAdded };
  return { kind: 'dataCentreRemoved', id: c.dataCentreRemoved! };
}

function sameSubject(a: RawChange, b: RawChange): boolean {
  if (a.item !== undefined) return b.item === a.item && b.dataCentre === a.dataCentre;
  if (a.field !== undefined) return b.field === a.field;
  return false;
}

/** The next change to the same item or field after event `index`, whatever its date. */
export function nextChange(events: readonly RawEvent[], index: number, c: RawChange): RawChange | undefined {
  for (const later of events.slice(index + 1)) {
    if (later.type !== '変更届出' && later.type !== '更新認定') continue;
    const found = later.changes?.find((d) => sameSubject(c, d));
    if (found) return found;
  }
  return undefined;
}

/** A data centre by id, current or removed (a removed centre keeps its last answers for the history). */
export function findDataCentre<D extends { id: string }>(
  s: { dataCentres: readonly D[]; removedDataCentres?: readonly D[] | undefined },
  id: string | undefined,
): D | undefined {
  if (id === undefined) return undefined;
  return s.dataCentres.find((d) => d.id === id) ?? s.removedDataCentres?.find((d) => d.id === id);
}
