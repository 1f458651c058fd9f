/**
 * Reads and checks the whole catalogue: content/form-b.yaml and every
 * content/services/*.yaml. Either everything is valid and comes back, or a
 * CatalogueError lists every problem — nothing partial is ever published.
 * Used by the build (src/content.config.ts) and by `npm run check`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CheckedFiles, checkedFileCacheDir, fileSha } from './checked-file-cache.ts';
import { directoryProblem, listDirectory, readRegularFile } from './content-files.ts';
import { CatalogueError, fieldPath, type DataProblem } from './data-problem.ts';
import {
  englishLabelProblems,
  flattenTemplate,
  templateProblems,
  templateSchema,
  type FormTemplate,
} from './form-b-template.ts';
import { formulaWarnings } from './formula-warnings.ts';
import { serviceSchema, type RawService } from './service-record.ts';
import { serviceProblems, serviceWarnings } from './service-rules.ts';
import { decodeUtf8 } from './text-encoding.ts';
import { forbiddenCharacters, valueTextIssues } from './text-policy.ts';
import {
  aliasPositions,
  explicitTags,
  fastParseProblem,
  fieldAt,
  parseFailsafeFast,
  parseYaml,
  positionOf,
  TAG_MESSAGE,
  type SourceFile,
} from './yaml-source.ts';
import { schemaIssues, type SchemaIssue } from './zod-messages.ts';
import { formatSerial, parseCertificationNumber, slugOf } from '../rules/certification-number.ts';

export interface LoadedService {
  /** Lower-case 認定番号, the file name and the URL slug. */
  id: string;
  file: string;
  record: RawService;
}

export interface Catalogue {
  template: FormTemplate;
  services: LoadedService[];
  /** Things worth a look that are not errors (npm run check prints them); they never stop a build. */
  warnings: DataProblem[];
}

export const TEMPLATE_FILE = 'form-b.yaml';
export const SERVICES_DIR = 'services';

/**
 * A service file is about 20 KB; half a megabyte is a pasted image or
 * document. Reading a broken file that large with positions already takes
 * about a second (a value of 300,000 lines: 0.6 s), so the limit also keeps
 * the check quick.
 */
const MAX_FILE_BYTES = 512 * 1024;
/** Above this, invalid YAML is reported from the fast parser (position and its reason) instead of the positional one. */
const LARGE_TEXT = 64 * 1024;

/**
 * Aliases share one value among many places, so a small file can stand for a
 * huge one: 1,000 events that are each an alias of one 変更届出 with 1,000
 * aliased changes is 15 KB, a million problems and twelve seconds of checking.
 * No service file needs more than a few.
 */
const MAX_ALIASES = 100;

function countOf(text: string, c: string): number {
  let n = 0;
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) n++;
  return n;
}

/** What the loader does to every file before any rule sees it: encoding, characters, YAML, tags. */
export type YamlRead = { problems: DataProblem[] } | { value: unknown; locate: () => SourceFile };

/**
 * Reads one YAML file of content/: a regular file (never a link), strict
 * UTF-8, no refused character (text-policy.ts) raw or escaped, valid YAML
 * without tags. The first of these that fails is the file's only report:
 * a file in Shift_JIS says so, not hundreds of garbled-text errors.
 */
export function readYamlFile(path: string, file: string, schema: 'failsafe' | 'core'): YamlRead | null {
  const read = readRegularFile(path);
  if (read === null) return null;
  if ('problem' in read) return { problems: [{ file, line: 1, col: 1, field: '', message: read.problem }] };
  return yamlFromBytes(read.bytes, file, schema);
}

