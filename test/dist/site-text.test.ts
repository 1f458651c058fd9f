/**
 * The site's own words: no draft placeholder (【事務局が記入】 and the like)
 * is ever published; /data/ states its terms from content/site.yaml, or says
 * plainly that none are set; the procedures page explains who may apply, the
 * mark self-declaration at renewal and 守秘義務・免責.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { licenceOf, loadSiteProfile, PLACEHOLDER_PATTERN } from '../../src/data/site-profile.ts';
import { listFiles, readMaybeCompressed, relativePath } from '../../scripts/lib/dist-files.ts';
import { decodeHtmlEntities } from '../support/leak-scan.ts';
import { contentDir, requireDist } from '../support/paths.ts';

const dist = requireDist();
const profile = loadSiteProfile(contentDir());
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The visible text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
const textOf = (html: string) =>
  decodeHtmlEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
const section = (html: string, id: string) => {
  const m = new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html);
  if (!m) throw new Error(`no <section aria-labelledby="${id}">`);
  return m[1]!;
};

describe('no placeholder text is published', () => {
  const BINARY = /\.(png|jpe?g|gif|ico|webp|avif|woff2?|ttf|wasm)$/i;
  const files = listFiles(dist).filter((f) => !BINARY.test(f));

  test('the scan covers pages, data files and the search index', () => {
    const names = files.map((f) => relativePath(dist, f));
    expect(names).toContain('data/index.html');
    expect(names).toContain('data/events.atom');
    expect(names.some((n) => n.startsWith('pagefind/'))).toBe(true);
  });

  test('no file holds 【…記入…】-style markers or the words 事務局が記入', () => {
    const hits = files.flatMap((f) => {
      const text = decodeHtmlEntities(readMaybeCompressed(f));
      const m = PLACEHOLDER_PATTERN.exec(text) ?? /事務局が記入/.exec(text);
      return m ? [`${relativePath(dist, f)}: ${text.slice(Math.max(0, m.index - 30), m.index + 40)}`] : [];
    });
    expect(hits).toEqual([]);
  });
});

describe('/data/ terms of use', () => {
  const terms = section(page('data'), 'terms');
  const licence = licenceOf(profile);

  // One test for whichever state the built data is in (the sample has no licence yet);
  // test/build/site-profile.test.ts builds the other state.
  test('the page states the terms in force: the licence, its link and how to credit, or that none is set yet', () => {
    if (licence) {
      expect(terms).toContain(`href="${licence.url}"`);
      expect(textOf(terms)).toContain(licence.name);
      expect(textOf(terms)).toContain(licence.attribution);
      expect(textOf(terms)).not.toContain('まだ定めていません');
    } else {
      expect(textOf(terms)).toContain('データの利用条件はまだ定めていません');
      expect(textOf(terms)).toContain(profile.contact.name);
      expect(terms).toContain(`href="${profile.contact.url}"`);
    }
  });
});

test('every page names the operator and the contact from content/site.yaml', () => {
  for (const path of ['', 'data', 'about/procedures']) {
    const html = page(path);
    expect(textOf(html), path || '/').toContain(profile.operator);
    expect(html).toContain(`href="${profile.contact.url}"`);
    expect(html).toContain(`<title>${path ? '' : profile.name}`);
  }
});

describe('/about/procedures/', () => {
  const html = page('about/procedures');
  const headings = [...html.matchAll(/<h2 id="[^"]*">([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!));
  const text = textOf(html);

  test('who may apply: the provider of any of the four 基盤サービス, each described (§4(2))', () => {
    for (const name of [
      'ハード基盤サービス',
      'システム基盤サービス',
      'ネットワーク基盤サービス',
      '開発・実行基盤サービス',
    ]) {
      expect(text).toMatch(new RegExp(`${name} — [^—]{10,}`));
    }
  });

  test('outsourcing: what matters is who contracts with users (§4(2)ア)', () => {
    expect(text).toContain('利用者と契約を結ぶのが申請する事業者自身であれば');
    expect(text).toContain('委託先');
  });

  test('renewal: the self-declaration of mark use (§9(1)ウ)', () => {
    expect(text).toMatch(/認定マーク[^。]*第10条[^。]*自ら申告/);
  });

  test('a 守秘義務と免責 section (§12) after the revocation section', () => {
    expect(headings).toContain('守秘義務と免責');
    expect(headings.indexOf('守秘義務と免責')).toBeGreaterThan(headings.indexOf('認定の取消し'));
    const rest = text.slice(text.indexOf('守秘義務と免責'));
    expect(rest).toMatch(/守秘義務 — .*同意なしに/);
    expect(rest).toMatch(/免責 — .*故意または重大な過失/);
  });
});
