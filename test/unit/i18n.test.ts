/**
 * The English vocabulary (src/i18n): every status, event type, revocation
 * ground and answer state the Japanese rules know has an English entry, so
 * adding one to the rules without English fails here (as well as in the type
 * check); English dates are "1 December 2026" for every real day; and a page's
 * address in the other language is its twin.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, formatJapaneseDate, isIsoDate } from '../../src/rules/calendar-date.ts';
import { EVENT_TYPES, STATUSES } from '../../src/rules/lifecycle.ts';
import { REVOCATION_GROUNDS, type RawAnswer } from '../../src/data/service-record.ts';
import { publishAnswer } from '../../src/lib/publication.ts';
import { DURATION_UNITS } from '../../src/rules/typed-value.ts';
import { ENGLISH_MONTHS, formatEnglishDate } from '../../src/i18n/date.ts';
import { enPages } from '../../src/i18n/en.ts';
import { LOCALES, localeOfPath, localePath, t } from '../../src/i18n/locale.ts';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
const isoDateArb = fc.integer({ min: 0, max: 84_005 }).map((n) => addDays('1970-01-01', n));

/** Every state publishAnswer can give an answer, found by publishing one of each kind of raw answer. */
function answerStates(): string[] {
  const raws: (RawAnswer | undefined)[] = [
    undefined,
    { content: 'あり' } as RawAnswer,
    { content: 'あり', withhold: { through: '2099-12-31' } } as RawAnswer,
  ];
  return [...new Set(raws.map((r) => publishAnswer(r, '2026-11-26').state))];
}

describe('English vocabulary covers the rules', () => {
  const english = t('en');

  test('every status, event type and revocation ground has an English label', () => {
    for (const s of STATUSES) expect(english.status[s], s).toMatch(/^[^\u3040-\u9fff]+$/);
    for (const e of EVENT_TYPES) expect(english.event[e], e).toMatch(/^[^\u3040-\u9fff]+$/);
    expect(Object.keys(english.status).sort()).toEqual([...STATUSES].sort());
    expect(Object.keys(english.event).sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(english.ground)).toEqual(Object.keys(REVOCATION_GROUNDS));
    for (const text of Object.values(english.ground)) expect(text).not.toMatch(JAPANESE);
  });

  test('distinct Japanese labels stay distinct in English', () => {
    expect(new Set(Object.values(english.status)).size).toBe(STATUSES.length);
    expect(new Set(Object.values(english.event)).size).toBe(EVENT_TYPES.length);
    expect(new Set(Object.values(english.ground)).size).toBe(Object.keys(REVOCATION_GROUNDS).length);
  });

  test('every answer state without text has a label in both languages, and none carries a date', () => {
    const states = answerStates();
    expect(states.sort()).toEqual(['answered', 'unanswered', 'withheld']);
    for (const state of states.filter((s) => s !== 'answered')) {
      for (const locale of LOCALES) {
        const label = t(locale).answer[state as 'withheld' | 'unanswered'];
        expect(label, `${locale} ${state}`).toBeTruthy();
        // The day a withholding ends is not published (it would announce when the answer appears).
        expect(label).not.toMatch(/\d/);
      }
    }
    expect(english.answer.withheld).toMatch(/^Withheld until /);
    expect(english.answer.unanswered).toBe('Not answered');
    expect(t('ja').answer).toEqual({ withheld: '公表留保中', unanswered: '記載なし' });
    expect(t('ja').practice).toEqual({ implemented: '実施あり', notImplemented: '実施なし' });
  });

  test('every duration unit answers are read in has an English name', () => {
    expect(Object.keys(english.durationUnit).sort()).toEqual(Object.keys(DURATION_UNITS).sort());
    for (const [unit, name] of Object.entries(english.durationUnit)) expect(name, unit).toMatch(/^[a-z ]+$/);
    expect(Object.keys(t('ja').durationUnit).sort()).toEqual(Object.keys(DURATION_UNITS).sort());
  });

  test('the Japanese vocabulary is the rules themselves', () => {
    for (const s of STATUSES) expect(t('ja').status[s]).toBe(s);
    for (const e of EVENT_TYPES) expect(t('ja').event[e]).toBe(e);
    expect(t('ja').ground).toBe(REVOCATION_GROUNDS);
  });

  test('English page texts hold no Japanese', () => {
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (typeof v === 'function') walk((v as (...a: unknown[]) => unknown)('IP0001-1212', 'x'));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(enPages);
    expect(texts.length).toBeGreaterThan(30);
    for (const text of texts) expect(text).not.toMatch(JAPANESE);
  });
});

describe('English dates', () => {
  test('examples', () => {
    expect(formatEnglishDate('2026-12-01')).toBe('1 December 2026');
    expect(formatEnglishDate('2024-02-29')).toBe('29 February 2024');
    expect(t('en').formatDate('2013-02-14')).toBe('14 February 2013');
    expect(t('ja').formatDate('2013-02-14')).toBe('2013年2月14日');
  });

  test('every day reads back as the same day, and says what the Japanese date says', () => {
    fc.assert(
      fc.property(isoDateArb, (iso) => {
        const text = formatEnglishDate(iso);
        const m = /^([1-9]\d?) ([A-Z][a-z]+) (\d{4})$/.exec(text);
        expect(m, text).not.toBeNull();
        const month = ENGLISH_MONTHS.indexOf(m![2] as (typeof ENGLISH_MONTHS)[number]) + 1;
        expect(month).toBeGreaterThan(0);
        expect(`${m![3]}-${String(month).padStart(2, '0')}-${m![1]!.padStart(2, '0')}`).toBe(iso);
        expect(formatJapaneseDate(iso)).toBe(`${m![3]}年${month}月${m![1]}日`);
      }),
    );
  });

  test('later days never read the same as earlier ones', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: 1, max: 3000 }), (d, n) => {
        expect(formatEnglishDate(addDays(d, n))).not.toBe(formatEnglishDate(d));
      }),
    );
  });

  test('a string that is not a real day is refused, not formatted', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (isIsoDate(s)) return;
        expect(() => formatEnglishDate(s)).toThrow(RangeError);
      }),
    );
    expect(() => formatEnglishDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('the other language of a page', () => {
  test('Japanese at the root, English under /en/, each the twin of the other', () => {
    expect(localePath('/about/fees/', 'en')).toBe('/en/about/fees/');
    expect(localePath('/en/about/fees/', 'ja')).toBe('/about/fees/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/en/', 'ja')).toBe('/');
    expect(localeOfPath('/en/about/')).toBe('en');
    expect(localeOfPath('/entries/')).toBe('ja');
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { maxLength: 4 }), (parts) => {
        const ja = `/${parts.map((p) => `${p}/`).join('')}`;
        fc.pre(localeOfPath(ja) === 'ja');
        const enPath = localePath(ja, 'en');
        expect(localeOfPath(enPath)).toBe('en');
        expect(localePath(enPath, 'ja')).toBe(ja);
        expect(localePath(enPath, 'en')).toBe(enPath);
      }),
    );
  });
});
