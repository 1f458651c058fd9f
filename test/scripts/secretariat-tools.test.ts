/**
 * The secretariat's tools, used as the secretariat would: scaffold a service
 * file and fill it in; export the Form B workbook, fill it in as an applicant
 * would and import it; import a changed workbook as a 変更届出. Every output
 * must pass the same check as `npm run check`, and import problems must name
 * the sheet row.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import type { FormRow } from '../../src/data/form-b-template.ts';
import { loadCatalogue, loadTemplate } from '../../src/data/load-catalogue.ts';
import { toStored } from '../../src/data/stored-service.ts';
import { publishService } from '../../src/lib/publication.ts';
import { col, COLUMNS, FIRST_DATA_ROW, HEADER_FIELDS, SHEET_NAME, cellText } from '../../scripts/lib/form-workbook.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const template = loadTemplate(join(ROOT, 'content'));
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A scratch catalogue with the real template and no services. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-tools-'));
  made.push(dir);
  cpSync(join(ROOT, 'content', 'form-b.yaml'), join(dir, 'form-b.yaml'));
  mkdirSync(join(dir, 'services'));
  return dir;
}

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

/** A valid answer of the row's kind, as an applicant might write it. */
function answerFor(r: FormRow, dc = '') {
  const base = { evidence: [{ document: `資料${r.no}`, place: `${r.no}ページ` }] };
  switch (r.kind) {
    case 'date':
      return { ...base, content: '2026/10/01' };
    case 'url':
      return { ...base, content: `https://example.jp/${r.id}` };
    case 'quantity':
      return { ...base, content: `12${r.unit ?? ''}` };
    case 'practice':
      return { ...base, implemented: true, content: `対策を実施（${r.id}${dc}）` };
    case 'location':
      return { ...base, country: '日本', prefecture: '大阪府', content: '大阪府内' };
    default:
      return { ...base, content: `回答 ${r.id}${dc}\n2行目` };
  }
}

const HEADER = {
  certificationNumber: 'IP0013-2611',
  serviceName: 'テスト基盤クラウド',
  serviceSummary: '試験用の IaaS です。',
  providerName: '株式会社テスト',
  category: 'IaaS',
  serviceSite: 'https://example.jp/',
};

describe('npm run new', () => {
  test('--help explains the command', () => {
    const r = run('new.ts', '--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('使い方: npm run new -- <認定番号>');
  });

  test('scaffolds every template row with its guidance; the blank file fails the check, once filled it passes', () => {
    const dir = scratch();
    const r = run('new.ts', 'ip0013-2611', '--dir', dir);
    expect(r.status, r.err).toBe(0);
    const file = join(dir, 'services', 'ip0013-2611.yaml');
    const text = readFileSync(file, 'utf8');
    for (const row of template.rows) {
      expect(text).toContain(`  ${row.id}:`);
      expect(text).toContain(`# ${row.description}`);
    }
    expect(text).toContain('【必須・★一定の要件】');
    expect(() => loadCatalogue(dir)).toThrow(/serviceName: 空です/);

    // Fill it in as the secretariat would, keeping the file's comments.
    const doc = parseDocument(text);
    for (const [k, v] of Object.entries(HEADER)) doc.set(k, v);
    for (const row of template.rows) {
      const path = row.perDataCentre ? ['dataCentres', 0, 'answers', row.id] : ['answers', row.id];
      for (const [k, v] of Object.entries(answerFor(row))) doc.setIn([...path, k], v === true ? 'はい' : v);
    }
    doc.setIn(['dataCentres', 0, 'label'], '大阪データセンター');
    doc.setIn(['events', 0, 'date'], '2026-11-20');
    writeFileSync(file, doc.toString({ lineWidth: 0 }));
    const { services } = loadCatalogue(dir);
    expect(services.map((s) => s.id)).toEqual(['ip0013-2611']);
    expect(readFileSync(file, 'utf8')).toContain('# No.1 開示情報の時点／開示情報の日付【必須】');
  });

  test('refuses a malformed number, an existing file and a serial in use', () => {
    const dir = scratch();
    expect(run('new.ts', 'IP13', '--dir', dir).err).toContain('認定番号「IP13」の形式が正しくありません');
    expect(run('new.ts', 'IP0013-2611', '--dir', dir).status).toBe(0);
    expect(run('new.ts', 'IP0013-2611', '--dir', dir).err).toContain('既にあります');
    expect(run('new.ts', 'IP0013-2612', '--dir', dir).err).toContain('認定通番 0013 は');
  });
});

async function exported(dir: string): Promise<{ file: string; wb: ExcelJS.Workbook }> {
  const file = join(dir, 'form.xlsx');
  const r = run('form-export.ts', '--out', file, '--dir', dir);
  expect(r.status, r.err).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { file, wb };
}

/** Fills the exported sheet as an applicant would; returns what was written per row id. */
function fill(ws: ExcelJS.Worksheet) {
  const filled = new Map<string, ReturnType<typeof answerFor>>();
  for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) {
    const row = ws.getRow(n);
    const id = cellText(row.getCell(col('id')).value);
    const header = HEADER[id as keyof typeof HEADER];
    if (header) row.getCell(col('content')).value = header;
    const formRow = template.byId.get(id);
    if (!formRow) continue;
    const a = answerFor(formRow);
    filled.set(id, a);
    row.getCell(col('content')).value = a.content;
    row.getCell(col('evidence')).value = a.evidence.map((e) => `${e.document}｜${e.place}`).join('\n');
    if ('implemented' in a) row.getCell(col('implemented')).value = '実施あり';
    if ('country' in a) row.getCell(col('country')).value = a.country;
    if ('prefecture' in a) row.getCell(col('prefecture')).value = a.prefecture;
    if (formRow.perDataCentre) row.getCell(col('dataCentre')).value = '大阪データセンター';
  }
  return filled;
}

