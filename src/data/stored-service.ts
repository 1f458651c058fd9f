/**
 * What the build's content store keeps of a service record: the validated raw
 * record without its evidence. Nothing on the site ever needs 添付書類等, so
 * it is dropped before Astro stores or bundles anything (defence in depth; the
 * publication boundary still treats this as raw, because withheld answers and
 * their reasons are still here).
 */
import type { RawAnswer, RawService } from './service-record.ts';

export type StoredAnswer = Omit<RawAnswer, 'evidence'>;
export type StoredService = Omit<RawService, 'answers' | 'dataCentres'> & {
  answers: Record<string, StoredAnswer>;
  dataCentres: { id: string; label: string; answers: Record<string, StoredAnswer> }[];
};

function dropEvidence(answers: Record<string, RawAnswer>): Record<string, StoredAnswer> {
  const out: Record<string, StoredAnswer> = {};
  for (const [id, a] of Object.entries(answers)) {
    const { evidence: _evidence, ...rest } = a;
    out[id] = rest;
  }
  return out;
}

export function toStored(record: RawService): StoredService {
  return {
    ...record,
    answers: dropEvidence(record.answers),
    dataCentres: record.dataCentres.map((dc) => ({ id: dc.id, label: dc.label, answers: dropEvidence(dc.answers) })),
  };
}
