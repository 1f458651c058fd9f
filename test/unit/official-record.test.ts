/**
 * The data check's rules for the official record (issue: renewal outcomes,
 * stated renewed periods, face-sheet and data-centre changes, 一定の要件
 * phrasing). Each case starts from the valid fixture service
 * (test/fixtures/bad-data/valid), changes its events or fields, and loads the
 * catalogue: a refusal names the field and the rule in Japanese.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { loadCatalogue, type Catalogue } from '../../src/data/load-catalogue.ts';
import { publishService } from '../../src/lib/publication.ts';
import { toStored } from '../../src/data/stored-service.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const VALID_SERVICES = join(ROOT, 'test', 'fixtures', 'bad-data', 'valid', 'services');
const FILE = 'ip0001-1302.yaml';
const VALID = readFileSync(join(VALID_SERVICES, FILE), 'utf8');
const EVENTS_AT = VALID.indexOf('\nevents:\n');

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The fixture with its events replaced (YAML list items under `events:`) and optional other edits. */
function fixture(events: string, edit: (text: string) => string = (t) => t): string {
  const text = edit(`${VALID.slice(0, EVENTS_AT)}\nevents:\n  - type: 認定\n    date: 2013-02-14\n${events}`);
  const dir = mkdtempSync(join(tmpdir(), 'aspic-record-'));
  made.push(dir);
  cpSync(join(ROOT, 'content', 'form-b.yaml'), join(dir, 'form-b.yaml'));
  cpSync(VALID_SERVICES, join(dir, 'services'), { recursive: true });
  writeFileSync(join(dir, 'services', FILE), text);
  return dir;
}

function load(dir: string): Catalogue {
  return loadCatalogue(dir, dir);
}

/** The messages of a refused catalogue, as `field: message` lines. */
function problems(dir: string): string[] {
  try {
    load(dir);
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems.map((p) => `${p.field}: ${p.message}`);
    throw e;
  }
  return [];
}

function expectRefused(dir: string, field: string, ...words: string[]): void {
  const found = problems(dir);
  expect(
    found.some((p) => p.startsWith(`${field}: `) && words.every((w) => p.includes(w))),
    `expected a problem at ${field} with ${words.join(' / ')}; got:\n${found.join('\n')}`,
  ).toBe(true);
}

// The fixture's first period: 2013-02-14 … 2015-02-13; renewal window 2014-12-15 … 2015-01-14.
const APPLIED = '  - type: 更新申請\n    date: 2015-01-05\n';
const renewed = (date: string, start?: string) =>
  `  - type: 更新認定\n    date: ${date}\n${start === undefined ? '' : `    periodStart: ${start}\n`}`;

describe('更新認定 states its period (periodStart), checked against the record', () => {
  test('accepted: a period continuing from the old last day, and one starting on the decision date', () => {
    expect(load(fixture(APPLIED + renewed('2015-01-20', '2015-02-14'))).services).toHaveLength(1);
    expect(load(fixture(APPLIED + renewed('2015-01-20', '2015-01-20'))).services).toHaveLength(1);
  });

  test('refused: a missing periodStart (the old code silently used the decision date)', () => {
    expectRefused(fixture(APPLIED + renewed('2015-01-20')), 'events[2].type', '認定証', 'periodStart');
  });

  test('refused: a periodStart on or before the previous period’s start', () => {
    expectRefused(
      fixture(APPLIED + renewed('2015-01-20', '2013-02-01')),
      'events[2].periodStart',
      '前の認定期間の開始日',
    );
  });

  test('refused: a periodStart more than a year from the decision', () => {
    expectRefused(fixture(APPLIED + renewed('2015-01-20', '2016-02-01')), 'events[2].periodStart', '1年以上');
  });

  test('refused: a periodStart that is not a date', () => {
    expectRefused(fixture(APPLIED + renewed('2015-01-20', '2015-02-30')), 'events[2].periodStart', '存在しない');
  });
});

