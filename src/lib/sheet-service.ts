/**
 * A service's published JSON (/data/services/<id>.json) reshaped the way the
 * compare table and the 稟議 pack read it: answers keyed by Form B row id.
 * Shared by the compare page's first load and the writer loaded on click, so
 * it imports types only.
 */
import type { PublishedAnswer } from './publication.ts';
import type { ServiceJson } from './formats/service-json.ts';
import type { SheetService } from './compare-sheet.ts';

export function answersByRow(list: ServiceJson['answers']): Record<string, PublishedAnswer> {
  return Object.fromEntries(list.map((a) => [a.row, a.answer as PublishedAnswer]));
}

export function sheetService(s: ServiceJson): SheetService {
  return {
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    status: s.status,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    disclosureDate: s.disclosureDate,
    page: s.page,
    answers: answersByRow(s.answers),
    dataCentres: s.dataCentres.map((dc) => ({ label: dc.label, answers: answersByRow(dc.answers) })),
  };
}
