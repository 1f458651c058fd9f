/**
 * Reads and checks the whole catalogue: content/form-b.yaml and every
 * content/services/*.yaml. Either everything is valid and comes back, or a
 * CatalogueError lists every problem — nothing partial is ever published.
 * Used by the build (src/content.config.ts) and by `npm run check`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CatalogueError, fieldPath, type DataProblem } from './data-problem.ts';
import { flattenTemplate, templateProblems, templateSchema, type FormTemplate } from './form-b-template.ts';
import { serviceSchema, type RawService } from './service-record.ts';
import { serviceProblems, serviceWarnings } from './service-rules.ts';
import { parseFailsafeFast, parseYaml, positionOf, type SourceFile } from './yaml-source.ts';
import { schemaIssues, type SchemaIssue } from './zod-messages.ts';
import { parseCertificationNumber, slugOf } from '../rules/certification-number.ts';

export interface LoadedService {
  /** Lower-case 認定番号, the file name and the URL slug. */
  id: string;
  file: string;
  record: RawService;
}

export interface Catalogue {
  template: FormTemplate;
  services: LoadedService[];
  /** What a person should review before publishing; never stops the build. */
  warnings: DataProblem[];
}

export const TEMPLATE_FILE = 'form-b.yaml';
export const SERVICES_DIR = 'services';

export function loadCatalogue(contentDir: string, cwd: string = process.cwd()): Catalogue {
  const problems: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  const show = (p: string) => relative(cwd, p) || p;
  const report = (source: SourceFile, issues: SchemaIssue[], to: DataProblem[] = problems) => {
    for (const i of issues) to.push({ file: source.file, ...positionOf(source, i.path), field: fieldPath(i.path), message: i.message });
  };

  // The template first: service files cannot be checked without it.
  const template = loadTemplate(contentDir, cwd);

  const servicesDir = join(contentDir, SERVICES_DIR);
  const services: LoadedService[] = [];
  const serials = new Map<number, string>();
  for (const name of listServiceFiles(servicesDir)) {
    const path = join(servicesDir, name);
    const text = readText(path) ?? '';
    // Positions are only needed to report problems: parse fast first, and read
    // the file again with source positions only when something is wrong.
    let located: ReturnType<typeof parseYaml> | undefined;
    const locate = () => (located ??= parseYaml(show(path), text, 'failsafe'));
    let value: unknown;
    try {
      value = parseFailsafeFast(text);
    } catch {
      const { source, problems: yamlProblems } = locate();
      if (yamlProblems.length) {
        problems.push(...yamlProblems.map((p) => ({ file: source.file, ...p, field: '' })));
        continue;
      }
      value = source.doc.toJS();
    }
    const result = serviceSchema.safeParse(value ?? {});
    if (!result.success) {
      report(locate().source, schemaIssues(result.error));
      continue;
    }
    const record = result.data;
    const issues = serviceProblems(record, template);
    const expected = `${slugOf(record.certificationNumber)}.yaml`;
    const number = parseCertificationNumber(record.certificationNumber);
    if (number && name !== expected)
      issues.push({ path: ['certificationNumber'], message: `ファイル名は認定番号を小文字にした「${expected}」にしてください` });
    if (number) {
      const other = serials.get(number.serial);
      if (other)
        issues.push({
          path: ['certificationNumber'],
          message: `認定通番 ${String(number.serial).padStart(4, '0')} は ${other} と重複しています（通番はカタログ全体で一意です）`,
        });
      else serials.set(number.serial, show(path));
    }
    const notes = serviceWarnings(record, template);
    if (notes.length) report(locate().source, notes, warnings);
    if (issues.length) report(locate().source, issues);
    else services.push({ id: slugOf(record.certificationNumber), file: show(path), record });
  }
  if (problems.length) throw new CatalogueError(problems);
  services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { template, services, warnings };
}

/** Reads and checks content/form-b.yaml alone (the secretariat's tools need it even while a service file is being written). */
export function loadTemplate(contentDir: string, cwd: string = process.cwd()): FormTemplate {
  const problems: DataProblem[] = [];
  const show = (p: string) => relative(cwd, p) || p;
  const templatePath = join(contentDir, TEMPLATE_FILE);
  const templateText = readText(templatePath);
  if (templateText === null)
    throw new CatalogueError([{ file: show(templatePath), line: 1, col: 1, field: '', message: '申請書B様式のファイルがありません' }]);
  const tpl = parseYaml(show(templatePath), templateText, 'core');
  if (tpl.problems.length) throw new CatalogueError(tpl.problems.map((p) => ({ file: tpl.source.file, ...p, field: '' })));
  const parsedTemplate = templateSchema.safeParse(tpl.source.doc.toJS());
  if (!parsedTemplate.success) {
    for (const i of schemaIssues(parsedTemplate.error))
      problems.push({ file: tpl.source.file, ...positionOf(tpl.source, i.path), field: fieldPath(i.path), message: i.message });
    throw new CatalogueError(problems);
  }
  const template = flattenTemplate(parsedTemplate.data);
  const tProblems = templateProblems(template);
  if (tProblems.length)
    throw new CatalogueError(tProblems.map((message) => ({ file: tpl.source.file, line: 1, col: 1, field: '', message })));
  return template;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Flat folder of *.yaml files; anything else there is a mistake worth naming. */
function listServiceFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('.'))
    .filter((n) => {
      if (statSync(join(dir, n)).isDirectory())
        throw new CatalogueError([
          {
            file: join(dir, n),
            line: 1,
            col: 1,
            field: '',
            message: 'services の下にフォルダは置けません。認定番号ごとの .yaml ファイルを直接置いてください',
          },
        ]);
      if (!n.endsWith('.yaml'))
        throw new CatalogueError([{ file: join(dir, n), line: 1, col: 1, field: '', message: '拡張子は .yaml にしてください' }]);
      return true;
    })
    .sort();
}
