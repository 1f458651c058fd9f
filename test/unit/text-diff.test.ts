import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { diffText, sideText, type DiffPart } from '../../src/lib/text-diff.ts';

const compact = (parts: DiffPart[]) =>
  parts.map((p) => `${p.op === 'same' ? '=' : p.op === 'del' ? '-' : '+'}${p.text}`);

describe('diffText: the characters that changed between the old and the new 申請内容', () => {
  test('identical texts are one unchanged part', () => {
    expect(compact(diffText('平日9:00〜18:00', '平日9:00〜18:00'))).toEqual(['=平日9:00〜18:00']);
  });

  test('a changed time is marked as deleted and inserted, the rest unchanged', () => {
    expect(compact(diffText('電話は平日9:00〜18:00です。', '電話は平日9:00〜20:00です。'))).toEqual([
      '=電話は平日9:00〜',
      '-18',
      '+20',
      '=:00です。',
    ]);
  });

  test('pure insertion and pure deletion', () => {
    expect(compact(diffText('UPS（N+1）', 'UPS（N+1）と蓄電池'))).toEqual(['=UPS（N+1）', '+と蓄電池']);
    expect(compact(diffText('東京都と大阪府', '東京都'))).toEqual(['=東京都', '-と大阪府']);
  });

  test('from nothing and to nothing', () => {
    expect(compact(diffText('', '新設'))).toEqual(['+新設']);
    expect(compact(diffText('旧', ''))).toEqual(['-旧']);
    expect(diffText('', '')).toEqual([]);
  });

  test('compares code points: an emoji or a surrogate pair is never split', () => {
    const parts = diffText('𠮷野家', '𠮷田家');
    expect(compact(parts)).toEqual(['=𠮷', '-野', '+田', '=家']);
  });

  test('a lone matching character inside a rewrite is folded into the change', () => {
    // 「の」 alone would otherwise show as unchanged between two changes.
    expect(compact(diffText('あのい', 'かのき'))).toEqual(['-あのい', '+かのき']);
  });

  test('line breaks are kept as they are', () => {
    const before = 'ISMS 認証取得\nプライバシーマーク';
    const after = 'ISMS 認証取得\nISMAP 登録\nプライバシーマーク';
    expect(compact(diffText(before, after))).toEqual(['=ISMS 認証取得\n', '+ISMAP 登録\n', '=プライバシーマーク']);
  });
});

describe('diffText properties', () => {
  const text = fc.string({ unit: fc.constantFrom('あ', 'い', 'う', 'A', '1', '\n', ' ', '𠮷', '。'), maxLength: 40 });

  test('applying the diff reproduces both texts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        expect(sideText(parts, 'before')).toBe(a);
        expect(sideText(parts, 'after')).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  test('parts are non-empty, adjacent parts differ, and a deletion never follows an insertion', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = diffText(a, b);
        for (const [k, p] of parts.entries()) {
          expect(p.text).not.toBe('');
          const prev = parts[k - 1];
          if (prev) {
            expect(prev.op).not.toBe(p.op);
            expect(prev.op === 'ins' && p.op === 'del').toBe(false);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('equal texts have no change, and different texts have at least one', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const changed = diffText(a, b).some((p) => p.op !== 'same');
        expect(changed).toBe(a !== b);
      }),
    );
  });

  test('unchanged characters are never fewer than the common prefix and suffix', () => {
    fc.assert(
      fc.property(text, text, text, (prefix, middle, suffix) => {
        const parts = diffText(prefix + middle + suffix, prefix + suffix);
        const same = parts.filter((p) => p.op === 'same').reduce((n, p) => n + [...p.text].length, 0);
        expect(same).toBeGreaterThanOrEqual([...prefix].length + [...suffix].length);
      }),
    );
  });
});
