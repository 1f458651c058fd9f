/**
 * The two typed values the list filters by (稼働率の設定値 and 第三者認証),
 * read from the published answers: nothing for a withheld or unanswered
 * answer, or one without a declared value.
 */
import type { PublishedService } from './publication.ts';

export const UPTIME_ROW = 'availability-target';
export const CERTIFICATIONS_ROW = 'third-party-certifications';
/** Thresholds offered by the list's 稼働率 filter. */
export const UPTIME_THRESHOLDS = ['99.9', '99.95', '99.99'] as const;

export function uptimeOf(s: PublishedService): number | undefined {
  const a = s.answers[UPTIME_ROW];
  const v = a?.state === 'answered' ? a.values?.[0] : undefined;
  return v && 'number' in v ? v.number : undefined;
}

export function certificationsOf(s: PublishedService): string[] {
  const a = s.answers[CERTIFICATIONS_ROW];
  const v = a?.state === 'answered' ? a.values?.[0] : undefined;
  return v?.type === 'choices' ? v.choices : [];
}
