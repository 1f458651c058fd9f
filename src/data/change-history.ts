/**
 * A change (変更届出, 更新認定) records only the text before it (`previous`).
 * The text it introduced is the `previous` of the next change to the same item
 * (same data centre for housing items), or the current answer when no later
 * change exists. Shared by the publication boundary and the data check.
 */
import type { RawChange, RawEvent } from './service-record.ts';

/** The next change to the same item after event `index`, whatever its date. */
export function nextChange(events: readonly RawEvent[], index: number, c: RawChange): RawChange | undefined {
  for (const later of events.slice(index + 1)) {
    if (later.type !== '変更届出' && later.type !== '更新認定') continue;
    const found = later.changes?.find((d) => d.item === c.item && d.dataCentre === c.dataCentre);
    if (found) return found;
  }
  return undefined;
}