/** readYamlFile's steps after the file has been read. */
function yamlFromBytes(bytes: Uint8Array, file: string, schema: 'failsafe' | 'core'): YamlRead {
  const at = (line: number, col: number, message: string, field = ''): DataProblem => ({
    file,
    line,
    col,
    field,
    message,
  });
  if (bytes.length > MAX_FILE_BYTES)
    return {
      problems: [at(1, 1, 'ファイルが大きすぎます（512 KB まで）。画像や別の文書を貼り付けていないか確認してください')],
    };
  const decoded = decodeUtf8(bytes);
  if ('problem' in decoded) return { problems: [at(1, 1, decoded.problem)] };
  const text = decoded.text;
  // Positions are only needed to report problems: parse fast first, and read
  // the file again with source positions only when something is wrong.
  let located: ReturnType<typeof parseYaml> | undefined;
  const locateAll = () => (located ??= parseYaml(file, text, schema));
  const locate = () => locateAll().source;

  const raw = forbiddenCharacters(text);
  if (raw.length)
    return {
      problems: raw.map((c) => {
        const p = locate().lines.linePos(c.index);
        return at(p.line, p.col, c.message, fieldPath(fieldAt(locate(), c.index)));
      }),
    };

  let value: unknown;
  let parsed = false;
  if (schema === 'failsafe')
    try {
      value = parseFailsafeFast(text);
      parsed = true;
    } catch (e) {
      // Read again below, with positions for the report — unless the file is large (see fastParseProblem).
      const fast = text.length > LARGE_TEXT ? fastParseProblem(e) : null;
      if (fast) return { problems: [at(fast.line, fast.col, fast.message)] };
    }
  if (!parsed) {
    const { problems } = locateAll();
    if (problems.length) return { problems: problems.map((p) => at(p.line, p.col, p.message)) };
  }
  // Any "!" may start a tag; only then is the positional parse worth its cost.
  if (text.includes('!')) {
    const tags = explicitTags(locate(), text);
    if (tags.length) return { problems: tags.map((t) => at(t.line, t.col, TAG_MESSAGE, fieldPath(t.path))) };
  }
  // Every "*" may be an alias; count the real ones only when there are many.
  if (countOf(text, '*') > MAX_ALIASES) {
    const aliases = aliasPositions(locate());
    const over = aliases[MAX_ALIASES];
    if (over)
      return {
        problems: [
          at(
            over.line,
            over.col,
            `YAML のエイリアス（*名前）は1つのファイルに ${MAX_ALIASES} 個までです（${aliases.length} 個あります）。同じ内容はそれぞれの場所に書いてください`,
          ),
        ],
      };
  }
  if (!parsed)
    try {
      value = locate().doc.toJS({ maxAliasCount: -1 });
    } catch (e) {
      // The positional parser accepts an alias written before its anchor, and fails only here.
      const name = /alias\): (.+)$/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
      const use = name ? text.indexOf(`*${name}`) : -1;
      const p = locate().lines.linePos(Math.max(use, 0));
      return {
        problems: [
          at(
            p.line,
            p.col,
            `YAML の書き方に誤りがあります: エイリアス「*${name}」より前に、アンカー「&${name}」がありません`,
          ),
        ],
      };
    }

  // Every character of a value is in the file, except those written as escapes in "…": without a backslash, the look above was enough.
  const escaped = text.includes('\\') ? valueTextIssues(value) : [];
  if (escaped.length)
    return {
      problems: escaped.map((i) => ({
        file,
        ...positionOf(locate(), i.path),
        field: fieldPath(i.path),
        message: i.message,
      })),
    };
  return { value, locate };
}

/** The text of a file that was decoded without a problem before (a cache hit). */
function decodedText(bytes: Uint8Array): string {
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? decoded.text : '';
}

/** Something no rule foresaw (a parser's own limit): still a problem in the file, never a crash of the check or the build. */
const UNREADABLE =
  'このファイルを読み取れません（入れ子が深すぎるなど、YAML として扱えない形です）。書き方を確認してください';

/**
 * `cacheDir`: where the results of checking unchanged files are kept
 * between processes (./checked-file-cache.ts; null reads every file).
 */
export function loadCatalogue(
  contentDir: string,
  cwd: string = process.cwd(),
  cacheDir: string | null = checkedFileCacheDir(),
): Catalogue {
  const problems: DataProblem[] = [];
  const warnings: DataProblem[] = [];
  const show = (p: string) => relative(cwd, p) || p;
  const report = (source: SourceFile, issues: SchemaIssue[], into = problems) => {
    for (const i of issues)
      into.push({ file: source.file, ...positionOf(source, i.path), field: fieldPath(i.path), message: i.message });
  };

  // The template first: service files cannot be checked without it.
  const template = loadTemplate(contentDir, cwd);
  const cache = new CheckedFiles(cacheDir, contentDir, readFileSync(join(contentDir, TEMPLATE_FILE)));

  const servicesDir = join(contentDir, SERVICES_DIR);
  const services: LoadedService[] = [];
  const serials = new Map<number, string>();
  const listed = listServiceFiles(contentDir, show);
  problems.push(...listed.problems);
  for (const name of listed.names) {
    const path = join(servicesDir, name);
    const file = show(path);
    try {
      const read = readRegularFile(path);
      if (read === null) continue; // removed while we looked
      if ('problem' in read) {
        problems.push({ file, line: 1, col: 1, field: '', message: read.problem });
        continue;
      }
      const sha = fileSha(read.bytes);
      const hit = cache.lookup(name, sha);
      let record: RawService;
      let issues: SchemaIssue[] = [];
      let cautions: DataProblem[] = [];
      let locate: () => SourceFile;
      if (hit) {
        record = hit.record;
        cautions = hit.cautions.map((c) => ({ file, ...c }));
        // Positions only for a problem across files below; the file decoded and parsed when it passed.
        let source: SourceFile | undefined;
        locate = () => (source ??= parseYaml(file, decodedText(read.bytes), 'failsafe').source);
        cache.keep(name, hit, true);
      } else {
        const yaml = yamlFromBytes(read.bytes, file, 'failsafe');
        if ('problems' in yaml) {
          problems.push(...yaml.problems);
          continue;
        }
        locate = yaml.locate;
        // reportInput: a value of the wrong type (a list for a name) is said to be of the wrong type, not missing.
        const result = serviceSchema.safeParse(yaml.value ?? {}, { reportInput: true });
        if (!result.success) {
          report(locate(), schemaIssues(result.error));
          continue;
        }
        record = result.data;
        issues = serviceProblems(record, template);
        if (issues.length === 0) {
          const found = [...formulaWarnings(record), ...serviceWarnings(record, template)];
          if (found.length) report(locate(), found, cautions);
          cache.keep(name, { sha, record, cautions: cautions.map(({ file: _, ...c }) => c) }, false);
        }
      }
      const expected = `${slugOf(record.certificationNumber)}.yaml`;
      const number = parseCertificationNumber(record.certificationNumber);
      if (number && name !== expected)
        issues.push({
          path: ['certificationNumber'],
          message: `ファイル名は認定番号を小文字にした「${expected}」にしてください`,
        });
      if (number) {
        const other = serials.get(number.serial);
        if (other)
          issues.push({
            path: ['certificationNumber'],
            message: `認定通番 ${formatSerial(number.serial)} は ${other} と重複しています（通番はカタログ全体で一意です）`,
          });
        else serials.set(number.serial, file);
      }
      if (issues.length) report(locate(), issues);
      else {
        warnings.push(...cautions);
        services.push({ id: slugOf(record.certificationNumber), file, record });
      }
    } catch (e) {
      // Only a parser's own limit (the stack, on absurd nesting) is the file's fault; a bug elsewhere keeps its stack trace.
      if (!(e instanceof RangeError)) throw e;
      problems.push({ file, line: 1, col: 1, field: '', message: UNREADABLE });
    }
  }
  if (problems.length) throw new CatalogueError(problems);
  cache.save();
  services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { template, services, warnings };
}

