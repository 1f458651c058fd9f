/**
 * The status rule of src/rules/lifecycle.ts (stateOn) reduced to what a page
 * built on one day needs to re-judge its certification on a later day, with
 * no event after the build known: a terminal event stays; otherwise the
 * certification is valid to the period's last day, then 更新手続中 if a
 * renewal was applied for inside the window (§9(1)イ), else 期限切れ.
 * It ships to browsers, so it imports no values. test/unit/live-status.test.ts
 * checks it against stateOn.
 */
import type { Status } from '../rules/status.ts';

export interface LiveStatusData {
  /** Last day of the current period (YYYY-MM-DD). */
  end: string;
  /** A renewal was applied for inside the window and is not yet decided. */
  renewal: boolean;
  /** The terminal event in force (サービス終了, 認定取消し, 効力喪失), or ''. */
  ended: string;
}

export function liveStatusOn(d: LiveStatusData, today: string): Status {
  // A terminal event's name is also the status it leaves (TERMINAL_EVENTS in lifecycle.ts); the page carries it as text.
  return (d.ended as Status) || (today <= d.end ? '有効' : d.renewal ? '更新手続中' : '期限切れ');
}
