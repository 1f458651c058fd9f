/**
 * 一定の要件 (§5(2)): an answer that consists of a negative phrase is no
 * measure, however it is written (full-width, trailing punctuation, polite
 * forms, 「現在は」); a longer answer that only contains one is flagged for a
 * person to review, because a measure can be stated in the negative.
 */
import { describe, expect, test } from 'vitest';
import { negativePhraseIn, statesNoMeasure } from '../../src/rules/review-criteria.ts';

/** Whole answers that say there is no measure: refused. */
const REFUSED = [
  'なし',
  '無し',
  'ない',
  '該当無し',
  '該当なし。',
  '該当しません',
  '該当ありません',
  '実施していません',
  '実施していません。',
  '実施しておりません',
  '実施していない',
  '実施なし',
  '対応していません',
  '未対応',
  '未対応です。',
  '未実施',
  '未整備',
  '予定なし',
  '予定はありません',
  '検討中',
  '検討中です',
  '今後検討',
  '現在は未対応',
  '現時点では実施していません。',
  '特になし',
  '特にありません',
  '対象外',
  'ありません',
  'ＮＯＮＥ',
  'N/A',
  '－',
  '　なし　',
  'なし！',
  '該当なし．',
  '導入予定なし',
];

/** Answers that describe a measure, including ones phrased in the negative: accepted. */
const ACCEPTED = [
  '個人情報を第三者に提供していません',
  '利用者の同意なく第三者に開示しません。',
  '計画停止の14日前までに電子メールで告知します',
  'サポートセンター 電話 03-0000-0001（24時間365日）',
  '情報セキュリティ基本方針を定め、年1回見直しています',
  'なしの場合は電子メールで連絡',
  'ISO/IEC 27001 認証を取得しています',
  '障害発生時は30分以内に登録メールアドレスへ通知',
  '無停止で切り替えます',
  'パスワードを平文で保存しません',
  '未承認の端末からの接続を許可しません',
  '検討中の案件はありませんが、現行の手順で運用しています',
  'データは国内のみに保存し、国外へ移転しません',
  '予定外の停止は障害として扱い、直ちに通知します',
  '該当する資格を持つ要員が常駐しています',
  '実施状況は毎月の報告書で報告します',
  '対応時間は平日9時〜18時です',
  '不要なポートは開放していません',
  '無償で提供しています',
  '年2回の外部監査を受けています',
  '非常用発電機で72時間運転できます',
  '暗号化していない通信は受け付けません',
  'ログを1年間保存します',
  '問合せ窓口: support@example.jp',
  '変更がない場合も年1回点検しています',
  'ないしょの情報は扱いません',
  '退職者のアカウントは当日中に削除します',
  '第三者への委託はしていません',
  '特記事項として、監査報告書を公開しています',
  '定期的に脆弱性診断を実施しています',
];

describe('statesNoMeasure: negative phrases, in any writing, are refused as a 一定の要件 answer', () => {
  test('the tables are large enough to mean something', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
    expect(ACCEPTED.length).toBeGreaterThanOrEqual(30);
  });
  test.each(REFUSED)('「%s」 says no measure is in place', (text) => {
    expect(statesNoMeasure(text)).toBe(true);
  });
  test.each(ACCEPTED)('「%s」 describes a measure', (text) => {
    expect(statesNoMeasure(text)).toBe(false);
  });
});

describe('negativePhraseIn: a longer answer containing a negative phrase is flagged for review, not refused', () => {
  test.each([
    ['侵入検知は実施していませんが、通信を常時監視しています', '実施していません'],
    ['夜間の電話窓口は未対応で、メールで受け付けます', '未対応'],
    ['二要素認証は検討中。現在は IP アドレス制限で保護しています', '検討中'],
    ['ＳＭＳ通知は予定なし、メール通知は 15 分以内', '予定なし'],
  ])('「%s」 is flagged with 「%s」', (text, phrase) => {
    expect(statesNoMeasure(text)).toBe(false);
    expect(negativePhraseIn(text)).toBe(phrase);
  });

  test.each(ACCEPTED.filter((t) => !t.startsWith('検討中')))('「%s」 is not flagged', (text) => {
    expect(negativePhraseIn(text)).toBeNull();
  });

  test('an answer that is refused outright is not also flagged', () => {
    expect(negativePhraseIn('実施していません')).toBeNull();
  });
});
