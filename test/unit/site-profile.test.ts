/**
 * content/site.yaml: the site's name, operator, contact and open-data terms.
 * A licence may be unset (the site then says so), but nothing in the file may
 * be a placeholder, and every problem is named as file:line:column.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { licenceOf, loadSiteProfile, PLACEHOLDER_PATTERN } from '../../src/data/site-profile.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const BASE = `name: テスト一覧
header:
  org: テスト機関
  name: テスト一覧
operator: テスト機関
contact:
  name: テスト事務局
  url: https://example.jp/contact
openData:
  licence:
`;
const LICENCE = `openData:
  licence:
    name: テスト利用規約 第1版
    url: https://example.jp/terms
    attribution: 出典：テスト一覧
`;

function dirWith(text: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-site-'));
  made.push(dir);
  if (text !== null) writeFileSync(join(dir, 'site.yaml'), text);
  return dir;
}

function problemsOf(text: string | null) {
  try {
    loadSiteProfile(dirWith(text), '/');
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
  throw new Error('accepted');
}

describe('loadSiteProfile', () => {
  test('the sample file is valid', () => {
    expect(loadSiteProfile(join(ROOT, 'content')).contact.url).toMatch(/^https:\/\//);
  });

  test('an empty licence reads as "not set"', () => {
    expect(licenceOf(loadSiteProfile(dirWith(BASE)))).toBeNull();
    expect(licenceOf(loadSiteProfile(dirWith(BASE.replace('  licence:\n', ''))))).toBeNull();
    expect(licenceOf(loadSiteProfile(dirWith(BASE.replace('openData:\n  licence:\n', ''))))).toBeNull();
  });

  test('a licence needs a name, an http(s) URL and an attribution', () => {
    const profile = loadSiteProfile(dirWith(BASE.replace(/openData:[\s\S]*$/, LICENCE)));
    expect(licenceOf(profile)).toEqual({
      name: 'テスト利用規約 第1版',
      url: 'https://example.jp/terms',
      attribution: '出典：テスト一覧',
    });
    const noAttribution = problemsOf(BASE.replace(/openData:[\s\S]*$/, LICENCE.replace(/ {4}attribution.*\n/, '')));
    expect(noAttribution.map((p) => p.field)).toEqual(['openData.licence.attribution']);
    const ftp = problemsOf(
      BASE.replace(/openData:[\s\S]*$/, LICENCE.replace('https://example.jp/terms', 'ftp://example.jp/terms')),
    );
    expect(ftp[0]).toMatchObject({ field: 'openData.licence.url', line: 12 });
    expect(ftp[0]!.message).toContain('https://');
  });

  test.each(['【事務局が記入】', '【要確認】運営者名', '【未定】', '【TODO】'])(
    'a placeholder (%s) is refused with its line',
    (placeholder) => {
      const problems = problemsOf(BASE.replace('operator: テスト機関', `operator: ${placeholder}`));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'operator', line: 5, col: 1 });
      expect(problems[0]!.message).toContain('【…】');
    },
  );

  test('feed-style brackets that are not placeholders pass the pattern', () => {
    expect(PLACEHOLDER_PATTERN.test('【変更届出】サービス名（IP0001-1302）')).toBe(false);
    expect(PLACEHOLDER_PATTERN.test('【事務局が記入】')).toBe(true);
  });

  test('a missing file, an unknown key and an empty value are named', () => {
    expect(problemsOf(null)[0]!.message).toContain('サイトの設定ファイル');
    expect(problemsOf(BASE + 'colour: red\n').map((p) => p.field)).toEqual(['colour']);
    expect(problemsOf(BASE.replace('operator: テスト機関', "operator: ''")).map((p) => p.field)).toEqual(['operator']);
  });
});
