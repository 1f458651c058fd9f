/** The compare URL: 認定番号 in the reader's order, shareable; both URL spellings read the same. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compareHref, normalise, selectionFromUrl } from '../../src/client/compare-selection.ts';

describe('compare selection URL', () => {
  test('comma list and repeated parameters (the no-script form) read the same', () => {
    const a = selectionFromUrl(new URLSearchParams('services=IP0001-1302,ip0008-2004'));
    const b = selectionFromUrl(new URLSearchParams('services%5B%5D=IP0001-1302&services%5B%5D=IP0008-2004'));
    expect(a).toEqual(['IP0001-1302', 'IP0008-2004']);
    expect(b).toEqual(a);
  });

  test('drops junk and duplicates, keeps order', () => {
    expect(normalise(['IP0002-1406', 'x', 'IP0001-1302', 'ip0002-1406', '<script>'])).toEqual([
      'IP0002-1406',
      'IP0001-1302',
    ]);
  });

  test('property: compareHref and selectionFromUrl round-trip', () => {
    const number = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }))
      .map(([a, b]) => `IP${String(a).padStart(4, '0')}-${String(b).padStart(4, '0')}`);
    fc.assert(
      fc.property(fc.uniqueArray(number, { maxLength: 6 }), fc.boolean(), (ids, diff) => {
        const url = new URL(compareHref(ids, diff), 'https://example.test');
        expect(url.pathname).toBe('/compare/');
        expect(selectionFromUrl(url.searchParams)).toEqual(ids);
        expect(url.searchParams.get('diff')).toBe(diff ? '1' : null);
      }),
    );
  });
});
