/**
 * The per-service open-data file, /data/services/<id>.json: one certified
 * service's published Form B as JSON. Shared by the compare view (which
 * fetches only the services a reader picked) and open-data exports.
 *
 * Built only from PublishedService (the publication boundary's output), and
 * copied field by field so nothing outside this documented shape can reach a
 * file. Shape (version "1"; add fields, never rename or remove them):
 *
 *   {
 *     "format": "aspic-iaas-paas-service/1",
 *     "asOf": "2026-11-26",                  // publication date the file was built for
 *     "id": "ip0001-1302",                   // lower-case 認定番号, the file name
 *     "certificationNumber": "IP0001-1302",
 *     "serviceName", "serviceSummary", "providerName", "serviceSite": string,
 *     "category": "IaaS" | "PaaS",
 *     "supplyForm"?: { "kind", "description" },
 *     "templateVersion": "ip-2011.1",        // content/form-b.yaml version answered
 *     "lifecycle": { "status", "firstCertified", "periodStart", "periodEnd",
 *                    "ended"?: { "type", "date" }, "renewalApplied"? },
 *     "answers": { "<row id>": Answer },     // every non-ハウジング row of the template
 *     "dataCentres": [ { "id", "label", "answers": { "<row id>": Answer } } ]
 *   }
 *
 *   Answer = { "state": "answered", "content": string, "implemented"?: boolean,
 *              "location"?: { "country", "prefecture"? } }
 *          | { "state": "withheld" }        // 公表留保中: no text, no reason
 *          | { "state": "unanswered" }      // 選択 item left blank: 記載なし
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import type { PublishedAnswer, PublishedLifecycle, PublishedService } from './publication.ts';

export const SERVICE_JSON_FORMAT = 'aspic-iaas-paas-service/1';

export interface ServiceJson {
  format: typeof SERVICE_JSON_FORMAT;
  asOf: IsoDate;
  id: string;
  certificationNumber: string;
  serviceName: string;
  serviceSummary: string;
  providerName: string;
  category: 'IaaS' | 'PaaS';
  serviceSite: string;
  supplyForm?: { kind: string; description: string };
  templateVersion: string;
  lifecycle: PublishedLifecycle;
  answers: Record<string, PublishedAnswer>;
  dataCentres: { id: string; label: string; answers: Record<string, PublishedAnswer> }[];
}

/** Where a service's file is served from. */
export function serviceJsonPath(id: string): string {
  return `/data/services/${id}.json`;
}

function answer(a: PublishedAnswer): PublishedAnswer {
  if (a.state !== 'answered') return { state: a.state };
  const out: PublishedAnswer = { state: 'answered', content: a.content };
  if (a.implemented !== undefined) out.implemented = a.implemented;
  if (a.location) {
    out.location =
      a.location.prefecture !== undefined
        ? { country: a.location.country, prefecture: a.location.prefecture }
        : { country: a.location.country };
  }
  return out;
}

function answers(src: Readonly<Record<string, PublishedAnswer>>): Record<string, PublishedAnswer> {
  const out: Record<string, PublishedAnswer> = {};
  for (const key of Object.keys(src)) out[key] = answer(src[key]!);
  return out;
}

function lifecycle(l: PublishedLifecycle): PublishedLifecycle {
  const out: PublishedLifecycle = {
    status: l.status,
    firstCertified: l.firstCertified,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
  };
  if (l.ended) out.ended = { type: l.ended.type, date: l.ended.date };
  if (l.renewalApplied !== undefined) out.renewalApplied = l.renewalApplied;
  return out;
}

export function serviceJson(s: PublishedService, asOf: IsoDate): ServiceJson {
  const out: ServiceJson = {
    format: SERVICE_JSON_FORMAT,
    asOf,
    id: s.id,
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    serviceSummary: s.serviceSummary,
    providerName: s.providerName,
    category: s.category,
    serviceSite: s.serviceSite,
    templateVersion: s.templateVersion,
    lifecycle: lifecycle(s.lifecycle),
    answers: answers(s.answers),
    dataCentres: s.dataCentres.map((dc) => ({ id: dc.id, label: dc.label, answers: answers(dc.answers) })),
  };
  if (s.supplyForm) out.supplyForm = { kind: s.supplyForm.kind, description: s.supplyForm.description };
  return out;
}

/** Deterministic text of the file (key order is fixed by serviceJson above). */
export function serviceJsonText(s: PublishedService, asOf: IsoDate): string {
  return JSON.stringify(serviceJson(s, asOf));
}
