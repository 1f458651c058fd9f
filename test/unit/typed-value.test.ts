/**
 * Typed values are declared beside the 申請内容 and held to it: a number must
 * be written in the text (full-width digits and thousands separators allowed),
 * units must fit the row, choices must be the template's. Sorting puts better
 * values first and missing ones last.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareTypedValues,
  numberAppearsIn,
  parseJapaneseNumber,
  readTypedValue,
  type TypedValue,
  type ValueSpec,
} from '../../src/rules/typed-value.ts';

const percent: ValueSpec = { key: 'value', type: 'percent', unit: '%', better: 'higher' };
const amount: ValueSpec = { key: 'value', type: 'amount', unit: '円', better: 'higher' };
const notify: ValueSpec = { key: 'value', type: 'duration', label: '第一報までの目安', better: 'lower' };
const year: ValueSpec = { key: 'value', type: 'year', unit: '年' };
const certs: ValueSpec = {
  key: 'value',
  type: 'choices',
  choices: ['ISO/IEC 27001', 'ISO/IEC 27017', 'プライバシーマーク'],
};
const hours: ValueSpec = { key: 'value', type: 'choice', choices: ['24時間365日', '営業時間内のみ'] };

const ok = (spec: ValueSpec, written: string | string[], content: string) => {
  const r = readTypedValue(spec, written, content);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const refused = (spec: ValueSpec, written: string | string[], content: string) => {
  const r = readTypedValue(spec, written, content);
  expect(r.ok, `expected 「${String(written)}」 to be refused for 「${content}」`).toBe(false);
  return r.ok ? '' : r.message;
};

describe('parseJapaneseNumber', () => {
  test.each([
    ['99.95', 99.95],
    ['８４５０', 8450],
    ['8,450,000,000', 8450000000],
    ['1億', 100000000],
    ['4億9,000万', 490000000],
    ['3,210百万', 3210000000],
    ['2500万', 25000000],
  ])('%s → %d', (text, n) => {
    expect(parseJapaneseNumber(text)).toBe(n);
  });
  test.each(['', '約', '99.95%', '1億円'])('「%s」 is not only a number', (text) => {
    expect(parseJapaneseNumber(text)).toBeNull();
  });
});

describe('numberAppearsIn: the declared number is written in the text, not part of a longer one', () => {
  test('full-width digits in the text support a half-width value', () => {
    expect(numberAppearsIn('９９．９５％（月間）', '99.95')).toBe(true);
  });
  test('thousands separators are ignored', () => {
    expect(numberAppearsIn('1,284名（単独）', '1284')).toBe(true);
  });
  test('9.95 is not inside 99.95, and 99 is not 99.95', () => {
    expect(numberAppearsIn('99.95%', '9.95')).toBe(false);
    expect(numberAppearsIn('99.95%', '99')).toBe(false);
  });
  test('two numbers in one text: either can be declared', () => {
    const text = '99.99%（仮想サーバ単体は99.95%）';
    expect(numberAppearsIn(text, '99.99')).toBe(true);
    expect(numberAppearsIn(text, '99.95')).toBe(true);
    expect(numberAppearsIn(text, '99.9')).toBe(false);
  });
});

describe('readTypedValue: accepted values', () => {
  test('a percent written in the text', () => {
    expect(ok(percent, '99.99', '99.99%（月間、リージョン単位。仮想サーバ単体は99.95%）')).toMatchObject({
      number: 99.99,
      unit: '%',
      text: '99.99%',
    });
  });
  test('an amount as Japanese text writes it', () => {
    expect(ok(amount, '4億9000万', '4億9,000万円')).toMatchObject({ number: 490000000, text: '4億9000万円' });
  });
  test('a duration in its own unit, counted in minutes', () => {
    expect(ok(notify, '1時間', '障害発生の判断から1時間以内に通知')).toMatchObject({
      number: 60,
      unit: '時間',
      text: '1時間',
    });
    expect(ok(notify, '３０分', '30分以内を目安に')).toMatchObject({ number: 30, unit: '分' });
  });
  test('choices keep the template order, whatever the written order', () => {
    expect(ok(certs, ['プライバシーマーク', 'ISO/IEC 27001'], 'ISMS とプライバシーマーク')).toMatchObject({
      choices: ['ISO/IEC 27001', 'プライバシーマーク'],
    });
  });
  test('a choice from the template', () => {
    expect(ok(hours, '24時間365日', '24時間365日受付')).toMatchObject({ choice: '24時間365日' });
  });
});

describe('readTypedValue: refusals, each with a Japanese reason', () => {
  test('a number not in the text', () => {
    expect(refused(percent, '99.95', '99.9%（月間）')).toContain('申請内容にありません');
  });
  test('a percent over 100', () => {
    expect(refused(percent, '120', '120%')).toContain('0〜100');
  });
  test('a wrong unit', () => {
    expect(refused(amount, '1億ドル', '1億ドル')).toContain('単位');
  });
  test('a duration without a unit', () => {
    expect(refused(notify, '30', '30分以内')).toContain('期間の単位');
  });
  test('a year that is not four digits', () => {
    expect(refused(year, '06', '06年')).toContain('西暦4桁');
  });
  test('a choice outside the template', () => {
    expect(refused(hours, '平日のみ', '平日のみ')).toContain('選択肢にありません');
    expect(refused(certs, ['SOC 2'], 'SOC 2')).toContain('選択肢にありません');
  });
  test('not a number at all', () => {
    expect(refused(percent, '高い', '高い可用性')).toContain('数値として読めません');
  });
  test('a list for a one-value row', () => {
    expect(refused(percent, ['99.9', '99.95'], '99.9% 99.95%')).toContain('1つだけ');
  });
});

describe('compareTypedValues: better first, missing last', () => {
  const v = (n: number): TypedValue => ({ key: 'value', type: 'percent', text: `${n}%`, number: n, unit: '%' });
  test('higher is better for 稼働率; missing values go last', () => {
    const list = [v(99.9), undefined, v(99.99), v(99.95)];
    expect(list.sort((a, b) => compareTypedValues(percent, a, b)).map((x) => x?.text)).toEqual([
      '99.99%',
      '99.95%',
      '99.9%',
      undefined,
    ]);
  });
  test('lower is better for time to notify', () => {
    const m = (n: number): TypedValue => ({ key: 'value', type: 'duration', text: `${n}分`, number: n, unit: '分' });
    expect([m(60), m(15), m(30)].sort((a, b) => compareTypedValues(notify, a, b)).map((x) => x.text)).toEqual([
      '15分',
      '30分',
      '60分',
    ]);
  });
  test('property: missing values never come before present ones', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })), (ns) => {
        const sorted = ns
          .map((n) => (n === undefined ? undefined : v(n)))
          .sort((a, b) => compareTypedValues(percent, a, b));
        const firstMissing = sorted.findIndex((x) => x === undefined);
        if (firstMissing >= 0) expect(sorted.slice(firstMissing).every((x) => x === undefined)).toBe(true);
      }),
    );
  });
});
