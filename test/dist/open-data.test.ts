/**
 * /data/: every JSON file validates against the JSON Schema generated from the
 * zod schemas, and the JSON and both CSVs (parsed with a CSV parser, as Excel
 * would: BOM, quoted fields, line breaks inside fields) round-trip against the
 * published view computed from content/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { requireDist } from '../support/paths.ts';
import { publishedView } from '../support/published-view.ts';
import { collectSecrets, occursInPublicText } from '../support/catalogue-secrets.ts';
import { contentDir, publicationDate } from '../support/paths.ts';
import { ANSWER_COLUMNS, ANSWER_COLUMNS_EN } from '../../src/lib/formats/open-data-csv.ts';

const dist = requireDist();
const view = publishedView();
const read = (p: string) => readFileSync(join(dist, 'data', p), 'utf8');
const readJson = (p: string) => JSON.parse(read(p)) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });

describe('JSON', () => {
  const validateList = ajv.compile(readJson('services.schema.json'));
  const validateOne = ajv.compile(readJson('service.schema.json'));

  test('services.json validates against services.schema.json and lists every published service', () => {
    const list = readJson('services.json') as { publicationDate: string; services: Record<string, unknown>[] };
    expect(validateList(list), ajv.errorsText(validateList.errors)).toBe(true);
    expect(list.publicationDate).toBe(view.asOf);
    expect(list.services.map((s) => s['certificationNumber'])).toEqual(view.services.map((s) => s.certificationNumber));
    for (const [i, s] of view.services.entries()) {
      const e = list.services[i]!;
      expect(e['status']).toBe(s.lifecycle.status);
      expect(e['periodEnd']).toBe(s.lifecycle.periodEnd);
      expect(e['disclosureDate']).toBe(s.disclosureDate ?? null);
    }
  });

  test('every services/<id>.json validates against service.schema.json and matches the published answers', () => {
    const files = readdirSync(join(dist, 'data', 'services')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(view.services.map((s) => `${s.id}.json`));
    for (const s of view.services) {
      const json = readJson(`services/${s.id}.json`) as {
        answers: { row: string; answer: Record<string, unknown> }[];
        dataCentres: { label: string; answers: { row: string; answer: Record<string, unknown> }[] }[];
      };
      expect(validateOne(json), `${s.id}: ${ajv.errorsText(validateOne.errors)}`).toBe(true);
      for (const a of json.answers) expect(a.answer, `${s.id} ${a.row}`).toEqual(s.answers[a.row]);
      expect(json.dataCentres.map((d) => d.label)).toEqual(s.dataCentres.map((d) => d.label));
      json.dataCentres.forEach((dc, i) => {
        for (const a of dc.answers)
          expect(a.answer, `${s.id} ${dc.label} ${a.row}`).toEqual(s.dataCentres[i]!.answers[a.row]);
      });
    }
  });

  test('a withheld answer is {state: withheld} with no text (IP0008 west-2 location)', () => {
    const json = readJson('services/ip0008-2004.json') as {
      dataCentres: { answers: { row: string; answer: Record<string, unknown> }[] }[];
    };
    const withheld = json.dataCentres.flatMap((d) => d.answers).filter((a) => a.answer['state'] === 'withheld');
    expect(withheld.map((a) => a.row)).toEqual(expect.arrayContaining(['dc-location', 'dc-physical-security']));
    for (const a of withheld) expect(Object.keys(a.answer)).toEqual(['state']);
  });

  test('the schema rejects a file that breaks it (the check can fail)', () => {
    const bad = { ...readJson('services.json'), services: [{ certificationNumber: 'X1' }] };
    expect(validateList(bad)).toBe(false);
  });
});

describe('CSV (UTF-8 with BOM, parsed by csv-parse)', () => {
  const parseCsv = (name: string) => {
    const bytes = readFileSync(join(dist, 'data', name));
    expect([...bytes.subarray(0, 3)], `${name} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { bom: true, columns: true, relax_quotes: false });
    // As /data/ tells readers: a cell Excel would run as a formula carries one leading '.
    const text = (v: string) => (/^'[=+\-@\t\r＝＋－＠]/.test(v) ? v.slice(1) : v);
    return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, text(v)])));
  };

  test('services.csv has one row per published service with its status and dates', () => {
    const rows = parseCsv('services.csv');
    expect(rows.map((r) => r['認定番号'])).toEqual(view.services.map((s) => s.certificationNumber));
    for (const [i, s] of view.services.entries()) {
      const r = rows[i]!;
      expect(r['サービス名称']).toBe(s.serviceName);
      expect(r['事業者名称']).toBe(s.providerName);
      expect(r['状態']).toBe(s.lifecycle.status);
      expect(r['認定期間満了日']).toBe(s.lifecycle.periodEnd);
      expect(r['サービス概要']).toBe(s.serviceSummary);
    }
  });

  test('answers.csv has one row per service × row, with 申請内容 exactly as published (公表留保中 / 記載なし otherwise)', () => {
    const rows = parseCsv('answers.csv');
    const mainRows = view.template.rows.filter((r) => !r.perDataCentre);
    const dcRows = view.template.rows.filter((r) => r.perDataCentre);
    const expected = view.services.flatMap((s) => [
      ...mainRows.map((r) => ({ s, dc: '', row: r, a: s.answers[r.id]! })),
      ...s.dataCentres.flatMap((dc) => dcRows.map((r) => ({ s, dc: dc.label, row: r, a: dc.answers[r.id]! }))),
    ]);
    expect(rows).toHaveLength(expected.length);
    let multiline = 0;
    expected.forEach(({ s, dc, row, a }, i) => {
      const r = rows[i]!;
      expect([r['認定番号'], r['データセンター'], r['No'], r['記述内容']]).toEqual([
        s.certificationNumber,
        dc,
        String(row.no),
        row.description,
      ]);
      expect(r['必須/選択']).toBe(row.required ? '必須' : '選択');
      const content = a.state === 'answered' ? a.content : a.state === 'withheld' ? '公表留保中' : '記載なし';
      expect(r['申請内容'], `${s.certificationNumber} ${dc} ${row.id}`).toBe(content);
      if (content.includes('\n')) multiline++;
    });
    expect(multiline, 'answers with line breaks survive quoting').toBeGreaterThan(0);
    expect(rows.filter((r) => r['申請内容'] === '公表留保中').length).toBeGreaterThan(0);
  });

  describe('answers.en.csv', () => {
    const records = (name: string) => parse(readFileSync(join(dist, 'data', name)), { bom: true, relax_quotes: false });

    test('has exactly the rows and values of answers.csv, under the English header', () => {
      const [jaHeader, ...jaRows] = records('answers.csv');
      const [enHeader, ...enRows] = records('answers.en.csv');
      expect(jaHeader).toEqual([...ANSWER_COLUMNS]);
      expect(enHeader).toEqual(ANSWER_COLUMNS.map((c) => ANSWER_COLUMNS_EN[c]));
      expect(enHeader!.join('')).toMatch(/^[\x20-\x7e]+$/);
      expect(jaRows.length).toBeGreaterThan(100);
      expect(enRows).toEqual(jaRows);
      // Byte for byte too: the BOM, the quoting and the formula escapes are the same, not just the parsed values.
      const body = (name: string) => read(name).slice(read(name).indexOf('\r\n'));
      expect(body('answers.en.csv')).toBe(body('answers.csv'));
    });

    test('withheld answers are absent: their rows say 公表留保中 and no withheld text is in the file', () => {
      const rows = parseCsv('answers.en.csv');
      const withheldRows = rows.filter((r) => r['Application content'] === '公表留保中');
      expect(withheldRows.length).toBeGreaterThan(0);
      for (const r of withheldRows) expect([r['Implemented'], r['Value']]).toEqual(['', '']);
      const catalogue = collectSecrets(contentDir(), publicationDate());
      const withheld = catalogue.secrets
        .filter((x) => x.kind === 'withheld.content')
        .map((x) => x.text)
        .filter((t) => !occursInPublicText(t, catalogue.publicTexts));
      expect(withheld.length).toBeGreaterThan(0);
      const text = read('answers.en.csv');
      expect(withheld.filter((t) => text.includes(t) || text.includes(t.replaceAll('"', '""')))).toEqual([]);
    });
  });
});
