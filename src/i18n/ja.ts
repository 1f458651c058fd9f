/**
 * The Japanese vocabulary. Statuses and event types are written in Japanese
 * in the rules themselves, and the revocation grounds in the data schema, so
 * they are their own labels here; nothing is retyped.
 */
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { EVENT_TYPES, STATUSES, type EventType, type Status } from '../rules/lifecycle.ts';
import { REVOCATION_GROUNDS } from '../data/service-record.ts';
import { DURATION_UNITS } from '../rules/typed-value.ts';
import type { Vocabulary } from './vocabulary.ts';

const itself = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>;

export const ja: Vocabulary = {
  languageName: '日本語',
  switchTo: '日本語',
  status: itself<Status>(STATUSES),
  event: itself<EventType>(EVENT_TYPES),
  ground: REVOCATION_GROUNDS,
  answer: { withheld: '公表留保中', unanswered: '記載なし' },
  practice: { implemented: '実施あり', notImplemented: '実施なし' },
  durationUnit: itself(Object.keys(DURATION_UNITS)),
  formatDate: formatJapaneseDate,
};
