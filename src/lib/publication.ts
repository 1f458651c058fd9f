/**
 * THE PUBLICATION BOUNDARY. The one place where a raw service record (which
 * holds evidence — 添付書類等 — and withheld answers with their reasons)
 * becomes what may be published: each service's Form B 申請内容, minus answers
 * whose withholding is in force on the publication date (overview §7(2)).
 *
 * The published types below have no field that could carry evidence, a
 * withholding reason or withheld text, and every value is copied field by
 * field (never spread), so a field added to the raw schema cannot leak by
 * accident. Pages, endpoints and exports consume only these types.
 */
import type { IsoDate } from '../rules/calendar-date.ts';
import { stateOn, type EventType, type Status } from '../rules/lifecycle.ts';
import { isWithheld } from '../rules/withholding.ts';
import { REVOCATION_GROUNDS, type RawAnswer, type RawEvent } from '../data/service-record.ts';
import { nextChange } from '../data/change-history.ts';
import type { FormTemplate } from '../data/form-b-template.ts';
import type { StoredService } from '../data/stored-service.ts';

export type PublishedAnswer =
  | {
      state: 'answered';
      /** 申請内容 exactly as written (only the YAML block's final line break is dropped). */
      content: string;
      /** 実施有無, for practice rows. */
      implemented?: boolean;
      /** Structured place, for the data-centre location row. */
      location?: { country: string; prefecture?: string };
    }
  | { state: 'withheld' }
  | { state: 'unanswered' };

export interface PublishedDataCentre {
  id: string;
  label: string;
  answers: Readonly<Record<string, PublishedAnswer>>;
}

export interface PublishedChange {
  item: string;
  dataCentre?: string;
  /** Withheld when the item's current answer is withheld: neither old nor new text may show. */
  previous: PublishedAnswer;
  /**
   * The text that replaced `previous`: the `previous` of the next later change
   * to the same item (a change records only the old text), or the current
   * answer when no later change exists.
   */
  current: PublishedAnswer;
}

export interface PublishedEvent {
  type: EventType;
  date: IsoDate;
  note?: string;
  summary?: string;
  ground?: string;
  changes?: PublishedChange[];
}

export interface PublishedLifecycle {
  status: Status;
  firstCertified: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  ended?: { type: EventType; date: IsoDate };
  renewalApplied?: IsoDate;
}

export interface PublishedService {
  /** Lower-case 認定番号: the URL slug and file name. */
  id: string;
  certificationNumber: string;
  serviceName: string;
  serviceSummary: string;
  providerName: string;
  category: 'IaaS' | 'PaaS';
  serviceSite: string;
  supplyForm?: { kind: string; description: string };
  templateVersion: string;
  answers: Readonly<Record<string, PublishedAnswer>>;
  dataCentres: PublishedDataCentre[];
  events: PublishedEvent[];
  lifecycle: PublishedLifecycle;
  /** 開示情報の日付 as written, when published. */
  disclosureDate?: string;
}

const UNANSWERED: PublishedAnswer = { state: 'unanswered' };
const WITHHELD: PublishedAnswer = { state: 'withheld' };

function trimBlockEnd(text: string): string {
  return text.replace(/\n+$/, '');
}

export function publishAnswer(raw: RawAnswer | undefined, asOf: IsoDate): PublishedAnswer {
  if (!raw) return UNANSWERED;
  const hasContent = raw.content !== undefined && raw.content.trim() !== '';
  if (!hasContent && raw.implemented === undefined) return UNANSWERED;
  if (isWithheld(raw.withhold, asOf)) return WITHHELD;
  const out: PublishedAnswer = { state: 'answered', content: hasContent ? trimBlockEnd(raw.content!) : '' };
  if (raw.implemented !== undefined) out.implemented = raw.implemented;
  if (raw.country !== undefined)
    out.location = raw.prefecture !== undefined ? { country: raw.country, prefecture: raw.prefecture } : { country: raw.country };
  return out;
}

function publishAnswers(raw: Readonly<Record<string, RawAnswer>>, ids: readonly string[], asOf: IsoDate): Record<string, PublishedAnswer> {
  const out: Record<string, PublishedAnswer> = {};
  for (const id of ids) out[id] = publishAnswer(raw[id], asOf);
  return out;
}

function recordedText(text: string | undefined): PublishedAnswer {
  return text === undefined || text.trim() === '' ? UNANSWERED : { state: 'answered', content: trimBlockEnd(text) };
}

function publishEvent(e: RawEvent, index: number, s: StoredService, asOf: IsoDate): PublishedEvent {
  const out: PublishedEvent = { type: e.type, date: e.date };
  if (e.note !== undefined) out.note = e.note;
  if (e.type === '改善要請') out.summary = e.summary;
  if (e.type === '認定取消し') out.ground = `${e.ground}. ${REVOCATION_GROUNDS[e.ground]}`;
  if (e.type === '効力喪失') out.ground = e.ground;
  if ((e.type === '変更届出' || e.type === '更新認定') && e.changes) {
    out.changes = e.changes.map((c) => {
      const rawCurrent = c.dataCentre ? s.dataCentres.find((d) => d.id === c.dataCentre)?.answers[c.item] : s.answers[c.item];
      const current = publishAnswer(rawCurrent, asOf);
      // The item's history shares the fate of its answer: while the answer is
      // withheld, neither the old nor the new text of any change to it shows.
      const withheld = current.state === 'withheld';
      const next = nextChange(s.events, index, c);
      const change: PublishedChange = {
        item: c.item,
        previous: withheld ? WITHHELD : recordedText(c.previous),
        current: withheld ? WITHHELD : next ? recordedText(next.previous) : current,
      };
      if (c.dataCentre !== undefined) change.dataCentre = c.dataCentre;
      return change;
    });
  }
  return out;
}

/**
 * The published view of one service on `asOf`, or null when it was not yet
 * certified on that date (a record prepared ahead is not published early).
 */
export function publishService(s: StoredService, template: FormTemplate, asOf: IsoDate): PublishedService | null {
  const events = s.events.filter((e) => e.date <= asOf);
  const state = stateOn(events, asOf);
  if (!state) return null;

  const mainIds = template.rows.filter((r) => !r.perDataCentre).map((r) => r.id);
  const dcIds = template.rows.filter((r) => r.perDataCentre).map((r) => r.id);
  const answers = publishAnswers(s.answers, mainIds, asOf);

  const lifecycle: PublishedLifecycle = {
    status: state.status,
    firstCertified: state.firstCertified,
    periodStart: state.period.start,
    periodEnd: state.period.end,
  };
  if (state.ended) lifecycle.ended = { type: state.ended.type, date: state.ended.date };
  if (state.renewalApplied) lifecycle.renewalApplied = state.renewalApplied.date;

  const out: PublishedService = {
    id: s.certificationNumber.toLowerCase(),
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    serviceSummary: s.serviceSummary,
    providerName: s.providerName,
    category: s.category,
    serviceSite: s.serviceSite,
    templateVersion: s.templateVersion,
    answers,
    dataCentres: s.dataCentres.map((dc) => ({ id: dc.id, label: dc.label, answers: publishAnswers(dc.answers, dcIds, asOf) })),
    events: events.map((e) => publishEvent(e, s.events.indexOf(e), s, asOf)),
    lifecycle,
  };
  if (s.supplyForm) out.supplyForm = { kind: s.supplyForm.kind, description: s.supplyForm.description };
  const date = answers['disclosure-date'];
  if (date?.state === 'answered') out.disclosureDate = date.content;
  return out;
}
