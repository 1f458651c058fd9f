/**
 * The life of a certification on a given date (overview §8, §9, §11).
 *
 * - A period runs two years from its start, ending the day before the second
 *   anniversary (§8ア). The first period starts on the 認定日. The overview
 *   does not say where a renewed period starts, so a 更新認定 carries the
 *   start printed on the certificate (`periodStart`) and nothing is guessed.
 * - A renewal applied for from 60 to 30 days before the period's last day keeps
 *   the certification in force after that day until the decision (§9(1)イ);
 *   an application outside that window does not.
 * - A renewal can end without one: 更新非認定 (refused) or 更新申請取下げ
 *   (withdrawn). The certification then ends on the later of that date and the
 *   period's last day, and the record is closed (a new 認定 needs a new number).
 * - サービス終了 (§9(3)), 認定取消し (§11(4)) and 効力喪失 (§11(3)) end it for good.
 */
import { addDays, lastDayOfYears, type IsoDate } from './calendar-date.ts';
import type { Status } from './status.ts';

export const EVENT_TYPES = [
  '認定',
  '変更届出',
  '更新申請',
  '更新認定',
  '更新非認定',
  '更新申請取下げ',
  '改善要請',
  'サービス終了',
  '認定取消し',
  '効力喪失',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Outcomes of a renewal application other than a renewal. */
export const RENEWAL_OUTCOMES = ['更新非認定', '更新申請取下げ'] as const;
export type RenewalOutcome = (typeof RENEWAL_OUTCOMES)[number];

export const TERMINAL_EVENTS = ['サービス終了', '認定取消し', '効力喪失'] as const;
export type TerminalEvent = (typeof TERMINAL_EVENTS)[number];

export { STATUSES, VALID_STATUSES, isValidStatus, type Status } from './status.ts';

export const VALIDITY_YEARS = 2;
export const RENEWAL_WINDOW = { earliestDaysBefore: 60, latestDaysBefore: 30 } as const;

export interface LifecycleEvent {
  type: EventType;
  date: IsoDate;
  /** 更新認定 only: the first day of the new period, as on the certificate. */
  periodStart?: IsoDate | undefined;
}

export interface Period {
  start: IsoDate;
  end: IsoDate;
}

export interface LifecycleState {
  status: Status;
  /** 初回の認定日 (the date in the 認定番号's YYMM). */
  firstCertified: IsoDate;
  /** The period of the latest 認定 or 更新認定 on or before the date. */
  period: Period;
  /** The terminal event in force, if any. */
  ended?: { type: TerminalEvent; date: IsoDate };
  /** A renewal applied for in the current period and not yet decided. */
  renewalApplied?: { date: IsoDate; inWindow: boolean };
  /**
   * A renewal application that ended without a renewal. Before the period's
   * last day the certification stays in force to that day; while 更新手続中 it
   * ends on the outcome's date.
   */
  renewalOutcome?: { type: RenewalOutcome; date: IsoDate };
}

export function periodFrom(start: IsoDate): Period {
  return { start, end: lastDayOfYears(start, VALIDITY_YEARS) };
}

/** The days on which a renewal application keeps the certification in force. */
export function renewalWindow(period: Period): { from: IsoDate; to: IsoDate } {
  return {
    from: addDays(period.end, -RENEWAL_WINDOW.earliestDaysBefore),
    to: addDays(period.end, -RENEWAL_WINDOW.latestDaysBefore),
  };
}

export function isRenewalOutcome(type: EventType): type is RenewalOutcome {
  return (RENEWAL_OUTCOMES as readonly string[]).includes(type);
}

export function isTerminal(type: EventType): type is TerminalEvent {
  return (TERMINAL_EVENTS as readonly string[]).includes(type);
}

/**
 * State on `asOf`, counting only events dated on or before it. Returns null
 * when the service was not yet certified on that date (it is not published).
 * Events must already be in date order (the validator checks that).
 */
export function stateOn(events: readonly LifecycleEvent[], asOf: IsoDate): LifecycleState | null {
  const known = events.filter((e) => e.date <= asOf);
  const first = known.find((e) => e.type === '認定');
  if (!first) return null;

  let period = periodFrom(first.date);
  let renewalApplied: LifecycleState['renewalApplied'];
  let renewalOutcome: LifecycleState['renewalOutcome'];
  let ended: LifecycleState['ended'];
  for (const e of known) {
    if (e.type === '更新認定') {
      // The validator requires periodStart; the decision date stands in only for records it has not checked.
      period = periodFrom(e.periodStart ?? e.date);
      renewalApplied = undefined;
      renewalOutcome = undefined;
    } else if (e.type === '更新申請') {
      const w = renewalWindow(period);
      renewalApplied = { date: e.date, inWindow: e.date >= w.from && e.date <= w.to };
    } else if (isRenewalOutcome(e.type) && !renewalOutcome) {
      renewalOutcome = { type: e.type, date: e.date };
      renewalApplied = undefined;
    } else if (isTerminal(e.type) && !ended) {
      ended = { type: e.type, date: e.date };
    }
  }

  const base = { firstCertified: first.date, period, ...(renewalOutcome ? { renewalOutcome } : {}) };
  const withRenewal = renewalApplied ? { renewalApplied } : {};
  if (ended) return { ...base, ...withRenewal, status: ended.type, ended };
  if (asOf <= period.end) return { ...base, ...withRenewal, status: '有効' };
  if (renewalApplied?.inWindow) return { ...base, renewalApplied, status: '更新手続中' };
  return { ...base, ...withRenewal, status: '期限切れ' };
}
