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
import {
  REVOCATION_GROUNDS,
  type FaceSheetField,
  type RawAnswer,
  type RawChange,
  type RawEvent,
  type SupplyForm,
} from '../data/service-record.ts';
import { changeSubject, findDataCentre, nextChange } from '../data/change-history.ts';
import { flattenTemplate, type FormRow, type FormTemplate } from '../data/form-b-template.ts';
import { resolveContentDir } from '../data/content-dir.ts';
import { loadCatalogue } from '../data/load-catalogue.ts';
import { loadSiteProfile, type SiteProfile } from '../data/site-profile.ts';
import { readTypedValue, type TypedValue, type ValueSpec } from '../rules/typed-value.ts';
import { toStored, type StoredDataCentre, type StoredService } from '../data/stored-service.ts';

export type PublishedAnswer =
  | {
      state: 'answered';
      /** 申請内容 exactly as written (only the YAML block's final line break is dropped). */
      content: string;
      /** 実施有無, for practice rows. */
      implemented?: boolean;
      /** Structured place, for the data-centre location row. */
      location?: { country: string; prefecture?: string };
      /** Typed values the secretariat declared and the check held to the text (never on a withheld answer). */
      values?: TypedValue[];
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

/** A change to the face sheet (表紙): its fields are always public, so both values show. */
export interface PublishedFieldChange {
  field: FaceSheetField;
  /** The value before; null when there was none (提供形態 only). 提供形態 as 「OEM：説明」. */
  previous: string | null;
  current: string | null;
}

export interface PublishedEvent {
  type: EventType;
  date: IsoDate;
  note?: string;
  summary?: string;
  ground?: string;
  /** 更新認定: the first day of the new period, as on the certificate. */
  periodStart?: IsoDate;
  changes?: PublishedChange[];
  fieldChanges?: PublishedFieldChange[];
  /** Ids of the data centres the change added or removed (see PublishedService.dataCentres / removedDataCentres). */
  dataCentresAdded?: string[];
  dataCentresRemoved?: string[];
}

export interface PublishedLifecycle {
  status: Status;
  firstCertified: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  ended?: { type: EventType; date: IsoDate };
  renewalApplied?: IsoDate;
  /** A renewal application that ended without a renewal (更新非認定, 更新申請取下げ). */
  renewalOutcome?: { type: EventType; date: IsoDate };
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
  /** Centres removed by a change on or before the publication date, with their last answers (withholding still applies). */
  removedDataCentres: PublishedDataCentre[];
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

export function publishAnswer(
  raw: RawAnswer | undefined,
  asOf: IsoDate,
  specs: readonly ValueSpec[] = [],
): PublishedAnswer {
  if (!raw) return UNANSWERED;
  const hasContent = raw.content !== undefined && raw.content.trim() !== '';
  if (!hasContent && raw.implemented === undefined) return UNANSWERED;
  if (isWithheld(raw.withhold, asOf)) return WITHHELD;
  const out: PublishedAnswer = { state: 'answered', content: hasContent ? trimBlockEnd(raw.content!) : '' };
  if (raw.implemented !== undefined) out.implemented = raw.implemented;
  if (raw.country !== undefined)
    out.location =
      raw.prefecture !== undefined ? { country: raw.country, prefecture: raw.prefecture } : { country: raw.country };
  const values = typedValues(raw, specs);
  if (values.length) out.values = values;
  return out;
}

function typedValues(raw: RawAnswer, specs: readonly ValueSpec[]): TypedValue[] {
  if (raw.value === undefined || specs.length === 0) return [];
  const written = raw.value;
  const out: TypedValue[] = [];
  for (const spec of specs) {
    const one =
      typeof written === 'object' && !Array.isArray(written)
        ? written[spec.key]
        : specs.length === 1
          ? written
          : undefined;
    if (one === undefined) continue;
    const r = readTypedValue(spec, one, raw.content ?? '');
    if (r.ok) out.push(r.value);
  }
  return out;
}

function publishAnswers(
  raw: Readonly<Record<string, RawAnswer>>,
  rows: readonly FormRow[],
  asOf: IsoDate,
): Record<string, PublishedAnswer> {
  const out: Record<string, PublishedAnswer> = {};
  for (const row of rows) out[row.id] = publishAnswer(raw[row.id], asOf, row.values);
  return out;
}

function recordedText(text: string | SupplyForm | undefined): PublishedAnswer {
  return typeof text !== 'string' || text.trim() === ''
    ? UNANSWERED
    : { state: 'answered', content: trimBlockEnd(text) };
}

/** 提供形態 as one line of text, for the history and the feed. */
export function supplyFormText(f: SupplyForm | undefined): string | null {
  return f ? `${f.kind}：${f.description}` : null;
}

function fieldValue(field: FaceSheetField, v: string | SupplyForm | undefined): string | null {
  if (field === 'supplyForm') return typeof v === 'object' ? supplyFormText(v) : null;
  return typeof v === 'string' ? trimBlockEnd(v) : null;
}

function publishItemChange(
  c: RawChange & { item: string },
  index: number,
  s: StoredService,
  asOf: IsoDate,
): PublishedChange {
  const centre = c.dataCentre ? findDataCentre(s, c.dataCentre) : undefined;
  const rawCurrent = c.dataCentre ? centre?.answers[c.item] : s.answers[c.item];
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
}

function publishEvent(e: RawEvent, index: number, s: StoredService, asOf: IsoDate): PublishedEvent {
  const out: PublishedEvent = { type: e.type, date: e.date };
  if (e.note !== undefined) out.note = e.note;
  if (e.type === '改善要請') out.summary = e.summary;
  if (e.type === '認定取消し') out.ground = `${e.ground}. ${REVOCATION_GROUNDS[e.ground]}`;
  if (e.type === '効力喪失') out.ground = e.ground;
  if (e.type === '更新認定' && e.periodStart !== undefined) out.periodStart = e.periodStart;
  if ((e.type === '変更届出' || e.type === '更新認定') && e.changes) {
    const changes: PublishedChange[] = [];
    const fieldChanges: PublishedFieldChange[] = [];
    const added: string[] = [];
    const removed: string[] = [];
    for (const c of e.changes) {
      const subject = changeSubject(c);
      if (subject?.kind === 'item') changes.push(publishItemChange({ ...c, item: subject.item }, index, s, asOf));
      else if (subject?.kind === 'field') {
        const next = nextChange(s.events, index, c);
        fieldChanges.push({
          field: subject.field,
          previous: fieldValue(subject.field, c.previous),
          current: fieldValue(subject.field, next ? next.previous : s[subject.field]),
        });
      } else if (subject?.kind === 'dataCentreAdded') added.push(subject.id);
      else if (subject?.kind === 'dataCentreRemoved') removed.push(subject.id);
    }
    if (changes.length) out.changes = changes;
    if (fieldChanges.length) out.fieldChanges = fieldChanges;
    if (added.length) out.dataCentresAdded = added;
    if (removed.length) out.dataCentresRemoved = removed;
  }
  return out;
}

/** The date of the change that added or removed a centre, if any. */
function centreChangeDate(
  s: StoredService,
  kind: 'dataCentreAdded' | 'dataCentreRemoved',
  id: string,
): IsoDate | undefined {
  for (const e of s.events)
    if ((e.type === '変更届出' || e.type === '更新認定') && e.changes?.some((c) => c[kind] === id)) return e.date;
  return undefined;
}

/**
 * The published view of one service on `asOf`, or null when it was not yet
 * certified on that date (a record prepared ahead is not published early).
 */
export function publishService(s: StoredService, template: FormTemplate, asOf: IsoDate): PublishedService | null {
  const events = s.events.filter((e) => e.date <= asOf);
  const state = stateOn(events, asOf);
  if (!state) return null;

  const mainRows = template.rows.filter((r) => !r.perDataCentre);
  const dcRows = template.rows.filter((r) => r.perDataCentre);
  const answers = publishAnswers(s.answers, mainRows, asOf);
  const centre = (dc: StoredDataCentre): PublishedDataCentre => ({
    id: dc.id,
    label: dc.label,
    answers: publishAnswers(dc.answers, dcRows, asOf),
  });
  // The file holds today's centres; one added or removed by a change dated after
  // the publication date is still in its earlier place on that date.
  const notYet = (date: IsoDate | undefined) => date !== undefined && date > asOf;
  const removed = s.removedDataCentres ?? [];
  const current = [
    ...s.dataCentres.filter((dc) => !notYet(centreChangeDate(s, 'dataCentreAdded', dc.id))),
    ...removed.filter((dc) => notYet(centreChangeDate(s, 'dataCentreRemoved', dc.id))),
  ];
  const gone = removed.filter((dc) => !notYet(centreChangeDate(s, 'dataCentreRemoved', dc.id)));

  const lifecycle: PublishedLifecycle = {
    status: state.status,
    firstCertified: state.firstCertified,
    periodStart: state.period.start,
    periodEnd: state.period.end,
  };
  if (state.ended) lifecycle.ended = { type: state.ended.type, date: state.ended.date };
  if (state.renewalApplied) lifecycle.renewalApplied = state.renewalApplied.date;
  if (state.renewalOutcome)
    lifecycle.renewalOutcome = { type: state.renewalOutcome.type, date: state.renewalOutcome.date };

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
    dataCentres: current.map(centre),
    removedDataCentres: gone.map(centre),
    events: events.map((e) => publishEvent(e, s.events.indexOf(e), s, asOf)),
    lifecycle,
  };
  if (s.supplyForm) out.supplyForm = { kind: s.supplyForm.kind, description: s.supplyForm.description };
  const date = answers['disclosure-date'];
  if (date?.state === 'answered') out.disclosureDate = date.content;
  return out;
}

/** Published services on `asOf` in 認定番号 order: the list every page and open-data file is made from. */
export function publishAll(stored: Iterable<StoredService>, template: FormTemplate, asOf: IsoDate): PublishedService[] {
  // One record at a time, so a lazy `stored` (storedServices) never holds every raw record at once.
  const published: PublishedService[] = [];
  for (const s of stored) {
    const p = publishService(s, template, asOf);
    if (p !== null) published.push(p);
  }
  return published.sort((a, b) => a.certificationNumber.localeCompare(b.certificationNumber));
}

/**
 * The published catalogue for a build step that runs outside Astro's runtime
 * (the open-data thread, the image warmer): its own read of the catalogue,
 * through the same boundary as the pages.
 */
export function publishedCatalogue(
  asOf: IsoDate,
  contentDir: string = resolveContentDir(),
): { asOf: IsoDate; profile: SiteProfile; template: FormTemplate; services: PublishedService[] } {
  const { template, services: read } = loadCatalogue(contentDir);
  const flat = flattenTemplate(template.source);
  const services = publishAll(
    read.map((s) => toStored(s.record)),
    flat,
    asOf,
  );
  return { asOf, profile: loadSiteProfile(contentDir), template: flat, services };
}
