/**
 * The English updates, open-data catalogue and matcher fields, from the sample
 * catalogue's published view: the same entries as the Japanese ones, every
 * word the English pages show of them in English (only what a provider wrote —
 * data-centre names — is kept apart, to be marked lang="ja"), and links that
 * lead to the English service pages.
 */
import { describe, expect, test } from 'vitest';
import { catalogueUpdates } from '../../src/lib/catalogue-updates.ts';
import { englishItemLabel, englishUpdates } from '../../src/lib/english-updates.ts';
import {
  answerKindName,
  jsonFields,
  openDataFiles,
  valueDescriptionEnglish,
} from '../../src/lib/formats/open-data-catalogue.ts';
import { ANSWER_COLUMNS, ANSWER_COLUMNS_EN } from '../../src/lib/formats/open-data-csv.ts';
import { matchFields } from '../../src/lib/match-index.ts';
import { HISTORY_ANCHOR, rowAnchor, servicePlacePath } from '../../src/lib/paths.ts';
import { publishedView } from '../support/published-view.ts';

const { asOf, template, services } = publishedView();
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/u;

describe('englishUpdates', () => {
  const japanese = catalogueUpdates(services, template, asOf);
  const english = englishUpdates(japanese, template);

  test('the same updates in the same order, each change of each', () => {
    expect(english.length).toBeGreaterThan(50);
    expect(english.map((u) => [u.date, u.service.id, u.changes.length])).toEqual(
      japanese.map((u) => [u.date, u.service.id, u.changes.length]),
    );
  });

  test('events and changes are named in English; data-centre names are kept apart, as written', () => {
    const changes = english.flatMap((u) => u.changes);
    expect(changes.length).toBeGreaterThan(10);
    for (const u of english) expect(u.type, `${u.date} ${u.service.id}`).not.toMatch(JAPANESE);
    for (const c of changes) expect(c.label).not.toMatch(JAPANESE);
    expect(changes.some((c) => c.place !== undefined && JAPANESE.test(c.place))).toBe(true);
    expect(english.some((u) => u.type === 'Certification expired')).toBe(true);
  });

  test('links lead to the English service page: the event, the history for an expiry, a changed row as it stands', () => {
    for (const u of english) {
      expect(u.href.startsWith(`/en/services/${u.service.id}/#`), u.href).toBe(true);
      for (const c of u.changes) expect(c.href.startsWith(`/en/services/${u.service.id}/#`), c.href).toBe(true);
    }
    const expired = english.find((u) => u.type === 'Certification expired')!;
    expect(expired.href).toBe(servicePlacePath(expired.service.id, HISTORY_ANCHOR, 'en'));
    const item = japanese.flatMap((u) => u.entries).find((e) => e.kind === 'item' && !e.change.dataCentre)!;
    const row = item.kind === 'item' ? item.change.item : '';
    expect(english.flatMap((u) => u.changes).some((c) => c.href.endsWith(`#${rowAnchor(row)}`))).toBe(true);
  });

  test('a row is named by its No. and English names, with its description when that tells rows apart', () => {
    expect(englishItemLabel(template, 'representative-name')).toBe('No. 7 Representative (Name of the representative)');
    for (const r of template.rows) expect(englishItemLabel(template, r.id), r.id).not.toMatch(JAPANESE);
    expect(englishItemLabel(template, 'no-such-row')).toBe('no-such-row');
  });
});

describe('the open-data catalogue in English', () => {
  test('every file has its English description, and answers.en.csv is listed', () => {
    const files = openDataFiles(services);
    expect(files.map((f) => f.name)).toContain('answers.en.csv');
    for (const f of files) {
      expect(f.en.about, f.name).toBeTruthy();
      expect(`${f.en.name} ${f.en.format} ${f.en.about}`, f.name).not.toMatch(JAPANESE);
    }
  });

  test('every JSON field has an English description', () => {
    for (const f of jsonFields()) {
      expect(f.en.description, f.name).toBeTruthy();
      expect(`${f.en.where} ${f.en.description}`, f.name).not.toMatch(JAPANESE);
    }
  });

  test('the data dictionary has every row kind and typed value in English', () => {
    for (const r of template.rows) {
      expect(answerKindName(r, 'en'), r.id).not.toMatch(JAPANESE);
      for (const [i, v] of r.values.entries())
        expect(valueDescriptionEnglish(v, r.en.values[i]), `${r.id} ${v.key}`).not.toMatch(JAPANESE);
    }
  });

  test("answers.en.csv's header names each column of answers.csv in English, each once", () => {
    const header = ANSWER_COLUMNS.map((c) => ANSWER_COLUMNS_EN[c]);
    expect(new Set(header).size).toBe(ANSWER_COLUMNS.length);
    for (const h of header) expect(h).toMatch(/^[\x20-\x7e]+$/u);
  });
});

describe('matchFields in English', () => {
  test('the same fields with the same types and directions, labelled and measured in English', () => {
    const ja = matchFields(template);
    const en = matchFields(template, 'en');
    expect(en.map((f) => [f.field, f.type, f.op])).toEqual(ja.map((f) => [f.field, f.type, f.op]));
    for (const f of en) expect(`${f.label} ${f.unit ?? ''}`, f.field).not.toMatch(JAPANESE);
  });
});
