/**
 * `npm run check` (scripts/check.ts) as the secretariat runs it: a child
 * process per case, so these live here rather than in the unit tier. The
 * rules themselves are tested in-process in test/unit/bad-data.test.ts,
 * catalogue-holdings.test.ts and search-synonyms.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { catalogueHoldings, holdingsReport } from '../../src/data/catalogue-holdings.ts';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { SYNONYMS_FILE } from '../../src/data/search-synonyms.ts';
import { licenceOf, loadSiteProfile } from '../../src/data/site-profile.ts';
import { catalogue, edit, FILE, lineOf, removeCatalogues, ROOT, VALID } from '../support/bad-catalogue.ts';

const made: string[] = [];
afterEach(() => {
  removeCatalogues();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check (scripts/check.ts)', () => {
  const check = (dir: string) =>
    spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: ROOT, encoding: 'utf8' });

  test('exits 1 and prints file:line:col, field and rule on stderr for bad data', () => {
    const long = 'あ'.repeat(101);
    const text = edit(VALID, '    content: クラウド基盤サービスとシステム開発\n', `    content: ${long}\n`);
    const line = lineOf(text, `    content: ${long}`);
    const result = check(catalogue({ text }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`services/${FILE}:${line}:5 answers.business-overview.content:`);
    expect(result.stderr).toContain('100 字以内');
    expect(result.stdout).not.toContain('OK');
  });

  test('exits 1 with the line of a YAML syntax error', () => {
    const text = edit(VALID, '  company-name:\n', '   company-name:\n');
    const result = check(catalogue({ text }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`services/${FILE}:${lineOf(text, '   company-name:')}:`);
  });

  test('a dangling symlink: exits 1 with the Japanese list, no English stack trace', () => {
    const result = check(
      catalogue({ then: (dir) => symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'services', 'ip0002-1303.yaml')) }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/services\/ip0002-1303\.yaml:1:1 シンボリックリンクは使えません/);
    expect(result.stderr).not.toMatch(/ENOENT|\n\s+at /);
  });

  test('exits 0 and says OK for the valid fixture', () => {
    const result = check(catalogue());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK: .*認定サービス 1 件/);
  });

  test('warns about a leading formula character, and still says OK', () => {
    const text = edit(VALID, 'providerName: 株式会社テスト\n', "providerName: '=2+3'\n");
    const result = check(catalogue({ text }));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/OK: /);
    expect(result.stderr).toMatch(
      new RegExp(`注意.*\\n.*services/${FILE}:${lineOf(text, "providerName: '=2+3'")}:1 providerName: .*数式`),
    );
  });
});

describe('npm run check prints the counts at the end', () => {
  test('for the sample catalogue on the test publication date, with the licence warning last while no licence is set', () => {
    const r = spawnSync(process.execPath, ['scripts/check.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PUBLICATION_DATE: '2026-11-26' },
    });
    expect(r.status, r.stderr).toBe(0);
    const expected = holdingsReport(catalogueHoldings(loadCatalogue(join(ROOT, 'content')), '2026-11-26'));
    const out = r.stdout.trimEnd().split('\n');
    expect(out[0]).toMatch(/^OK: /);
    expect(out.slice(1, 1 + expected.length)).toEqual(expected);
    expect(out.slice(1).join('\n')).toMatch(/添付書類等のある回答 [1-9]\d* 件/);
    expect(out.slice(1).join('\n')).toMatch(/公表留保中の回答 [1-9]\d* 件/);
    if (!licenceOf(loadSiteProfile(join(ROOT, 'content')))) expect(out.at(-1)).toMatch(/^警告: .*openData\.licence/);
  });
});

describe('npm run check and content/search-synonyms.yaml', () => {
  test('npm run check names a problem in the dictionary as file:line:col and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aspic-synonyms-check-'));
    made.push(dir);
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    writeFileSync(join(dir, SYNONYMS_FILE), 'groups:\n  - [可用性, 稼働率]\n  - [稼働率, アップタイム]\n');
    const r = spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/search-synonyms\.yaml:3:6 groups\[1\]\[0\]: 「稼働率」は 1 番目のまとまりにもあります/u);
  });
});
