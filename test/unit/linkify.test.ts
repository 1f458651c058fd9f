/**
 * Applicant text on the service page: only http(s) addresses become links.
 * An applicant who writes javascript:, data: or mailto: gets plain text; the
 * end of an address is where a reader's eye puts it (Japanese brackets and
 * punctuation, a closing ASCII bracket or full stop).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isHttpUrl, splitUrls, type TextRun } from '../../src/lib/linkify.ts';

const links = (text: string) => splitUrls(text).filter((r) => r.kind === 'url');

describe('splitUrls', () => {
  test('an http(s) address in prose becomes one link; the text around it stays text', () => {
    expect(splitUrls('詳細は https://example.jp/a?b=1#c を参照')).toEqual([
      { kind: 'text', text: '詳細は ' },
      { kind: 'url', text: 'https://example.jp/a?b=1#c', href: 'https://example.jp/a?b=1#c' },
      { kind: 'text', text: ' を参照' },
    ]);
    expect(links('http://example.jp/').map((r) => r.href)).toEqual(['http://example.jp/']);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'mailto:info@example.jp',
    'ftp://example.jp/file',
    '//example.jp/no-scheme',
    'httpx://example.jp/',
    'ｈｔｔｐｓ://example.jp/ (full-width scheme)',
  ])('never a link: %s', (text) => {
    expect(links(text)).toEqual([]);
    expect(splitUrls(text)).toEqual([{ kind: 'text', text }]);
  });

  test('a javascript: hidden after an http address does not ride along', () => {
    expect(links('https://example.jp/"javascript:alert(1)').map((r) => r.href)).toEqual(['https://example.jp/']);
  });

  test.each([
    ['（https://example.jp/a）', 'https://example.jp/a'],
    ['「https://example.jp/a」', 'https://example.jp/a'],
    ['『https://example.jp/a』', 'https://example.jp/a'],
    ['【https://example.jp/a】', 'https://example.jp/a'],
    ['https://example.jp/a、https://example.jp/b。', 'https://example.jp/a'],
    ['(https://example.jp/a)', 'https://example.jp/a'],
    ['See https://example.jp/a.', 'https://example.jp/a'],
    ['https://example.jp/a, and more', 'https://example.jp/a'],
    ['https://example.jp/a;', 'https://example.jp/a'],
    ['https://example.jp/a:', 'https://example.jp/a'],
    ['https://example.jp/a).', 'https://example.jp/a'],
    ['末尾 https://example.jp/path/to', 'https://example.jp/path/to'],
  ])('the address in %s ends where the sentence resumes', (text, href) => {
    expect(links(text)[0]?.href).toBe(href);
  });

  test('two addresses in one answer are two links, in order', () => {
    expect(links('https://example.jp/a、https://example.jp/b。').map((r) => r.href)).toEqual([
      'https://example.jp/a',
      'https://example.jp/b',
    ]);
  });

  test('a URL at the very end leaves no empty text run', () => {
    const runs = splitUrls('参照: https://example.jp/');
    expect(runs.at(-1)).toEqual({ kind: 'url', text: 'https://example.jp/', href: 'https://example.jp/' });
    expect(runs.every((r) => r.text !== '')).toBe(true);
  });

  test('property: the runs put back together are the text, and every link is http(s) with no space', () => {
    const pieces = fc.constantFrom(
      'https://example.jp/x',
      'http://a.example/b?c=d',
      'javascript:alert(1)',
      'data:,x',
      'mailto:a@b',
      '（',
      '）',
      '。',
      '、',
      '.',
      ')',
      ' ',
      '\n',
      'テキスト',
      '<b>',
      '"',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const runs: TextRun[] = splitUrls(text);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        for (const r of runs) {
          expect(r.text).not.toBe('');
          if (r.kind === 'url') {
            expect(r.href).toBe(r.text);
            expect(r.href).toMatch(/^https?:\/\/[^\s<>"]+$/);
            expect(r.href).not.toMatch(/[).,;:]$/);
          }
        }
      }),
    );
  });
});

describe('isHttpUrl', () => {
  test('a whole value that is one http(s) address', () => {
    expect(isHttpUrl('https://example.jp/')).toBe(true);
    expect(isHttpUrl('  http://example.jp/a  ')).toBe(true);
  });
  test.each(['javascript:alert(1)', 'data:,x', 'mailto:a@b', 'https://example.jp/ と説明', 'https://', ''])(
    'not: %j',
    (v) => expect(isHttpUrl(v)).toBe(false),
  );
});
