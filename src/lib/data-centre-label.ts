/** The published name of a data centre, current or removed (ids are unique across both). */
import type { PublishedService } from './publication.ts';

export function dataCentreLabel(s: Pick<PublishedService, 'dataCentres' | 'removedDataCentres'>, id: string): string {
  return (s.dataCentres.find((d) => d.id === id) ?? s.removedDataCentres.find((d) => d.id === id))?.label ?? id;
}