describe('a renewal application can end in 更新非認定 or 更新申請取下げ', () => {
  test.each(['更新非認定', '更新申請取下げ'])('accepted: %s after a pending application', (type) => {
    const c = load(fixture(`${APPLIED}  - type: ${type}\n    date: 2015-03-10\n`));
    const published = publishService(toStored(c.services[0]!.record), c.template, '2015-03-10')!;
    expect(published.lifecycle.status).toBe('期限切れ');
    expect(published.lifecycle.renewalOutcome).toEqual({ type, date: '2015-03-10' });
    expect(publishService(toStored(c.services[0]!.record), c.template, '2015-03-09')!.lifecycle.status).toBe(
      '更新手続中',
    );
  });

  test('refused: an outcome with no pending application', () => {
    expectRefused(fixture('  - type: 更新非認定\n    date: 2014-01-10\n'), 'events[1].type', '更新申請');
  });

  test('refused: an outcome dated before its application', () => {
    expectRefused(
      fixture('  - type: 更新申請取下げ\n    date: 2014-12-20\n  - type: 更新申請\n    date: 2015-01-05\n'),
      'events[1].date',
      'より前の日付',
    );
  });

  test('refused: a second application while one is pending', () => {
    expectRefused(
      fixture(`${APPLIED}  - type: 更新申請\n    date: 2015-01-10\n`),
      'events[2].type',
      '結果',
      '次の更新申請',
    );
  });

  test('refused: anything after an outcome (a new 認定 needs a new number)', () => {
    expectRefused(
      fixture(`${APPLIED}  - type: 更新非認定\n    date: 2015-01-20\n  - type: 更新申請\n    date: 2015-01-25\n`),
      'events[3].type',
      '新しい認定番号',
    );
    expectRefused(
      fixture(`${APPLIED}  - type: 更新申請取下げ\n    date: 2015-01-20\n${renewed('2015-01-30', '2015-02-14')}`),
      'events[3].type',
      '新しい認定番号',
    );
  });
});

describe('a change can record the face sheet and data centres', () => {
  const notice = (changes: string) => `  - type: 変更届出\n    date: 2014-05-01\n    changes:\n${changes}`;
  const REMOVED = `removedDataCentres:
  - id: osaka-1
    label: 大阪第1データセンター
    answers:
      dc-location: { country: 日本, prefecture: 大阪府, content: 大阪府内, evidence: [{ document: 旧データセンター説明書, place: 1.1 }] }
      dc-ownership: { content: 賃借, evidence: [{ document: 旧賃貸借契約書, place: 第1条 }] }
      dc-seismic: { content: 耐震構造, evidence: [{ document: 旧データセンター説明書, place: 2.1 }] }
      dc-power: { content: UPS あり, evidence: [{ document: 旧データセンター説明書, place: 2.2 }] }
      dc-cooling: { content: 空冷式, evidence: [{ document: 旧データセンター説明書, place: 2.3 }] }
      dc-physical-security:
        implemented: true
        content: 警備員による入館管理
        evidence: [{ document: 旧データセンター説明書, place: 3.1 }]
        withhold: { through: 2030-12-31, reason: 建物売却まで }
`;
  const withRemoved = (t: string) => t.replace('\nevents:\n', `\n${REMOVED}events:\n`);

  test('accepted: a renamed provider, published with the old and new name', () => {
    const c = load(fixture(notice('      - field: providerName\n        previous: 株式会社旧テスト\n')));
    const s = publishService(toStored(c.services[0]!.record), c.template, '2015-01-01')!;
    expect(s.events[1]!.fieldChanges).toEqual([
      { field: 'providerName', previous: '株式会社旧テスト', current: '株式会社テスト' },
    ]);
  });

  test('refused: a face-sheet change whose previous value equals the current one', () => {
    expectRefused(
      fixture(notice('      - field: providerName\n        previous: 株式会社テスト\n')),
      'events[1].changes[0].previous',
      '事業者名称',
      '同じ',
    );
  });

  test('refused: a face-sheet field that does not exist', () => {
    expectRefused(
      fixture(notice('      - field: ceoName\n        previous: 山田\n')),
      'events[1].changes[0].field',
      'いずれか',
    );
  });

  test('refused: a change that names nothing, or two things', () => {
    expectRefused(fixture(notice('      - previous: 何か\n')), 'events[1].changes[0]', 'どれか1つ');
    expectRefused(
      fixture(notice('      - field: serviceName\n        item: support-hours\n        previous: 旧名\n')),
      'events[1].changes[0]',
      'どれか1つ',
    );
  });

  test('accepted: a removed centre moved to removedDataCentres; it leaves the current centres, keeps its answers, withheld ones hidden', () => {
    const c = load(fixture(notice('      - dataCentreRemoved: osaka-1\n'), withRemoved));
    const before = publishService(toStored(c.services[0]!.record), c.template, '2014-04-30')!;
    expect(before.dataCentres.map((d) => d.id)).toEqual(['tokyo-1', 'osaka-1']);
    const after = publishService(toStored(c.services[0]!.record), c.template, '2014-05-01')!;
    expect(after.dataCentres.map((d) => d.id)).toEqual(['tokyo-1']);
    expect(after.removedDataCentres.map((d) => d.id)).toEqual(['osaka-1']);
    expect(after.removedDataCentres[0]!.answers['dc-location']).toMatchObject({
      state: 'answered',
      content: '大阪府内',
    });
    expect(after.removedDataCentres[0]!.answers['dc-physical-security']).toEqual({ state: 'withheld' });
    expect(after.events[1]!.dataCentresRemoved).toEqual(['osaka-1']);
  });

  test('refused: removing a centre that is still in dataCentres, or one that does not exist', () => {
    expectRefused(
      fixture(notice('      - dataCentreRemoved: tokyo-1\n')),
      'events[1].changes[0].dataCentreRemoved',
      'removedDataCentres に移して',
    );
    expectRefused(
      fixture(notice('      - dataCentreRemoved: nagoya-9\n')),
      'events[1].changes[0].dataCentreRemoved',
      'ありません',
    );
  });

  test('refused: a removed centre with no change that removed it', () => {
    expectRefused(fixture('', withRemoved), 'removedDataCentres[0].id', 'dataCentreRemoved');
  });

  test('refused: adding a centre that is not listed', () => {
    expectRefused(
      fixture(notice('      - dataCentreAdded: kobe-1\n')),
      'events[1].changes[0].dataCentreAdded',
      'ありません',
    );
  });
});

