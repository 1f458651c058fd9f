/**
 * The matcher's decision for each kind of condition: met, missed, or cannot
 * be judged (withheld, unanswered, no declared value); and the URL form of
 * conditions, which a shared link must reproduce exactly.
 */
import { describe, expect, test } from 'vitest';
import {
  conditionsFromParams,
  judge,
  matchServices,
  paramsFromConditions,
  parseThreshold,
  type Condition,
  type FieldInfo,
  type MatchEntry,
} from '../../src/lib/match-rule.ts';

const FIELDS: FieldInfo[] = [
  { field: 'availability-target', label: '稼働率', type: 'number', op: 'gte', unit: '%' },
  { field: 'incident-notice', label: '通知', type: 'duration', op: 'lte' },
  { field: 'support-hours', label: '受付時間', type: 'choice' },
  { field: 'third-party-certifications', label: '認証', type: 'choices' },
];

const entry = (over: Partial<MatchEntry> = {}): MatchEntry => ({
  n: 'IP0001-1302',
  s: 'A',
  p: 'P',
  v: {
    'availability-target': 99.95,
    'incident-notice': 30,
    'support-hours': ['24時間365日'],
    'third-party-certifications': ['ISO/IEC 27001', 'プライバシーマーク'],
  },
  t: { 'availability-target': '99.95%', 'incident-notice': '30分' },
  i: { backup: 1, 'intrusion-detection': 0 },
  w: ['sales'],
  u: ['availability-actual'],
  d: ['東京都', '大阪府'],
  ...over,
});

describe('judge', () => {
  test('a threshold: met at the boundary, missed below, with the declared value quoted', () => {
    expect(
      judge(entry(), { kind: 'number', field: 'availability-target', op: 'gte', value: 99.95, written: '99.95' }),
    ).toEqual({
      outcome: 'met',
      quote: '99.95%',
    });
    expect(
      judge(entry(), { kind: 'number', field: 'availability-target', op: 'gte', value: 99.99, written: '99.99' })
        .outcome,
    ).toBe('missed');
  });
  test('a lower-is-better duration: 30分 meets 1時間以内, not 15分以内', () => {
    expect(
      judge(entry(), { kind: 'number', field: 'incident-notice', op: 'lte', value: 60, written: '1時間' }).outcome,
    ).toBe('met');
    expect(
      judge(entry(), { kind: 'number', field: 'incident-notice', op: 'lte', value: 15, written: '15分' }).outcome,
    ).toBe('missed');
  });
  test('cannot judge: withheld, unanswered, or no declared value — each says why', () => {
    expect(judge(entry(), { kind: 'number', field: 'sales', op: 'gte', value: 1, written: '1' })).toEqual({
      outcome: 'unknown',
      reason: 'withheld',
    });
    expect(judge(entry(), { kind: 'number', field: 'availability-actual', op: 'gte', value: 1, written: '1' })).toEqual(
      {
        outcome: 'unknown',
        reason: 'unanswered',
      },
    );
    expect(judge(entry(), { kind: 'number', field: 'capital', op: 'gte', value: 1, written: '1' })).toEqual({
      outcome: 'unknown',
      reason: 'noValue',
    });
  });
  test('a choice: any of the chosen; choices: all of the chosen', () => {
    expect(
      judge(entry(), { kind: 'choice', field: 'support-hours', anyOf: ['24時間365日', '障害のみ24時間365日'] }).outcome,
    ).toBe('met');
    expect(judge(entry(), { kind: 'choice', field: 'support-hours', anyOf: ['営業時間内のみ'] }).outcome).toBe(
      'missed',
    );
    expect(
      judge(entry(), { kind: 'choices', field: 'third-party-certifications', allOf: ['ISO/IEC 27001'] }).outcome,
    ).toBe('met');
    expect(
      judge(entry(), { kind: 'choices', field: 'third-party-certifications', allOf: ['ISO/IEC 27001', 'SOC 2'] })
        .outcome,
    ).toBe('missed');
  });
  test('実施有無: 実施あり meets, 実施なし misses, no answer cannot be judged', () => {
    expect(judge(entry(), { kind: 'practice', row: 'backup' }).outcome).toBe('met');
    expect(judge(entry(), { kind: 'practice', row: 'intrusion-detection' }).outcome).toBe('missed');
    expect(judge(entry({ i: {}, u: ['firewall'] }), { kind: 'practice', row: 'firewall' })).toEqual({
      outcome: 'unknown',
      reason: 'unanswered',
    });
  });
  test('places: every chosen place must have a published data centre', () => {
    expect(judge(entry(), { kind: 'places', allOf: ['東京都', '大阪府'] }).outcome).toBe('met');
    expect(judge(entry(), { kind: 'places', allOf: ['東京都', '福岡県'] }).outcome).toBe('missed');
  });
});

