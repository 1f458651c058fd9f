/**
 * The /verify/ index: for each published certification, its number, names
 * and the dates the status rule needs — nothing else from the service.
 */
import type { PublishedService } from './publication.ts';
import { liveStatusData } from './live-status.ts';

export interface VerifyEntry {
  number: string;
  id: string;
  serviceName: string;
  providerName: string;
  periodStart: string;
  periodEnd: string;
  /** A renewal applied for inside the window (keeps it in force past periodEnd). */
  renewal: boolean;
  /** Terminal event in force and its date, if any. */
  ended: string;
  endedDate: string;
}

export interface VerifyIndex {
  asOf: string;
  services: VerifyEntry[];
}

export function verifyIndex(asOf: string, services: readonly PublishedService[]): VerifyIndex {
  return {
    asOf,
    services: services.map((s) => {
      const d = liveStatusData(s.lifecycle);
      return {
        number: s.certificationNumber,
        id: s.id,
        serviceName: s.serviceName,
        providerName: s.providerName,
        periodStart: s.lifecycle.periodStart,
        periodEnd: s.lifecycle.periodEnd,
        renewal: d.renewal,
        ended: d.ended,
        endedDate: s.lifecycle.ended?.date ?? '',
      };
    }),
  };
}
