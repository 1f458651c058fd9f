/**
 * The secretariat's bad data must be refused, with a Japanese message that
 * names the file, the line, the field path and the rule.
 *
 * Each case copies the valid fixture catalogue (content/form-b.yaml, copied at
 * test time so the template stays single-sourced, plus
 * test/fixtures/bad-data/valid/services/ip0001-1302.yaml) into a temp folder,
 * breaks one thing, and loads it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError, formatProblem, type DataProblem } from '../../src/data/data-problem.ts';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { parseFailsafeFast, parseYaml } from '../../src/data/yaml-source.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATE = join(ROOT, 'content', 'form-b.yaml');
const VALID_SERVICES = join(ROOT, 'test', 'fixtures', 'bad-data', 'valid', 'services');
const FILE = 'ip0001-1302.yaml';
const VALID = readFileSync(join(VALID_SERVICES, FILE), 'utf8');

// ---------------------------------------------------------------- helpers

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp catalogue: the real template plus the valid fixture services, then the given changes. */
function catalogue(opts: { text?: string; fileName?: string; extra?: Record<string, string> } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-bad-data-'));
  made.push(dir);
  cpSync(TEMPLATE, join(dir, 'form-b.yaml'));
  cpSync(join(ROOT, 'content', 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(VALID_SERVICES, join(dir, 'services'), { recursive: true });
  const path = join(dir, 'services', FILE);
  if (opts.text !== undefined) writeFileSync(path, opts.text);
  if (opts.fileName !== undefined) renameSync(path, join(dir, 'services', opts.fileName));
  for (const [name, text] of Object.entries(opts.extra ?? {})) writeFileSync(join(dir, 'services', name), text);
  return dir;
}

/** Replaces exactly one occurrence, so a mutation can never silently do nothing. */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`fixture edit: expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line of the first line equal to `line`, searching after the line equal to `after` if given. */
function lineOf(text: string, line: string, after?: string): number {
  const lines = text.split('\n');
  const from = after === undefined ? 0 : lines.indexOf(after) + 1;
  if (after !== undefined && from === 0) throw new Error(`anchor line not found: ${after}`);
  const i = lines.indexOf(line, from);
  if (i < 0) throw new Error(`line not found: ${line}`);
  return i + 1;
}

function refused(dir: string): CatalogueError {
  let error: unknown;
  try {
    loadCatalogue(dir);
  } catch (e) {
    error = e;
  }
  expect(error, 'the catalogue should have been refused').toBeInstanceOf(CatalogueError);
  const e = error as CatalogueError;
  expect(e.problems.length).toBeGreaterThan(0);
  expect(e.message).toMatch(/^データに \d+ 件の誤りがあります。公開できません。/);
  return e;
}

interface Expected {
  /** The service file's name (the problem's file must end with services/<file>). */
  file?: string;
  field: string;
  /** Exact line, or [min, max] when more than one line is sensible. */
  line: number | [number, number];
  /** Key words of the rule that the Japanese message must contain. */
  words: string[];
}

/** Finds the problem at `field` whose message has all the words, and checks where it points. */
function expectProblem(e: CatalogueError, want: Expected): DataProblem {
  const file = want.file ?? FILE;
  const candidates = e.problems.filter((p) => p.field === want.field && want.words.every((w) => p.message.includes(w)));
  expect(candidates, `no problem at ${want.field} with ${want.words.join(' / ')}; got:\n${e.message}`).not.toHaveLength(0);
  const p = candidates[0]!;
  expect(p.file.replaceAll('\\', '/').endsWith(`services/${file}`), `file ${p.file} should end with services/${file}`).toBe(true);
  expect(p.line).toBeGreaterThan(0);
  expect(p.col).toBeGreaterThan(0);
  if (typeof want.line === 'number') expect(p.line, `line for ${want.field}`).toBe(want.line);
  else {
    expect(p.line).toBeGreaterThanOrEqual(want.line[0]);
    expect(p.line).toBeLessThanOrEqual(want.line[1]);
  }
  // The whole error message (what people see) names file:line:col, the field and the rule.
  expect(e.message).toContain(formatProblem(p));
  expect(e.message).toContain(`${p.file}:${p.line}:${p.col}`);
  if (want.field) expect(e.message).toContain(`${want.field}: `);
  return p;
}

/** Removes the block of an answer (its key line and the more-indented lines under it). */
function withoutAnswer(text: string, id: string, indent = '  '): string {
  const lines = text.split('\n');
  const start = lines.indexOf(`${indent}${id}:`);
  if (start < 0) throw new Error(`answer not found: ${id}`);
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith(`${indent} `)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

// ---------------------------------------------------------------- the valid fixture

describe('the valid fixture', () => {
  test('loads, with 1 service and no problems', () => {
    const { template, services } = loadCatalogue(catalogue());
    expect(template.version).toBe('ip-2011.1');
    expect(services).toHaveLength(1);
    expect(services[0]!.id).toBe('ip0001-1302');
    expect(services[0]!.record.certificationNumber).toBe('IP0001-1302');
  });

  test('the helpers really change the file (guard against no-op mutations)', () => {
    expect(() => edit(VALID, 'この文字列はない', 'x')).toThrow();
    expect(withoutAnswer(VALID, 'major-shareholders')).not.toContain('major-shareholders');
  });
});

// ---------------------------------------------------------------- 審査基準 (§5(2))

describe('審査基準: 必須開示項目 and 一定の要件を考慮すべき項目', () => {
  test('a missing 必須 item is refused, naming the item and the rule', () => {
    const text = withoutAnswer(VALID, 'major-shareholders');
    const e = refused(catalogue({ text }));
    const answersLine = lineOf(text, 'answers:');
    // No key to point at: the problem points at the answers block (its key or first entry).
    expectProblem(e, {
      field: 'answers',
      line: [answersLine, answersLine + 1],
      words: ['必須項目', 'No.14', 'major-shareholders', '回答がありません'],
    });
    expect(e.problems).toHaveLength(1);
  });

  test('a 必須 item whose content is blank counts as missing', () => {
    const text = edit(VALID, '    content: 株式会社テストホールディングス 100%\n', '    content: ""\n');
    const e = refused(catalogue({ text }));
    const key = lineOf(text, '  major-shareholders:');
    expectProblem(e, {
      field: 'answers.major-shareholders',
      line: [key, key + 1],
      words: ['必須項目', 'major-shareholders', '回答がありません'],
    });
  });

  test.each([
    ['change-contact', 'サービス企画部 電話 03-0000-0000 / 電子メール change@example.jp', 'なし', 'No.25'],
    ['support-contact', 'サポートセンター 電話 03-0000-0001 / 電子メール support@example.jp', '実施なし', 'No.52'],
  ])('一定の要件 text item %s answered 「%s」→「%s」 is refused: a measure must be in place', (id, before, after, no) => {
    const text = edit(VALID, `    content: ${before}\n`, `    content: ${after}\n`);
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: `answers.${id}.content`,
      line: lineOf(text, `    content: ${after}`, `  ${id}:`),
      words: [no, '一定の要件を考慮すべき項目', '対策・措置', '認定できません'],
    });
    expect(e.problems).toHaveLength(1);
  });

  test('一定の要件 practice item maintenance-notice with implemented: false is refused', () => {
    const text = edit(
      VALID,
      '    implemented: true\n    content: 計画停止の14日前までに電子メールで告知\n',
      '    implemented: false\n    content: 計画停止の14日前までに電子メールで告知\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.maintenance-notice.implemented',
      line: lineOf(text, '    implemented: false', '  maintenance-notice:'),
      words: ['No.54', '一定の要件を考慮すべき項目', '対策・措置'],
    });
  });

  test('an answered item without 添付書類等 (evidence) is refused', () => {
    const text = edit(VALID, '    content: 120名\n    evidence: [{ document: 会社案内, place: p.3 }]\n', '    content: 120名\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.employee-count.evidence',
      line: [lineOf(text, '  employee-count:'), lineOf(text, '    content: 120名')],
      words: ['添付書類等', 'ありません'],
    });
  });
});

// ---------------------------------------------------------------- items and the template

describe('items must exist in the template, in the right place, within their limits', () => {
  test('an unknown item id is refused, pointing at the line of that key', () => {
    const text = edit(
      VALID,
      '  company-name:\n',
      '  no-such-item:\n    content: 何か\n    evidence: [{ document: 資料, place: p.1 }]\n  company-name:\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.no-such-item',
      line: lineOf(text, '  no-such-item:'),
      words: ['no-such-item', '申請書B様式', 'ありません'],
    });
  });

  test('a ハウジング item placed in the top-level answers is refused: it belongs under dataCentres', () => {
    const text = edit(
      VALID,
      '  company-name:\n',
      '  dc-seismic:\n    content: 免震構造\n    evidence: [{ document: 説明書, place: 2.1 }]\n  company-name:\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.dc-seismic',
      line: lineOf(text, '  dc-seismic:'),
      words: ['dc-seismic', 'ハウジング', 'dataCentres'],
    });
  });

  test('a top-level item placed under a data centre is refused', () => {
    const text = edit(
      VALID,
      '      dc-ownership:\n',
      '      company-name:\n        content: 株式会社テスト\n        evidence: [{ document: 登記事項証明書, place: 商号欄 }]\n      dc-ownership:\n',
    );
    const e = refused(catalogue({ text }));
    const p = expectProblem(e, {
      field: 'dataCentres[0].answers.company-name',
      line: [lineOf(text, '      company-name:'), lineOf(text, '      company-name:') + 1],
      words: ['company-name', 'データセンターごとの項目ではありません'],
    });
    expect(p.message).toContain('answers に書いてください');
  });

  test('an answer over its template length limit is refused (business-overview: 100 字以内)', () => {
    const long = 'あ'.repeat(101);
    const text = edit(VALID, '    content: クラウド基盤サービスとシステム開発\n', `    content: ${long}\n`);
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.business-overview.content',
      line: lineOf(text, `    content: ${long}`),
      words: ['No.6', '100 字以内', '101 字'],
    });
  });

  test('exactly 100 characters is accepted, and line breaks are not counted', () => {
    const text = edit(
      VALID,
      '    content: クラウド基盤サービスとシステム開発\n',
      `    content: |-\n      ${'あ'.repeat(50)}\n      ${'い'.repeat(50)}\n`,
    );
    expect(loadCatalogue(catalogue({ text })).services).toHaveLength(1);
  });

  test('a 変更届出 naming an item that does not exist is refused', () => {
    const text = `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: no-such-item\n        previous: 旧い記述\n`;
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'events[1].changes[0].item',
      line: lineOf(text, '      - item: no-such-item'),
      words: ['変更届出', 'no-such-item', '申請書B様式', 'ありません'],
    });
  });

  test('a 変更届出 naming an existing item is accepted (control for the case above)', () => {
    const text = `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: employee-count\n        previous: 110名\n`;
    expect(loadCatalogue(catalogue({ text })).services).toHaveLength(1);
  });

  test('a change whose previous text equals the new text is refused (the answer was not edited)', () => {
    const text = `${VALID}  - type: 変更届出\n    date: 2013-06-01\n    changes:\n      - item: support-hours\n        previous: 平日 9:00〜18:00\n`;
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'events[1].changes[0].previous',
      line: lineOf(text, '        previous: 平日 9:00〜18:00'),
      words: ['support-hours', '変更前', '変更後の内容が同じ'],
    });
  });

  test('the new text of an earlier change is the next change’s previous, not the current answer', () => {
    const changes = (date: string, previous: string) =>
      `  - type: 変更届出\n    date: ${date}\n    changes:\n      - item: support-hours\n        previous: ${previous}\n`;
    // 17:00 → 17:30 → 18:00 (current) is fine; 17:30 → 17:30 → 18:00 is not.
    expect(
      loadCatalogue(catalogue({ text: VALID + changes('2013-06-01', '平日 9:00〜17:00') + changes('2013-07-01', '平日 9:00〜17:30') }))
        .services,
    ).toHaveLength(1);
    const text = VALID + changes('2013-06-01', '平日 9:00〜17:30') + changes('2013-07-01', '平日 9:00〜17:30');
    expectProblem(refused(catalogue({ text })), { field: 'events[1].changes[0].previous', line: [1, 999], words: ['変更後の内容が同じ'] });
  });
});

// ---------------------------------------------------------------- 認定番号 and file names

describe('認定番号, its YYMM, its serial and the file name', () => {
  test('a malformed 認定番号 (IP001-1302) is refused, with the correct form as an example', () => {
    const text = edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP001-1302\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'certificationNumber',
      line: lineOf(text, 'certificationNumber: IP001-1302'),
      words: ['認定番号', 'IP001-1302', '形式が正しくありません', '4桁の通番'],
    });
  });

  test('a YYMM that disagrees with the first 認定 date is refused', () => {
    const text = edit(VALID, '    date: 2013-02-14\n', '    date: 2013-03-14\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'certificationNumber',
      line: lineOf(text, 'certificationNumber: IP0001-1302'),
      words: ['下4桁', '1302', '初回の認定日', '2013-03-14', '1303', '一致しません'],
    });
    expect(e.problems).toHaveLength(1);
  });

  test('a serial used by two files is refused, naming the other file', () => {
    const second = edit(
      edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP0001-1303\n'),
      '    date: 2013-02-14\n',
      '    date: 2013-03-01\n',
    );
    const e = refused(catalogue({ extra: { 'ip0001-1303.yaml': second } }));
    const p = expectProblem(e, {
      file: 'ip0001-1303.yaml',
      field: 'certificationNumber',
      line: lineOf(second, 'certificationNumber: IP0001-1303'),
      words: ['認定通番', '0001', '重複', '一意'],
    });
    expect(p.message).toContain(FILE);
    expect(e.problems).toHaveLength(1);
  });

  test('two files with different serials load side by side (control for the case above)', () => {
    const second = edit(
      edit(VALID, 'certificationNumber: IP0001-1302\n', 'certificationNumber: IP0002-1303\n'),
      '    date: 2013-02-14\n',
      '    date: 2013-03-01\n',
    );
    const { services } = loadCatalogue(catalogue({ extra: { 'ip0002-1303.yaml': second } }));
    expect(services.map((s) => s.id)).toEqual(['ip0001-1302', 'ip0002-1303']);
  });

  test('a file name that does not match the number is refused, naming the right file name', () => {
    const e = refused(catalogue({ fileName: 'ip0001-1303.yaml' }));
    expectProblem(e, {
      file: 'ip0001-1303.yaml',
      field: 'certificationNumber',
      line: lineOf(VALID, 'certificationNumber: IP0001-1302'),
      words: ['ファイル名', '小文字', 'ip0001-1302.yaml'],
    });
  });
});

// ---------------------------------------------------------------- dates and 公表留保

describe('dates and 公表留保', () => {
  test('an impossible event date (2025-02-30) is refused', () => {
    const text = edit(VALID, '    date: 2013-02-14\n', '    date: 2025-02-30\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'events[0].date',
      line: lineOf(text, '    date: 2025-02-30'),
      words: ['2025-02-30', '存在しない', 'YYYY-MM-DD'],
    });
  });

  test('an impossible date in a Form B date answer (2013/02/30) is refused', () => {
    const text = edit(VALID, '    content: 2013/01/31\n', '    content: 2013/02/30\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.disclosure-date.content',
      line: lineOf(text, '    content: 2013/02/30'),
      words: ['No.1', '日付', '存在する日付'],
    });
  });

  test('a 公表留保 (withhold) without a last day is refused: the message asks for through', () => {
    const text = edit(
      VALID,
      '    content: 株式会社テストホールディングス 100%\n',
      '    content: 株式会社テストホールディングス 100%\n    withhold:\n      reason: 契約上の理由\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.major-shareholders.withhold.through',
      line: lineOf(text, '    withhold:', '  major-shareholders:'),
      words: ['公表留保', '最終日', 'through', '期限のない'],
    });
  });

  test('a 公表留保 with an end date is accepted (control for the case above)', () => {
    const text = edit(
      VALID,
      '    content: 株式会社テストホールディングス 100%\n',
      '    content: 株式会社テストホールディングス 100%\n    withhold:\n      through: 2014-04-01\n      reason: 契約上の理由\n',
    );
    expect(loadCatalogue(catalogue({ text })).services).toHaveLength(1);
  });

  test('the old key until is refused by name and the message says to write through (the agreed last day)', () => {
    const text = edit(
      VALID,
      '    content: 株式会社テストホールディングス 100%\n',
      '    content: 株式会社テストホールディングス 100%\n    withhold:\n      until: 2014-04-01\n      reason: 契約上の理由\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.major-shareholders.withhold.until',
      line: lineOf(text, '      until: 2014-04-01'),
      words: ['until', 'through', '最終日', '翌日'],
    });
    expect(e.problems).toHaveLength(1);
  });

  test('a 公表留保 whose end date is impossible is refused', () => {
    const text = edit(
      VALID,
      '    content: 株式会社テストホールディングス 100%\n',
      '    content: 株式会社テストホールディングス 100%\n    withhold:\n      through: 2014-02-30\n      reason: 契約上の理由\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'answers.major-shareholders.withhold.through',
      line: lineOf(text, '      through: 2014-02-30'),
      words: ['公表留保', '最終日', '2014-02-30', '存在しない'],
    });
  });
});

// ---------------------------------------------------------------- YAML that does not parse

describe('YAML that does not parse is refused in Japanese, at the right line', () => {
  test('bad indentation (a key indented one space too far)', () => {
    const text = edit(VALID, '  company-name:\n', '   company-name:\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, { field: '', line: lineOf(text, '   company-name:'), words: ['YAML', '字下げ'] });
  });

  test('an unclosed quote points at the line where the quote opens', () => {
    const text = edit(VALID, '    content: 株式会社テスト\n', '    content: "株式会社テスト\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, { field: '', line: lineOf(text, '    content: "株式会社テスト'), words: ['YAML', '記号'] });
  });

  test('a key written twice is refused', () => {
    const text = edit(VALID, 'serviceName: テストクラウド基盤\n', 'serviceName: テストクラウド基盤\nserviceName: 別名\n');
    const e = refused(catalogue({ text }));
    expectProblem(e, { field: '', line: lineOf(text, 'serviceName: 別名'), words: ['同じキーが2回'] });
  });
});

// ---------------------------------------------------------------- npm run check (scripts/check.ts)

describe('npm run check (scripts/check.ts)', () => {
  const check = (dir: string) => spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: ROOT, encoding: 'utf8' });

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

  test('exits 0 and says OK for the valid fixture', () => {
    const result = check(catalogue());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^OK: .*認定サービス 1 件/);
  });
});

// ---------------------------------------------------------------- lifecycle events that the scheme does not allow

describe('lifecycle events follow the scheme', () => {
  const withEvents = (events: string) => VALID.replace(/events:\n[\s\S]*$/, `events:\n${events}`);

  test('a renewal after the period lapsed needs an application made inside the 60–30 day window', () => {
    // Period 2013-02-14 – 2015-02-13; window 2014-12-15 – 2015-01-14. Applied 2015-01-30 (too late), decided after expiry.
    const text = withEvents(
      '  - type: 認定\n    date: 2013-02-14\n  - type: 更新申請\n    date: 2015-01-30\n  - type: 更新認定\n    date: 2015-02-20\n    periodStart: 2015-02-20\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, {
      field: 'events[2].date',
      line: lineOf(text, '    date: 2015-02-20'),
      words: ['60日前から30日前', '更新認定はできません'],
    });
  });

  test('a renewal decided after expiry is fine when the application was inside the window', () => {
    const text = withEvents(
      '  - type: 認定\n    date: 2013-02-14\n  - type: 更新申請\n    date: 2014-12-20\n  - type: 更新認定\n    date: 2015-02-20\n    periodStart: 2015-02-20\n',
    );
    expect(loadCatalogue(catalogue({ text })).services).toHaveLength(1);
  });

  test('a change notice cannot be recorded once the certification has lapsed', () => {
    const text = withEvents(
      '  - type: 認定\n    date: 2013-02-14\n  - type: 変更届出\n    date: 2016-01-10\n    changes:\n      - item: company-name\n        previous: 旧社名株式会社\n',
    );
    const e = refused(catalogue({ text }));
    expectProblem(e, { field: 'events[1].type', line: lineOf(text, '  - type: 変更届出'), words: ['認定が有効な間だけ', '期限切れ'] });
  });
});

describe('the fast YAML path and the positional path read service files alike', () => {
  test('every sample service file gives the same value through both parsers', () => {
    const dir = join(ROOT, 'content', 'services');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      const { source, problems } = parseYaml(name, text, 'failsafe');
      expect(problems, name).toEqual([]);
      expect(parseFailsafeFast(text), name).toEqual(source.doc.toJS());
    }
  });

  test('a duplicate key is refused by the fast path too', () => {
    expect(() => parseFailsafeFast('a: 1\na: 2\n')).toThrow();
  });
});
