/**
 * The statuses a certification can be in and which of them keep it in force
 * (overview §8, §9, §11). A module of its own, importing nothing, because
 * browser code (the live status, /verify/, the list's 認定中 filter) judges
 * "in force" by this same rule and should load only this, not the lifecycle
 * calculation in lifecycle.ts, which re-exports everything here.
 */

export const STATUSES = ['有効', '更新手続中', '期限切れ', 'サービス終了', '認定取消し', '効力喪失'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses under which the certification (and the mark) may be used. */
export const VALID_STATUSES: readonly Status[] = ['有効', '更新手続中'];

/**
 * Whether a certification in this status is in force (有効・更新手続中). Takes
 * any string because browser code reads the status back from the page
 * (data-status) and must judge it by this same rule.
 */
export function isValidStatus(status: string): boolean {
  return (VALID_STATUSES as readonly string[]).includes(status);
}
