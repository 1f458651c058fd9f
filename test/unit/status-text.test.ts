/** The sentences a reader acts on: one per status, with the dates that decide it. */
import { describe, expect, test } from 'vitest';
import { englishStatusSentence, expiryLabel, statusSentence } from '../../src/lib/status-text.ts';
import type { PublishedLifecycle } from '../../src/lib/publication.ts';

const base: PublishedLifecycle = {
  status: '有効',
  firstCertified: '2013-02-01',
  periodStart: '2025-02-01',
  periodEnd: '2027-01-31',
};
const at = (l: Partial<PublishedLifecycle>): PublishedLifecycle => ({ ...base, ...l });

describe('statusSentence', () => {
  test.each<[string, Partial<PublishedLifecycle>, string]>([
    ['有効', {}, '認定は有効です（有効期限 2027年1月31日）。'],
    [
      '有効, renewal applied',
      { renewalApplied: '2026-11-02' },
      '認定は有効です（有効期限 2027年1月31日）。2026年11月2日に更新申請が行われています。',
    ],
    [
      '有効, renewal refused',
      { renewalApplied: '2026-11-02', renewalOutcome: { type: '更新非認定', date: '2026-12-10' } },
      '認定は有効です（有効期限 2027年1月31日）。2026年12月10日に更新が認められなかったため、有効期限で認定は終了します。',
    ],
    [
      '有効, renewal withdrawn',
      { renewalApplied: '2026-11-02', renewalOutcome: { type: '更新申請取下げ', date: '2026-12-10' } },
      '認定は有効です（有効期限 2027年1月31日）。2026年12月10日に更新申請が取り下げられたため、有効期限で認定は終了します。',
    ],
    [
      '更新手続中',
      { status: '更新手続中', renewalApplied: '2026-11-02' },
      '有効期限（2027年1月31日）を過ぎていますが、期限内の更新申請（2026年11月2日）の審査中のため、認定の効力が続いています。',
    ],
    ['期限切れ', { status: '期限切れ' }, '認定の有効期限（2027年1月31日）を過ぎ、更新されていません。'],
    [
      '期限切れ, refused before the last day',
      { status: '期限切れ', renewalOutcome: { type: '更新非認定', date: '2027-01-10' } },
      '有効期限（2027年1月31日）を過ぎ、認定は終了しました（2027年1月10日に更新が認められなかったため）。',
    ],
    [
      '期限切れ, refused after the last day',
      { status: '期限切れ', renewalOutcome: { type: '更新非認定', date: '2027-03-01' } },
      '有効期限（2027年1月31日）を過ぎた後も更新の審査中でしたが、2027年3月1日に更新が認められなかったため、認定は終了しました。',
    ],
    [
      'サービス終了',
      { status: 'サービス終了', ended: { type: 'サービス終了', date: '2026-06-30' } },
      '2026年6月30日にサービスの提供が終了しました。',
    ],
    [
      '認定取消し',
      { status: '認定取消し', ended: { type: '認定取消し', date: '2026-05-01' } },
      '2026年5月1日に認定が取り消されました。',
    ],
    [
      '効力喪失',
      { status: '効力喪失', ended: { type: '効力喪失', date: '2026-04-01' } },
      '2026年4月1日に事業承継により認定の効力が失われました。',
    ],
  ])('%s', (_name, lifecycle, sentence) => {
    expect(statusSentence(at(lifecycle))).toBe(sentence);
  });
});

describe('englishStatusSentence', () => {
  test.each<[string, Partial<PublishedLifecycle>, string]>([
    ['有効', {}, 'The certification is valid until 31 January 2027.'],
    [
      '有効, renewal applied',
      { renewalApplied: '2026-11-02' },
      'The certification is valid until 31 January 2027. A renewal was applied for on 2 November 2026.',
    ],
    [
      '有効, renewal refused',
      { renewalApplied: '2026-11-02', renewalOutcome: { type: '更新非認定', date: '2026-12-10' } },
      'The certification is valid until 31 January 2027. On 10 December 2026 the renewal was refused, so the certification ends on 31 January 2027.',
    ],
    [
      '更新手続中',
      { status: '更新手続中', renewalApplied: '2026-11-02' },
      'The period of certification ended on 31 January 2027, but a renewal applied for in time (on 2 November 2026) is under review, so the certification stays in force.',
    ],
    ['期限切れ', { status: '期限切れ' }, 'The period of certification ended on 31 January 2027 and was not renewed.'],
    [
      '期限切れ, withdrawn before the last day',
      { status: '期限切れ', renewalOutcome: { type: '更新申請取下げ', date: '2027-01-10' } },
      'The period of certification ended on 31 January 2027 and the certification has ended. On 10 January 2027 the renewal application was withdrawn.',
    ],
    [
      '期限切れ, refused after the last day',
      { status: '期限切れ', renewalOutcome: { type: '更新非認定', date: '2027-03-01' } },
      'The renewal was still under review after the period ended on 31 January 2027. On 1 March 2027 the renewal was refused, so the certification has ended.',
    ],
    [
      'サービス終了',
      { status: 'サービス終了', ended: { type: 'サービス終了', date: '2026-06-30' } },
      'The service was discontinued on 30 June 2026.',
    ],
    [
      '認定取消し',
      { status: '認定取消し', ended: { type: '認定取消し', date: '2026-05-01' } },
      'The certification was revoked on 1 May 2026.',
    ],
    [
      '効力喪失',
      { status: '効力喪失', ended: { type: '効力喪失', date: '2026-04-01' } },
      'The certification lapsed on 1 April 2026, when the business was taken over by another company.',
    ],
  ])('%s', (_name, lifecycle, sentence) => {
    expect(englishStatusSentence(at(lifecycle))).toBe(sentence);
  });
});

describe('expiryLabel', () => {
  test('the last day while no terminal event ended the certification, none after', () => {
    expect(expiryLabel(at({}))).toBe('2027-01-31');
    expect(expiryLabel(at({ status: '期限切れ' }))).toBe('2027-01-31');
    expect(expiryLabel(at({ status: 'サービス終了', ended: { type: 'サービス終了', date: '2026-06-30' } }))).toBeNull();
  });
});
