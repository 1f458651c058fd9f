/**
 * What the build's content store keeps of a service record: the validated raw
 * record without its evidence. Nothing on the site ever needs 添付書類等, so
 * it is dropped before Astro stores or bundles anything (defence in depth; the
 * publication boundary still treats this as raw, because withheld answers and
 * their reasons are still here).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RawAnswer, RawService } from './service-record.ts';

export type StoredAnswer = Omit<RawAnswer, 'evidence'>;
export interface StoredDataCentre {
  id: string;
  label: string;
  answers: Record<string, StoredAnswer>;
}
export type StoredService = Omit<RawService, 'answers' | 'dataCentres' | 'removedDataCentres'> & {
  answers: Record<string, StoredAnswer>;
  dataCentres: StoredDataCentre[];
  removedDataCentres?: StoredDataCentre[];
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
  const centre = (dc: RawService['dataCentres'][number]): StoredDataCentre => ({
    id: dc.id,
    label: dc.label,
    answers: dropEvidence(dc.answers),
  });
  const { removedDataCentres, ...rest } = record;
  const out: StoredService = {
    ...rest,
    answers: dropEvidence(record.answers),
    dataCentres: record.dataCentres.map(centre),
  };
  if (removedDataCentres) out.removedDataCentres = removedDataCentres.map(centre);
  return out;
}

/**
 * A service as the build's content store holds it: its StoredService as one
 * string. The store lives for the whole build, twice (Astro's store in the
 * build process and its copy in the prerender runtime). Held as objects, it
 * was a quarter of the live heap at 3,000 services, and every full garbage
 * collection walked all of it (at 9,999, GC took 28 % of the build); a string
 * is one object the collector never looks inside. Readers parse one
 * service at a time and keep only what they publish. JSON loses nothing
 * here: a record holds only strings, numbers, booleans, arrays and plain
 * objects, without undefined values (a unit test round-trips the sample).
 *
 * The JSON is deflated and written in base64. Astro serialises the store to
 * JSON and Vite bundles the runtime's copy as a string literal, so plain JSON
 * text had every quote and backslash escaped twice (1 character became 4).
 * Base64 has nothing to escape: at 1,000 services the store file went from
 * 12.9 to 7.3 MB and `astro build` from 21.7 to 19.3 s (medians of 5
 * alternating pairs, the same output). Level 1, because every build writes it.
 */
export interface ServiceText {
  deflated: string;
}

export function serviceText(record: RawService): ServiceText {
  return { deflated: deflateRawSync(JSON.stringify(toStored(record)), { level: 1 }).toString('base64') };
}

/** The stored services in `texts`, parsed one at a time as they are asked for. */
export function* storedServices(texts: Iterable<ServiceText>): Generator<StoredService> {
  for (const t of texts)
    yield JSON.parse(inflateRawSync(Buffer.from(t.deflated, 'base64')).toString('utf8')) as StoredService;
}
