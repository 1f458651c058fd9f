import { expect, test } from 'vitest';
import fc from 'fast-check';
import { escapeText, foldLine } from '../../src/lib/formats/expiry-calendar.ts';

test('folded lines are at most 75 octets, never split a character, and unfold to the original (RFC 5545 §3.1)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      const line = `DESCRIPTION:${escapeText(s)}`;
      const folded = foldLine(line);
      for (const l of folded.split('\r\n')) {
        expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
        // A line that split a character is not well-formed UTF-16 and does not survive UTF-8 (a U+FFFD in
        // the input itself is a real character, so the test asks for the round trip, not for its absence).
        expect(l.isWellFormed()).toBe(true);
        expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }),
  );
});

test('text values escape backslash, semicolon, comma and line breaks', () => {
  expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
});
