/**
 * The key that lets Astro copy a page from the last build instead of
 * rendering it (src/lib/page-cache-key.ts). A key that stayed the same while
 * the data changed would publish a stale page — perhaps an answer whose
 * 公表留保 has begun — so: any change of any value changes the key, and a
 * value the digest cannot read exactly is refused rather than skipped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyJson, contentDigest, pageCacheKey } from '../../src/lib/page-cache-key.ts';

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

describe('ページのキャッシュキー', () => {
  it('同じデータなら（別に作った同じ形のオブジェクトでも）同じキー', () => {
    fc.assert(fc.property(plain, (v) => contentDigest(structuredClone(v)) === contentDigest(structuredClone(v))));
  });

  it('どの値がどう変わってもキーが変わる', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        return contentDigest({ page: a }) !== contentDigest({ page: b });
      }),
    );
  });

  it('キーの元の JSON は、読み戻すと元のデータになる（値を落とさない）', () => {
    fc.assert(
      fc.property(plain, (v) => {
        expect(JSON.parse(keyJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
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
    expect(keyJson(new Map([['a', 1]]))).not.toBe(keyJson(new Map([['a', 2]])));
    expect(keyJson(new Set(['a']))).not.toBe(keyJson(new Set(['b'])));
    expect(keyJson(new Map())).not.toBe(keyJson({}));
  });

  it('JSON で正確に表せない値は黙って落とさず、場所を示して止める', () => {
    // A Date would otherwise become its string through toJSON, and a NaN null.
    expect(() => keyJson({ lifecycle: { date: new Date(0) } })).toThrow(/「date」の値は JSON で表せません（Date）/);
    expect(() => keyJson({ n: Number.NaN })).toThrow(/「n」の値が有限の数ではありません/);
    expect(() => keyJson({ f: () => 1 })).toThrow(/「f」/);
    class Answer {
      content = 'x';
    }
    expect(() => keyJson([new Answer()])).toThrow(/「0」.*Answer/);
  });

  it('undefined のプロパティは JSON と同じく無いものとして扱う', () => {
    expect(keyJson({ a: 1, b: undefined })).toBe(keyJson({ a: 1 }));
  });
});