describe('npm run form:export', () => {
  test('one sheet, template rows in order, with 申請内容 and 添付書類等 columns, 必須/選択, ★ and guidance', async () => {
    const { wb } = await exported(scratch());
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET_NAME]);
    const ws = wb.worksheets[0]!;
    const headers = COLUMNS.map((_, i) => cellText(ws.getRow(FIRST_DATA_ROW - 1).getCell(i + 1).value));
    expect(headers).toEqual(
      expect.arrayContaining(['申請内容', '添付書類等', '必須/選択', '一定の要件', '記入上の注意']),
    );
    const ids: string[] = [];
    for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) ids.push(cellText(ws.getRow(n).getCell(col('id')).value));
    expect(ids).toEqual([...HEADER_FIELDS.map((f) => f.id), ...template.rows.map((r) => r.id)]);
    const rowOf = (id: string) => ws.getRow(FIRST_DATA_ROW + ids.indexOf(id));
    expect(cellText(rowOf('security-policies').getCell(col('key')).value)).toBe('★');
    expect(cellText(rowOf('security-policies').getCell(col('required')).value)).toBe('必須');
    expect(cellText(rowOf('company-website').getCell(col('required')).value)).toBe('選択');
    expect(cellText(rowOf('business-overview').getCell(col('guidance')).value)).toContain('100字以内');
  });
});

