import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatCertificationNumber,
  isCertificationNumber,
  normaliseCertificationNumber,
  readCertificationNumber,
  parseCertificationNumber,
  slugOf,
  yymmOf,
} from '../../src/rules/certification-number.ts';

/** Valid numbers: serial 0001–9999, any two-digit year, month 01–12. */
const validNumberArb = fc
  .record({
    serial: fc.integer({ min: 1, max: 9999 }),
    yy: fc.integer({ min: 0, max: 99 }),
    mm: fc.integer({ min: 1, max: 12 }),
  })
  .map(
    ({ serial, yy, mm }) =>
      `IP${String(serial).padStart(4, '0')}-${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}`,
  );

describe('parseCertificationNumber: IP + 4-digit serial + "-" + YYMM of the first 認定', () => {
  test('IP0001-1212 is serial 1, first certified December 2012', () => {
    expect(parseCertificationNumber('IP0001-1212')).toEqual({ serial: 1, yymm: '1212' });
  });

  test('the highest serial and January are accepted', () => {
    expect(parseCertificationNumber('IP9999-2501')).toEqual({ serial: 9999, yymm: '2501' });
  });

  test.each([
    ['ip0001-1212', 'lower case is not the canonical form'],
    ['IP001-1212', 'three-digit serial'],
    ['IP00001-1212', 'five-digit serial'],
    ['IP0001-1213', 'month 13'],
    ['IP0001-1200', 'month 00'],
    ['IP0000-1212', 'serial 0000'],
    ['IP00011212', 'no hyphen'],
    ['IP0001-212', 'three-digit YYMM'],
    ['IS0001-1212', 'wrong prefix'],
    [' IP0001-1212', 'surrounding space'],
    ['IP0001-1212 ', 'trailing space'],
    ['', 'empty'],
  ])('%s is rejected (%s)', (value) => {
    expect(parseCertificationNumber(value)).toBeNull();
    expect(isCertificationNumber(value)).toBe(false);
  });

  test('isCertificationNumber agrees with parse for a valid number', () => {
    expect(isCertificationNumber('IP0001-1212')).toBe(true);
  });
});

describe('formatCertificationNumber', () => {
  test('pads the serial to four digits', () => {
    expect(formatCertificationNumber({ serial: 1, yymm: '1212' })).toBe('IP0001-1212');
    expect(formatCertificationNumber({ serial: 42, yymm: '2504' })).toBe('IP0042-2504');
    expect(formatCertificationNumber({ serial: 9999, yymm: '0001' })).toBe('IP9999-0001');
  });

  test('property: format(parse(x)) is x for every valid number', () => {
    fc.assert(
      fc.property(validNumberArb, (x) => {
        const parsed = parseCertificationNumber(x);
        expect(parsed).not.toBeNull();
        expect(formatCertificationNumber(parsed!)).toBe(x);
      }),
    );
  });
});

describe('normaliseCertificationNumber: reads a number the way people type it', () => {
  test.each([
    ['IP0001-1212', 'already canonical'],
    ['ip00011212', 'lower case without the hyphen'],
    ['ＩＰ０００１－１２１２', 'full-width letters, digits and hyphen'],
    [' IP0001-1212 ', 'surrounding spaces'],
    ['ip0001 1212', 'a space instead of the hyphen'],
    ['Ip0001‐1212', 'mixed case with a Unicode hyphen (U+2010)'],
    ['IP0001ー1212', 'a katakana prolonged sound mark typed for the hyphen'],
    ['　IP0001-1212　', 'ideographic spaces around it'],
  ])('「%s」 → IP0001-1212 (%s)', (input) => {
    expect(normaliseCertificationNumber(input)).toBe('IP0001-1212');
  });

  test.each([
    ['IP0001-1213', 'month 13 is still impossible'],
    ['IP0000-1212', 'serial 0000 is still impossible'],
    ['IP001-1212', 'a digit missing'],
    ['XX0001-1212', 'wrong prefix'],
    ['IP0001-1212X', 'trailing character'],
    ['認定番号 IP0001-1212', 'surrounding words'],
    ['', 'empty'],
  ])('「%s」 is not a number (%s)', (input) => {
    expect(normaliseCertificationNumber(input)).toBeNull();
  });

  test('property: lower-cased, hyphen-less and full-width variants normalise back to the canonical form', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9A-Z-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    fc.assert(
      fc.property(validNumberArb, (x) => {
        expect(normaliseCertificationNumber(x.toLowerCase())).toBe(x);
        expect(normaliseCertificationNumber(x.replace('-', ''))).toBe(x);
        expect(normaliseCertificationNumber(toFullWidth(x))).toBe(x);
      }),
    );
  });
});

describe('readCertificationNumber: tells a malformed number from an impossible one', () => {
  test('a number in the form with a month that does not exist is impossible, not malformed', () => {
    expect(readCertificationNumber('IP0001-1313')).toEqual({
      kind: 'impossible',
      number: 'IP0001-1313',
      problem: 'month',
    });
    expect(readCertificationNumber('ｉｐ０００１１３００')).toEqual({
      kind: 'impossible',
      number: 'IP0001-1300',
      problem: 'month',
    });
    expect(readCertificationNumber('IP0000-1302')).toEqual({
      kind: 'impossible',
      number: 'IP0000-1302',
      problem: 'serial',
    });
  });
  test('anything else not in the form is malformed; a valid number reads as itself', () => {
    for (const x of ['', 'IP001-1302', 'IP00011-302x', 'AB0001-1302'])
      expect(readCertificationNumber(x)).toEqual({ kind: 'malformed' });
    expect(readCertificationNumber(' ip0001-1302 ')).toEqual({ kind: 'valid', number: 'IP0001-1302' });
  });
});

describe('yymmOf: the YYMM a number carries for its first 認定日', () => {
  test.each([
    ['2012-12-06', '1212'],
    ['2013-02-14', '1302'],
    ['2025-01-31', '2501'],
    ['2000-10-01', '0010'],
  ])('%s → %s', (date, yymm) => {
    expect(yymmOf(date)).toBe(yymm);
  });
});

describe('slugOf: file name and URL slug', () => {
  test('is the number in lower case', () => {
    expect(slugOf('IP0001-1212')).toBe('ip0001-1212');
  });

  test('property: the slug upper-cased gives the number back', () => {
    fc.assert(
      fc.property(validNumberArb, (x) => {
        expect(slugOf(x)).toMatch(/^ip\d{4}-\d{4}$/);
        expect(slugOf(x).toUpperCase()).toBe(x);
      }),
    );
  });
});