describe('matchServices', () => {
  test('services meeting every condition first, then by conditions met, then 認定番号', () => {
    const a = entry({ n: 'IP0003-1409', v: { 'availability-target': 99.9 }, d: [] });
    const b = entry({ n: 'IP0002-1406' });
    const c = entry({ n: 'IP0001-1302', d: [] });
    const conditions: Condition[] = [
      { kind: 'number', field: 'availability-target', op: 'gte', value: 99.95, written: '99.95' },
      { kind: 'places', allOf: ['大阪府'] },
    ];
    expect(matchServices([a, b, c], conditions).map((r) => [r.entry.n, r.met])).toEqual([
      ['IP0002-1406', 2],
      ['IP0001-1302', 1],
      ['IP0003-1409', 0],
    ]);
  });
});

describe('conditions in the URL', () => {
  test('read from the form’s GET query (repeated or comma-joined), empty fields ignored', () => {
    const params = new URLSearchParams(
      'availability-target=99.95&incident-notice=1時間&support-hours=24時間365日&third-party-certifications=ISO/IEC 27001&practice=backup&practice=firewall&dc=東京都,大阪府&capital=',
    );
    expect(conditionsFromParams(params, FIELDS)).toEqual([
      { kind: 'number', field: 'availability-target', op: 'gte', value: 99.95, written: '99.95' },
      { kind: 'number', field: 'incident-notice', op: 'lte', value: 60, written: '1時間' },
      { kind: 'choice', field: 'support-hours', anyOf: ['24時間365日'] },
      { kind: 'choices', field: 'third-party-certifications', allOf: ['ISO/IEC 27001'] },
      { kind: 'practice', row: 'backup' },
      { kind: 'practice', row: 'firewall' },
      { kind: 'places', allOf: ['東京都', '大阪府'] },
    ]);
  });
  test('written back in a stable form that reads the same conditions', () => {
    const params = new URLSearchParams('dc=大阪府&practice=backup&availability-target=99.95');
    const conditions = conditionsFromParams(params, FIELDS);
    const again = paramsFromConditions(conditions);
    expect(again.toString()).toBe(`availability-target=99.95&practice=backup&dc=${encodeURIComponent('大阪府')}`);
    expect(conditionsFromParams(again, FIELDS)).toEqual(conditions);
  });
  test('thresholds: full-width digits, units, and unreadable input', () => {
    expect(parseThreshold('９９．９５', false)).toBe(99.95);
    expect(parseThreshold('99.95%', false)).toBe(99.95);
    expect(parseThreshold('2時間', true)).toBe(120);
    expect(parseThreshold('30', true)).toBe(30);
    expect(parseThreshold('すぐ', true)).toBeNull();
    // The English matcher's units (/en/match/), in any case and spacing.
    expect(parseThreshold('30 minutes', true)).toBe(30);
    expect(parseThreshold('2 Hours', true)).toBe(120);
    expect(parseThreshold('1 hour', true)).toBe(60);
    expect(parseThreshold('14 days', true)).toBe(14 * 1440);
    expect(parseThreshold('3 business days', true)).toBe(3 * 1440);
    expect(parseThreshold('30 fortnights', true)).toBeNull();
    expect(conditionsFromParams(new URLSearchParams('availability-target=高い'), FIELDS)).toEqual([]);
  });
});
