/**
 * What <match-finder>'s script writes, in each language of the page it runs
 * on (/match/ and /en/match/). The page's own words are in the page (English
 * ones in src/i18n/en.ts); these are only the ones the script builds at run
 * time. They live here rather than in src/i18n/ so the matcher's bundle holds
 * these few lines and not the whole English vocabulary. Imports nothing.
 *
 * What a provider wrote (a quoted value, a service, provider or place name) is
 * never among them: the script shows it as written, marked lang="ja" on the
 * English page.
 */
import type { Verdict } from '../lib/match-rule.ts';

type Reason = Extract<Verdict, { outcome: 'unknown' }>['reason'];

export interface MatchWords {
  prompt: string;
  searching: string;
  summary: (conditions: number, all: number, certified: number) => string;
  compare: (shown: number, all: number) => string;
  number: (certificationNumber: string) => string;
  meetsAll: string;
  meetsSome: (met: number, conditions: number) => string;
  met: string;
  missed: string;
  unknown: (reason: string) => string;
  reason: Record<Reason, string>;
  atLeast: string;
  atMost: string;
  /** Joins the chosen choices of a condition. */
  or: string;
  and: string;
  practiceDone: string;
  practiceNotDone: string;
  places: string;
  noPlaces: string;
  /** Before a quoted answer. */
  quote: string;
  /** The quote marks around a quoted answer. */
  open: string;
  close: string;
  /** Joins the chosen places of a condition, and the places of a service in a quote. */
  placeAnd: string;
  placeJoin: string;
}

export const MATCH_WORDS: Record<'ja' | 'en', MatchWords> = {
  ja: {
    prompt: '条件を選んで「この条件で探す」を押してください。',
    searching: '探しています…',
    summary: (n, all, certified) =>
      `${n} つの条件をすべて満たすサービスは ${all} 件です（認定が有効な ${certified} 件中）。`,
    compare: (shown, all) => `条件を満たす${shown === all ? '' : `上位${shown}件の`}サービスを比較する`,
    number: (n) => `（認定番号 ${n}）`,
    meetsAll: 'すべての条件を満たしています',
    meetsSome: (met, n) => `${n} 条件中 ${met} 条件を満たしています`,
    met: '満たす',
    missed: '満たさない',
    unknown: (reason) => `判断できません（${reason}）`,
    reason: { withheld: '公表留保中', unanswered: '記載なし', noValue: '値の記載なし' },
    atLeast: '以上',
    atMost: '以下',
    or: ' または ',
    and: ' と ',
    practiceDone: '実施あり',
    practiceNotDone: '実施なし',
    places: 'データセンターの所在地',
    noPlaces: '公開されている所在地なし',
    quote: ' — 申請内容: ',
    open: '「',
    close: '」',
    placeAnd: '・',
    placeJoin: '、',
  },
  en: {
    prompt: 'Choose your requirements and press "Search with these requirements".',
    searching: 'Searching…',
    summary: (n, all, certified) =>
      `${all} of the ${certified} services with a valid certification meet ${n === 1 ? 'the requirement' : `all ${n} requirements`}.`,
    compare: (shown, all) =>
      shown === all ? 'Compare the services that meet them' : `Compare the first ${shown} services that meet them`,
    number: (n) => ` (certification number ${n})`,
    meetsAll: 'Meets every requirement',
    meetsSome: (met, n) => `Meets ${met} of ${n} requirements`,
    met: 'Meets',
    missed: 'Does not meet',
    unknown: (reason) => `Cannot be judged (${reason})`,
    reason: { withheld: 'withheld until a later date', unanswered: 'not answered', noValue: 'no value stated' },
    atLeast: ' or more',
    atMost: ' or less',
    or: ' or ',
    and: ' and ',
    practiceDone: 'Implemented',
    practiceNotDone: 'Not implemented',
    places: 'Data-centre locations',
    noPlaces: 'no published location',
    quote: ' — Application content: ',
    open: '“',
    close: '”',
    placeAnd: ', ',
    placeJoin: ', ',
  },
};