describe('一定の要件: warnings for answers that contain a negative phrase', () => {
  test('a longer answer containing 「未対応」 loads, with a warning naming file, line and field', () => {
    const dir = fixture('', (t) =>
      t.replace('計画停止の14日前までに電子メールで告知', '計画停止の14日前までに電子メールで告知（SMS 通知は未対応）'),
    );
    const c = load(dir);
    expect(c.services).toHaveLength(1);
    expect(c.warnings).toHaveLength(1);
    const w = c.warnings[0]!;
    expect(w.file).toBe(join('services', FILE));
    expect(w.field).toBe('answers.maintenance-notice.content');
    expect(w.line).toBeGreaterThan(1);
    expect(w.message).toContain('未対応');
  });

  test('an answer that is only a negative phrase is refused', () => {
    expectRefused(
      fixture('', (t) => t.replace('計画停止の14日前までに電子メールで告知', '未対応です。')),
      'answers.maintenance-notice.content',
      '一定の要件',
    );
  });
});

describe('typed values in the data: declared beside the text and held to it', () => {
  const withValue =
    (value: string, extra = '') =>
    (t: string) =>
      t.replace(
        '  availability-target:\n    content: 99.95%\n',
        `  availability-target:\n    content: 99.95%\n    value: ${value}\n${extra}`,
      );

  test('accepted: the number as written in the 申請内容, published with the answer', () => {
    const c = load(fixture('', withValue('"99.95"')));
    const s = publishService(toStored(c.services[0]!.record), c.template, '2014-01-01')!;
    expect(s.answers['availability-target']).toMatchObject({
      state: 'answered',
      values: [{ type: 'percent', number: 99.95, text: '99.95%' }],
    });
  });

  test.each([
    ['a number that is not in the text', '"99.99"', '申請内容にありません'],
    ['a wrong unit', '99.95円', '単位'],
    ['not a number', '高い', '数値として読めません'],
    ['a list on a one-value row', '[99.95, 99.9]', '1つだけ'],
  ])('refused: %s', (_name, value, words) => {
    expectRefused(fixture('', withValue(value)), 'answers.availability-target.value', words);
  });

  test('refused: a value on a withheld answer (filters would reveal it)', () => {
    expectRefused(
      fixture('', withValue('"99.95"', '    withhold: { through: 2030-01-01, reason: 契約上の理由 }\n')),
      'answers.availability-target.value',
      '公表留保中',
    );
  });

  test('refused: a value on a row the template gives no value', () => {
    expectRefused(
      fixture('', (t) =>
        t.replace(
          '  support-hours:\n    content: 平日 9:00〜18:00\n',
          '  support-hours:\n    content: 平日 9:00〜18:00\n    value: 平日\n',
        ),
      ),
      'answers.support-hours.value',
      '選択肢にありません',
    );
    expectRefused(
      fixture('', (t) =>
        t.replace('    content: 1分間隔で死活監視\n', '    content: 1分間隔で死活監視\n    value: 1分\n'),
      ),
      'answers.liveness-monitoring.value',
      '値（value）を書けません',
    );
  });

  test('refused: a choice outside the template', () => {
    expectRefused(
      fixture('', (t) =>
        t.replace(
          '  availability-target:\n',
          '  third-party-certifications:\n    content: ISMS 認証\n    value: [ISMS]\n    evidence: [{ document: 認証書, place: 1頁 }]\n  availability-target:\n',
        ),
      ),
      'answers.third-party-certifications.value',
      '選択肢にありません',
    );
  });
});
