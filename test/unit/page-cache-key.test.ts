/**
 * The key that lets Astro copy a page from the last build instead of
 * rendering it (src/lib/page-cache-key.ts). A key that stayed the same while
 * the data changed would publish a stale page — perhaps an answer whose
 * 公表留保 has begun — so: any change of any value changes the key, the order
 * an object's keys were written in does not, and a value the digest cannot
 * read exactly is refused rather than skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentDigest, pageCacheKey } from '../../src/lib/page-cache-key.ts';

/** Plain JSON-like data as the published views are: objects, arrays, strings, finite numbers, booleans, null. */
const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** The same object with its keys written in reverse order, all the way down. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reversed(x)]),
    );
  return v;
}

describe('ページのキャッシュキー', () => {
  it('キーの書かれた順によらず同じ（同じデータなら同じキー）', () => {
    fc.assert(fc.property(plain, (v) => canonicalJson(reversed(v)) === canonicalJson(v)));
  });

  it('正準形は JSON として読み戻すと元のデータになる（値を落とさない）', () => {
    fc.assert(
      fc.property(plain, (v) => {
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it('回答の文字が1字変わればキーが変わる', () => {
    const service = { id: 'ip0001-1302', answers: { capital: { state: 'answered', content: '4億9,000万円' } } };
    const changed = { id: 'ip0001-1302', answers: { capital: { state: 'answered', content: '4億9,000万円。' } } };
    expect(contentDigest(changed)).not.toBe(contentDigest(service));
    // Withheld instead of answered: the state is data too.
    expect(contentDigest({ ...service, answers: { capital: { state: 'withheld' } } })).not.toBe(contentDigest(service));
  });

  it('サイト全体の入力（公表基準日など）が変われば、同じページのデータでもキーが変わる', () => {
    const page = { id: 'ip0001-1302' };
    expect(pageCacheKey(contentDigest({ asOf: '2026-11-26' }), page)).not.toBe(
      pageCacheKey(contentDigest({ asOf: '2026-11-27' }), page),
    );
  });

  it('Map と Set は中身ごとキーに入る（様式の索引 byId など）', () => {
    expect(canonicalJson(new Map([['a', 1]]))).not.toBe(canonicalJson(new Map([['a', 2]])));
    expect(canonicalJson(new Set(['a']))).not.toBe(canonicalJson(new Set(['b'])));
    expect(canonicalJson(new Map())).not.toBe(canonicalJson({}));
  });

  it('JSON で正確に表せない値は黙って落とさず、場所を示して止める', () => {
    expect(() => canonicalJson({ lifecycle: { date: new Date(0) } })).toThrow(/\$\.lifecycle\.date.*Date/);
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/\$\.n が有限の数ではありません/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/\$\.f/);
    class Answer {
      content = 'x';
    }
    expect(() => canonicalJson([new Answer()])).toThrow(/\$\[0\].*Answer/);
  });

  it('undefined のプロパティは JSON と同じく無いものとして扱う', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});
