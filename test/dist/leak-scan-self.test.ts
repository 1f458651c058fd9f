/**
 * Proves the leak scanner can fail: needles planted in every form it claims
 * to see are found, and a clean folder gives no hits.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import { MultiMatcher, escapeHtml, needleForms, scanForLeaks } from '../support/leak-scan.ts';
import { STYLE, xlsx } from '../../src/lib/formats/xlsx-writer.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leak-scan-self-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

const CLEAN = {
  'index.html': page('<h1>認定サービス一覧</h1><p>公開してよい文章です。</p>'),
  'services/ip0001-1302/index.html': page('<h1>ネクサス・コンピュートクラウド</h1>'),
  'pagefind/fragment/ja_1.pf_fragment': gzipSync(Buffer.from('pagefind_dcd{"content":"公開してよい文章です。"}')),
  'data/services.json.br': brotliCompressSync(Buffer.from('[{"name":"ネクサス"}]')),
  'og.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
};

describe('scanForLeaks finds planted needles', () => {
  test.each([
    ['plain HTML', 'a.html', '疎明資料 第3条の写し', (n: string) => page(`<p>${n}</p>`)],
    [
      'HTML-escaped',
      'b.html',
      '規程 "NXC-ISMS-001" <第9版> & \'別表\'',
      (n: string) => page(`<p>${escapeHtml(n)}</p>`),
    ],
    [
      'numeric character references',
      'c.html',
      '施設概要書',
      (n: string) => page([...n].map((c) => `&#${c.codePointAt(0)};`).join('')),
    ],
    ['hex character references', 'c2.html', 'abc<def>', () => page('abc&#x3C;def&#X3e;')],
    [
      'gzip Pagefind fragment',
      'pagefind/fragment/ja_2.pf_fragment',
      '月次人員報告書（2024年9月末締め）',
      (n: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ content: `… ${n} …` })}`)),
    ],
    [
      'gzip with an unrelated name',
      'pagefind/index/x.pf_index',
      'SECRET-in-index',
      (n: string) => gzipSync(Buffer.from(n)),
    ],
    [
      'brotli .br file',
      'index.html.br',
      '社内保管抜粋 52ページ',
      (n: string) => brotliCompressSync(Buffer.from(page(n))),
    ],
    [
      'JSON-string-escaped',
      'd.json',
      '行1 "引用"\t\\ 終わり',
      (n: string) => JSON.stringify({ x: `前置き${n}後書き` }),
    ],
    [
      'JSON \\u-escaped non-ASCII',
      'e.js',
      '監査報告書',
      (n: string) => `const s="${[...n].map((c) => `\\u${c.charCodeAt(0).toString(16)}`).join('')}";`,
    ],
    [
      'URL-encoded',
      'f.html',
      '契約書 第2条',
      (n: string) => page(`<a href="/search/?q=${encodeURIComponent(n)}">検索</a>`),
    ],
    [
      'URL-encoded, lower-case hex',
      'g.xml',
      '契約書 第9条',
      (n: string) => `<loc>https://x.example/?q=${encodeURIComponent(n).toLowerCase()}</loc>`,
    ],
    ['form-encoded', 'h.txt', 'rack layout sheet', (n: string) => `q=${encodeURIComponent(n).replace(/%20/g, '+')}`],
    [
      'Latin-1 bytes in a binary file',
      'i.bin',
      'Café résumé doc',
      (n: string) =>
        Buffer.concat([Buffer.from([0xff, 0xfe, 0x00]), Buffer.from(n, 'latin1'), Buffer.from([0x00, 0xc3])]),
    ],
    [
      'UTF-8 bytes in a binary file',
      'j.png',
      '画像に埋め込まれた疎明資料名',
      (n: string) =>
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]), Buffer.from(n), Buffer.from([0xfe, 0x00])]),
    ],
  ])('%s', (_label, file, needle, render) => {
    const dir = site({ ...CLEAN, [file]: render(needle) });
    const hits = scanForLeaks(dir, [needle, 'どこにもない文字列']);
    expect(hits.map((h) => [h.file, h.needle])).toEqual([[file, needle]]);
  });

  test('an .xlsx (a zip of deflated XML) is unzipped: a needle in a shared string is found, also with & < > escaped', async () => {
    const needles = ['留保中の回答テキスト（西日本）', '規程 <第9版> & 別表'];
    const book = Buffer.from(
      await xlsx([{ name: 'S', rows: [needles.map((text) => ({ text, style: STYLE.body }))], widths: [20, 20] }]),
    );
    expect(book.includes(Buffer.from(needles[0]!)), 'deflated: not in the raw bytes').toBe(false);
    const dir = site({ ...CLEAN, 'data/services/x.xlsx': book });
    const hits = scanForLeaks(dir, [...needles, 'どこにもない文字列']);
    expect(hits.map((h) => [h.file, h.needle])).toEqual(
      needles.map((n) => ['data/services/x.xlsx', n]).sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
  });

  test('a multi-line needle is found line by line (lines of 8+ characters)', () => {
    const needle = '1968年生まれ。電機メーカーを経て入社。\n短い行\r\n2018年4月より代表取締役社長。\n';
    const dir = site({
      ...CLEAN,
      'a.html': page('<p>2018年4月より代表取締役社長。</p>'),
      'b.html': page('<p>短い行</p>'),
    });
    const hits = scanForLeaks(dir, [needle]);
    expect(hits).toEqual([{ file: 'a.html', needle, form: 'line 3 (raw)' }]);
  });

  test('a multi-line needle rendered with <br> is found', () => {
    const needle = '第一の行はここまでです\n第二の行はここまでです';
    const dir = site({ 'a.html': page('<p>第一の行はここまでです<br>第二の行はここまでです</p>') });
    expect(scanForLeaks(dir, [needle]).map((h) => h.file)).toEqual(['a.html']);
  });

  test('every hit is reported, one per file and needle', () => {
    const dir = site({ ...CLEAN, 'a.html': page('秘密A 秘密A 秘密B'), 'z/b.html': page('秘密B') });
    expect(scanForLeaks(dir, ['秘密A', '秘密B', '秘密A']).map((h) => `${h.file}:${h.needle}`)).toEqual([
      'a.html:秘密A',
      'a.html:秘密B',
      'z/b.html:秘密B',
    ]);
  });

  test('skip leaves out strings that occur in public text', () => {
    const dir = site({ 'a.html': page('本社 と 非公開の秘密の行です') });
    const hits = scanForLeaks(dir, ['本社', '公開行その一です\n非公開の秘密の行です'], { skip: (s) => s === '本社' });
    expect(hits.map((h) => h.needle)).toEqual(['公開行その一です\n非公開の秘密の行です']);
  });
});

describe('scanForLeaks stays quiet on a clean site', () => {
  test('no hits', () => {
    const dir = site(CLEAN);
    expect(
      scanForLeaks(dir, [
        '疎明資料 第3条の写し',
        '社内保管抜粋',
        'SECRET-in-index',
        '月次人員報告書',
        '1行目の秘密です。\n2行目の秘密です。',
      ]),
    ).toEqual([]);
  });

  test('no needles, no hits; blank needles are ignored', () => {
    const dir = site(CLEAN);
    expect(scanForLeaks(dir, [])).toEqual([]);
    expect(scanForLeaks(dir, ['', '  \n '])).toEqual([]);
  });

  test('needleForms covers the documented spellings', () => {
    const texts = needleForms('A&B "x" <y>').map((f) => f.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'A&B "x" <y>',
        'A&amp;B &quot;x&quot; &lt;y&gt;',
        'A&B \\"x\\" <y>',
        encodeURIComponent('A&B "x" <y>'),
      ]),
    );
  });
});

describe('MultiMatcher agrees with String.prototype.includes', () => {
  test('property', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', 'あ', 'い', '&', ';');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 5 }), { maxLength: 12 }),
        fc.string({ unit: alphabet, maxLength: 60 }),
        (patterns, text) => {
          const found = new MultiMatcher(patterns).findAll(text);
          patterns.forEach((p, i) =>
            expect(found.has(i), `${JSON.stringify(p)} in ${JSON.stringify(text)}`).toBe(text.includes(p)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
