/**
 * The English names of Form B (content/form-b.yaml `en:`), which the English
 * edition shows instead of the Japanese headings: the real template has one
 * for every 大分類, 中分類, 開示項目, 記述内容, unit, guidance and value label,
 * and a template that lacks one is refused by the loader and by
 * `npm run check` with a Japanese message naming the file, the row and the
 * missing field.
 *
 * The bad-data fixtures are the real template with one English name removed
 * (applied at test time, so they never drift from the template they break).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { CatalogueError } from '../../src/data/data-problem.ts';
import { loadTemplate } from '../../src/data/load-catalogue.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TEMPLATE_TEXT = readFileSync(join(ROOT, 'content', 'form-b.yaml'), 'utf8');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp content folder holding the given template (and the rest of content/ for npm run check). */
function contentWith(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-form-b-en-'));
  made.push(dir);
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  writeFileSync(join(dir, 'form-b.yaml'), template);
  return dir;
}

/** Removes exactly one occurrence, so a fixture can never silently break nothing. */
function without(text: string, part: string): string {
  const at = text.indexOf(part);
  if (at < 0 || text.indexOf(part, at + 1) >= 0)
    throw new Error(`fixture: expected exactly one ${JSON.stringify(part)}`);
  return text.slice(0, at) + text.slice(at + part.length);
}

function lineOf(text: string, line: string): number {
  const i = text.split('\n').indexOf(line);
  if (i < 0) throw new Error(`line not found: ${line}`);
  return i + 1;
}

function refusal(dir: string): CatalogueError {
  try {
    loadTemplate(dir, ROOT);
  } catch (e) {
    if (e instanceof CatalogueError) return e;
    throw e;
  }
  throw new Error('the template should have been refused');
}

describe('the English names of the real template', () => {
  const template = loadTemplate(join(ROOT, 'content'), ROOT);

  test('every 大分類 has an English name and part, and every row English 中分類 and 記述内容', () => {
    expect(template.categories).toHaveLength(10);
    for (const c of template.categories) {
      expect(c.en.name, c.id).not.toMatch(JAPANESE);
      expect(c.en.part, c.id).not.toMatch(JAPANESE);
      if (c.note) expect(c.en.note, c.id).toBeTruthy();
    }
    for (const r of template.rows) {
      const english = [r.en.categoryName, r.en.middle, r.en.label, r.en.description, r.en.unit, r.en.guidance];
      for (const text of english) if (text !== undefined) expect(text, r.id).not.toMatch(JAPANESE);
      expect(r.en.label === undefined, `${r.id}: English 開示項目 exactly when the Japanese has one`).toBe(
        r.label === undefined,
      );
      expect(r.en.unit === undefined, `${r.id}: English unit exactly when the Japanese has one`).toBe(
        r.unit === undefined,
      );
    }
  });

  test('typed values carry English labels and choices, key by key', () => {
    for (const r of template.rows) {
      expect(r.en.values.map((v) => v.key)).toEqual(r.values.map((v) => v.key));
      r.values.forEach((v, i) => {
        const en = r.en.values[i]!;
        if (v.label) expect(en.label, `${r.id}.${v.key}`).toMatch(/^[^\u3040-\u9fff]+$/);
        if (v.choices) expect(en.choices, `${r.id}.${v.key}`).toHaveLength(v.choices.length);
        // A unit the Japanese shows after a number is shown in English too (年 after a year needs none).
        if (v.unit && v.type !== 'year') expect(en.unit, `${r.id}.${v.key}`).toBeTruthy();
      });
    }
  });

  test('items that share a 中分類 share its English name', () => {
    const byMiddle = new Map<string, Set<string>>();
    for (const r of template.rows) byMiddle.set(r.middle, (byMiddle.get(r.middle) ?? new Set()).add(r.en.middle));
    for (const [middle, names] of byMiddle) expect([...names], middle).toHaveLength(1);
  });
});