/** Reads and checks content/form-b.yaml alone (the secretariat's tools need it even while a service file is being written). */
export function loadTemplate(contentDir: string, cwd: string = process.cwd()): FormTemplate {
  const show = (p: string) => relative(cwd, p) || p;
  const templatePath = join(contentDir, TEMPLATE_FILE);
  const file = show(templatePath);
  let read: YamlRead | null;
  try {
    read = readYamlFile(templatePath, file, 'core');
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    read = { problems: [{ file, line: 1, col: 1, field: '', message: UNREADABLE }] };
  }
  if (read === null)
    throw new CatalogueError([{ file, line: 1, col: 1, field: '', message: '申請書B様式のファイルがありません' }]);
  if ('problems' in read) throw new CatalogueError(read.problems);
  const parsedTemplate = templateSchema.safeParse(read.value, { reportInput: true });
  if (!parsedTemplate.success) {
    const source = read.locate();
    throw new CatalogueError(
      schemaIssues(parsedTemplate.error).map((i) => ({
        file,
        ...positionOf(source, i.path),
        field: fieldPath(i.path),
        message: i.message,
      })),
    );
  }
  const missingEnglish = englishLabelProblems(parsedTemplate.data);
  if (missingEnglish.length) {
    const source = read.locate();
    throw new CatalogueError(
      missingEnglish.map((i) => ({
        file,
        ...positionOf(source, i.path),
        field: fieldPath(i.path),
        message: i.message,
      })),
    );
  }
  const template = flattenTemplate(parsedTemplate.data);
  const tProblems = templateProblems(template);
  if (tProblems.length)
    throw new CatalogueError(tProblems.map((message) => ({ file, line: 1, col: 1, field: '', message })));
  return template;
}

/**
 * The service files: a flat folder of *.yaml files. Anything else there — a
 * folder, another extension, a link, a pipe — is a mistake worth naming, and
 * so is a link or special file beside form-b.yaml.
 */
function listServiceFiles(
  contentDir: string,
  show: (p: string) => string,
): { names: string[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const problem = (path: string, message: string) =>
    problems.push({ file: show(path), line: 1, col: 1, field: '', message });
  for (const entry of listDirectory(contentDir) ?? [])
    // form-b.yaml and services/ are looked at below, with their own messages.
    if (entry.problem && entry.name !== TEMPLATE_FILE && entry.name !== SERVICES_DIR)
      problem(entry.path, entry.problem);
  const dir = join(contentDir, SERVICES_DIR);
  const dirProblem = directoryProblem(dir);
  if (dirProblem) {
    problem(dir, dirProblem);
    return { names: [], problems };
  }
  const names: string[] = [];
  for (const entry of listDirectory(dir) ?? []) {
    if (entry.problem) problem(entry.path, entry.problem);
    else if (entry.isDirectory)
      problem(entry.path, 'services の下にフォルダは置けません。認定番号ごとの .yaml ファイルを直接置いてください');
    else if (!entry.name.endsWith('.yaml')) problem(entry.path, '拡張子は .yaml にしてください');
    else names.push(entry.name);
  }
  return { names, problems };
}
