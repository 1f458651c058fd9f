/** JSON-LD goes into the page through set:html: applicant text must not be able to end the script element. */
import { expect, test } from 'vitest';
import fc from 'fast-check';
import { scriptJson } from '../../src/lib/formats/json-ld.ts';

test('a service name that tries to close the script stays inside it, and parses back to itself', () => {
  const name = '</script><script>alert(1)</script><!-- 株式会社 & "引用" ';
  const out = scriptJson({ name });
  expect(out).not.toContain('<');
  expect(JSON.parse(out)).toEqual({ name });
});

test('any text survives the round trip and never yields "<" in the script body (property)', () => {
  // Pieces of markup mixed with arbitrary text, so "<" turns up in most runs.
  const piece = fc.oneof(
    fc.constantFrom('<', '</script>', '<!--', '-->', '&', '"', '\\', '\u2028'),
    fc.string({ unit: 'grapheme' }),
  );
  fc.assert(
    fc.property(
      fc.array(piece).map((p) => p.join('')),
      (text) => {
        const out = scriptJson({ text });
        return !out.includes('<') && JSON.parse(out).text === text;
      },
    ),
  );
});