describe('npm run form:import', () => {
  test('round trip: export → fill → import gives a service file that passes the check with the same answers', async () => {
    const dir = scratch();
    const { file, wb } = await exported(dir);
    const filled = fill(wb.worksheets[0]!);
    await wb.xlsx.writeFile(file);
    const r = run('form-import.ts', file, '--dir', dir, '--date', '2026-11-20');
    expect(r.status, r.err).toBe(0);
    expect(r.out).toContain('行を読み取りました');

    const { services } = loadCatalogue(dir);
    const record = services[0]!.record;
    expect(record.serviceName).toBe(HEADER.serviceName);
    expect(record.dataCentres.map((d) => d.label)).toEqual(['大阪データセンター']);
    for (const row of template.rows) {
      const got = row.perDataCentre ? record.dataCentres[0]!.answers[row.id] : record.answers[row.id];
      const want = filled.get(row.id)!;
      expect(got?.content, row.id).toBe(want.content);
      expect(got?.evidence).toEqual(want.evidence);
      if ('implemented' in want) expect(got?.implemented).toBe(true);
      if ('country' in want) expect([got?.country, got?.prefecture]).toEqual([want.country, want.prefecture]);
    }
  });

  test('problems are named by sheet row and column, and nothing is written', async () => {
    const dir = scratch();
    const { file, wb } = await exported(dir);
    const ws = wb.worksheets[0]!;
    fill(ws);
    const rowNo = (id: string) => {
      for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++)
        if (cellText(ws.getRow(n).getCell(col('id')).value) === id) return n;
      throw new Error(id);
    };
    ws.getRow(rowNo('security-policies')).getCell(col('implemented')).value = 'たぶん';
    ws.getRow(rowNo('founded')).getCell(col('evidence')).value = '資料名だけ';
    await wb.xlsx.writeFile(file);
    const r = run('form-import.ts', file, '--dir', dir);
    expect(r.status).toBe(1);
    expect(r.err).toContain(`シート「申請書B」${rowNo('security-policies')}行目 J列: 実施有無「たぶん」`);
    expect(r.err).toContain(`シート「申請書B」${rowNo('founded')}行目 N列: 添付書類等「資料名だけ」`);
    expect(loadCatalogue(dir).services).toEqual([]);

    // A rule of the check (a 100-character limit) also comes back as the sheet row.
    ws.getRow(rowNo('security-policies')).getCell(col('implemented')).value = '実施あり';
    ws.getRow(rowNo('founded')).getCell(col('evidence')).value = '登記事項証明書｜1ページ';
    ws.getRow(rowNo('business-overview')).getCell(col('content')).value = 'あ'.repeat(101);
    await wb.xlsx.writeFile(file);
    const r2 = run('form-import.ts', file, '--dir', dir);
    expect(r2.status).toBe(1);
    expect(r2.err).toMatch(new RegExp(`シート「申請書B」${rowNo('business-overview')}行目 M列: .*100 字以内`));
  });

  test('--into records a 変更届出 with the previous text, and the site shows old and new', async () => {
    const dir = scratch();
    const { file, wb } = await exported(dir);
    const ws = wb.worksheets[0]!;
    fill(ws);
    await wb.xlsx.writeFile(file);
    expect(run('form-import.ts', file, '--dir', dir, '--date', '2026-11-20').status).toBe(0);
    const service = join(dir, 'services', 'ip0013-2611.yaml');

    for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      if (cellText(row.getCell(col('id')).value) === 'support-hours')
        row.getCell(col('content')).value = '平日 9:00〜20:00';
    }
    await wb.xlsx.writeFile(file);
    const r = run('form-import.ts', file, '--into', service, '--dir', dir, '--date', '2026-11-25');
    expect(r.status, r.err).toBe(0);
    expect(r.out).toContain('変更届出（2026-11-25）として 1 項目の変更を記録しました: support-hours');

    const { services } = loadCatalogue(dir);
    const record = services[0]!.record;
    expect(record.answers['support-hours']?.content).toBe('平日 9:00〜20:00');
    expect(record.events.at(-1)).toEqual({
      type: '変更届出',
      date: '2026-11-25',
      changes: [{ item: 'support-hours', previous: '回答 support-hours\n2行目' }],
    });
    const published = publishService(toStored(record), template, '2026-11-26')!;
    expect(published.events.at(-1)?.changes?.[0]).toMatchObject({
      previous: { state: 'answered', content: '回答 support-hours\n2行目' },
      current: { state: 'answered', content: '平日 9:00〜20:00' },
    });

    // Importing the same workbook again changes nothing.
    const again = run('form-import.ts', file, '--into', service, '--dir', dir, '--date', '2026-11-26');
    expect(again.out).toContain('変更はありません');
  });

  test('the 値 column: a typed value is imported beside the text; a change of value alone is no 変更届出', async () => {
    const dir = scratch();
    const { file, wb } = await exported(dir);
    const ws = wb.worksheets[0]!;
    fill(ws);
    const rowOf = (id: string) => {
      for (let n = FIRST_DATA_ROW; n <= ws.rowCount; n++)
        if (cellText(ws.getRow(n).getCell(col('id')).value) === id) return ws.getRow(n);
      throw new Error(id);
    };
    rowOf('availability-target').getCell(col('content')).value = '99.99%（月間）';
    rowOf('availability-target').getCell(col('value')).value = '99.99';
    rowOf('backup').getCell(col('content')).value = '6時間ごとに取得し、7日分を保管';
    rowOf('backup').getCell(col('value')).value = '取得間隔=6時間\n保存期間=7日';
    await wb.xlsx.writeFile(file);
    const r = run('form-import.ts', file, '--dir', dir, '--date', '2026-11-20');
    expect(r.status, r.err).toBe(0);
    const record = loadCatalogue(dir).services[0]!.record;
    expect(record.answers['availability-target']?.value).toBe('99.99');
    expect(record.answers['backup']?.value).toEqual({ interval: '6時間', retention: '7日' });

    // A value that the text does not hold is named by sheet row and column.
    rowOf('availability-target').getCell(col('value')).value = '99.95';
    await wb.xlsx.writeFile(file);
    const service = join(dir, 'services', 'ip0013-2611.yaml');
    const bad = run('form-import.ts', file, '--into', service, '--dir', dir, '--date', '2026-11-25');
    expect(bad.status).toBe(1);
    expect(bad.err).toMatch(/行目 P列: .*申請内容にありません/u);

    // Dropping the value changes the file but records no change notice.
    rowOf('availability-target').getCell(col('value')).value = null;
    await wb.xlsx.writeFile(file);
    const ok = run('form-import.ts', file, '--into', service, '--dir', dir, '--date', '2026-11-25');
    expect(ok.status, ok.err).toBe(0);
    const after = loadCatalogue(dir).services[0]!.record;
    expect(after.answers['availability-target']?.value).toBeUndefined();
    expect(after.events.map((e) => e.type)).toEqual(['認定']);
  });

  test('--help explains both uses', () => {
    const r = run('form-import.ts', '--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('--into');
    expect(run('form-export.ts', '--help').out).toContain('npm run form:export');
  });
});