describe('a template without an English name is refused', () => {
  test('a 記述内容 row without en.description: file, line of the row, field and row id', () => {
    const text = without(
      TEMPLATE_TEXT,
      '            en:\n              description: Number of business offices (in Japan and abroad)\n',
    );
    const e = refusal(contentWith(text));
    expect(e.problems).toHaveLength(1);
    const p = e.problems[0]!;
    expect(p.file.replaceAll('\\', '/')).toMatch(/\/form-b\.yaml$/);
    expect(p.field).toBe('categories[1].items[3].rows[1].en.description');
    // Positioned at the row the English is missing from.
    expect(p.line).toBe(lineOf(text, '          - id: office-count'));
    expect(p.message).toBe('記述内容「office-count」（No.5）に記述内容の英語名（en.description）がありません');
  });

  test('an item without its English 開示項目, a category without its English name', () => {
    let text = without(TEMPLATE_TEXT, '          label: Number of executives\n');
    text = without(text, '      name: Human resources\n');
    const messages = refusal(contentWith(text)).problems.map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual([
      'categories[2].en.name: 大分類「人材」（personnel）に大分類の英語名（en.name）がありません',
      'categories[2].items[1].en.label: No.8「役員数」に開示項目の英語名（en.label）がありません',
    ]);
  });

  test('English choices must match the Japanese ones in number', () => {
    const text = without(TEMPLATE_TEXT, ', Business hours only');
    const [p, ...rest] = refusal(contentWith(text)).problems;
    expect(rest).toEqual([]);
    expect(p!.field).toBe('categories[9].items[1].rows[0].value.en.choices');
    expect(p!.message).toContain('記述内容「support-hours」（No.53）の値の choices（3 個）と同じ順・同じ数の英語名');
  });

  test('one part (区分) with two English names is refused', () => {
    const text = TEMPLATE_TEXT.replace(
      "    en:\n      name: Human resources\n      part: Disclosure items on the provider's safety and reliability",
      '    en:\n      name: Human resources\n      part: Provider items',
    );
    expect(text).not.toBe(TEMPLATE_TEXT);
    const [p, ...rest] = refusal(contentWith(text)).problems;
    expect(rest).toEqual([]);
    expect(p!.field).toBe('categories[2].en.part');
    expect(p!.message).toContain(
      '大分類「人材」（personnel）の区分「事業者の安全・信頼性に関する情報開示項目」の英語名「Provider items」',
    );
  });

  test('one 中分類 with two English names is refused', () => {
    const text = TEMPLATE_TEXT.replace(
      '        label: 主要取引金融機関\n        en:\n          middle: Business relationships',
      '        label: 主要取引金融機関\n        en:\n          middle: Trading relationships',
    );
    expect(text).not.toBe(TEMPLATE_TEXT);
    const [p] = refusal(contentWith(text)).problems;
    expect(p!.message).toContain('No.16「主要取引金融機関」の中分類「取引関係」の英語名「Trading relationships」');
  });

  test('npm run check exits 1 and prints file:line:col, the row and the missing field', () => {
    const text = without(TEMPLATE_TEXT, '              guidance: <Write 400 characters or fewer>\n');
    const dir = contentWith(text);
    const result = spawnSync(process.execPath, ['scripts/check.ts', dir], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    // At the row's en: (the mapping the field is missing from).
    const line =
      lineOf(text, '              description: IaaS or PaaS, and the range of resources and functions provided') - 1;
    expect(result.stderr).toMatch(
      new RegExp(`form-b\\.yaml:${line}:\\d+ categories\\[6\\]\\.items\\[2\\]\\.rows\\[0\\]\\.en\\.guidance: `),
    );
    expect(result.stderr).toContain(
      '記述内容「service-scope」（No.24）に記入上の注意（guidance）の英語名（en.guidance）がありません',
    );
    expect(result.stdout).not.toContain('OK');
  });
});
