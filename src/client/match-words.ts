/**
 * The words <match-finder>'s script writes, as the page gives them in the
 * form's `data-words` (JSON): English from src/i18n/en.ts on /en/match/,
 * Japanese from the component on /match/. They travel in the page rather than
 * in the script so the matcher's bundle carries neither language (its script
 * budget, test/dist/script-budget.test.ts). `{name}` in a text is filled in by
 * {@link fill}. Nothing here is what a provider wrote: quoted values, service,
 * provider and place names are shown as written, marked lang="ja" on the
 * English page.
 */
import type { UnknownReason } from '../lib/match-rule.ts';

export interface MatchWords {
  prompt: string;
  searching: string;
  /** {n} conditions, {all} services meeting them, of {certified}; `summaryOne` when there is one condition. */
  summary: string;
  summaryOne: string;
  /** The compare link when every matching service fits the comparison, and when only the first {shown} do. */
  compareAll: string;
  compareSome: string;
  /** After the provider's name: {n} is the 認定番号. */
  number: string;
  meetsAll: string;
  /** {met} of {n} conditions. */
  meetsSome: string;
  met: string;
  missed: string;
  /** {reason} is one of `reason`. */
  unknown: string;
  reason: Record<UnknownReason, string>;
  atLeast: string;
  atMost: string;
  /** Join the chosen choices of a condition. */
  or: string;
  and: string;
  practiceDone: string;
  practiceNotDone: string;
  places: string;
  noPlaces: string;
  /** Before a quoted answer, and the marks around it. */
  quote: string;
  open: string;
  close: string;
  /** Join the chosen places of a condition, and a service's places in a quote. */
  placeAnd: string;
  placeJoin: string;
  /** Between a number and its unit (none in Japanese: 「99.95%」, a space in English: "5 yen"). */
  unitSpace: string;
}

/** `fill('{met} of {n}', { met: 2, n: 3 })` → "2 of 3". */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/gu, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
