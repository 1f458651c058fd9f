/**
 * Turns a filled Form B workbook into a service file, or into a change notice
 * (変更届出 / 更新認定) against an existing one. Pure of I/O: takes the read
 * workbook and file text, returns the new YAML or the problems, each named by
 * sheet row so the applicant's own file can be corrected.
 */
import { Document, isMap, isSeq, parseDocument, Scalar } from 'yaml';
import type { FormTemplate } from '../../src/data/form-b-template.ts';
import { serviceSchema, type RawAnswer, type RawService } from '../../src/data/service-record.ts';
import { serviceProblems } from '../../src/data/service-rules.ts';
import { parseYaml, positionOf } from '../../src/data/yaml-source.ts';
import { schemaIssues, type SchemaIssue } from '../../src/data/zod-messages.ts';
import { normaliseCertificationNumber } from '../../src/rules/certification-number.ts';
import { col, SHEET_NAME, type ReadWorkbook, type SheetProblem } from './form-workbook.ts';
import { serviceYaml, type AnswerInput } from './service-document.ts';

const COLUMN_OF: Record<string, string> = {
  content: letter('content'),
  evidence: letter('evidence'),
  implemented: letter('implemented'),
  country: letter('country'),
  prefecture: letter('prefecture'),
  value: letter('value'),
};
function letter(key: Parameters<typeof col>[0]): string {
  return String.fromCharCode(64 + col(key));
}

export function formatSheetProblem(file: string, p: SheetProblem): string {
  return `${file} シート「${SHEET_NAME}」${p.row}行目${p.column ? ` ${p.column}列` : ''}: ${p.message}`;
}

/** Checks YAML as `npm run check` would and points each problem at the sheet row it came from. */
export function sheetProblemsOf(
  text: string,
  template: FormTemplate,
  read: ReadWorkbook,
  skipEvents: boolean,
): SheetProblem[] {
  const parsed = parseYaml('import', text, 'failsafe');
  if (parsed.problems.length) return parsed.problems.map((p) => ({ row: 0, message: p.message }));
  const result = serviceSchema.safeParse(parsed.source.doc.toJS() ?? {}, { reportInput: true });
  const issues: SchemaIssue[] = result.success ? serviceProblems(result.data, template) : schemaIssues(result.error);
  const js = parsed.source.doc.toJS() as { dataCentres?: { label?: string }[] } | null;
  const dcs = js?.dataCentres ?? [];
  return issues
    .filter((i) => !(skipEvents && i.path[0] === 'events'))
    .map((i) => {
      const [head, a, b, c, d] = i.path;
      let key: string | undefined;
      let field: string | number | undefined;
      if (head === 'answers' && typeof a === 'string') [key, field] = [`answers.${a}`, b];
      else if (head === 'dataCentres' && typeof a === 'number' && b === 'answers' && typeof c === 'string')
        [key, field] = [`dataCentres.${dcs[a]?.label}.${c}`, d];
      else if (head === 'supplyForm') key = `supplyForm.${String(a ?? 'kind')}`;
      else if (typeof head === 'string' && read.rowOf.has(head)) key = head;
      const row = key ? read.rowOf.get(key) : undefined;
      const where = row === undefined ? `（${i.path.join('.')}）` : '';
      return {
        row: row ?? 0,
        column: typeof field === 'string' ? COLUMN_OF[field] : undefined,
        message: `${i.message}${where}`,
      };
    });
}

export interface ImportResult {
  yaml?: string;
  problems: SheetProblem[];
  /** What was done, for the person running the import. */
  summary: string[];
}

/** A new service file from the workbook. `certifiedOn` fills the 認定 event's date. */
export function importNew(read: ReadWorkbook, template: FormTemplate, certifiedOn?: string): ImportResult {
  const problems = [...read.problems];
  const number = normaliseCertificationNumber(read.service.certificationNumber);
  if (!number)
    problems.push({
      row: read.rowOf.get('certificationNumber') ?? 0,
      column: COLUMN_OF['content'],
      message: `認定番号「${read.service.certificationNumber}」の形式が正しくありません（例: IP0013-2611）`,
    });
  const yaml = serviceYaml(template, {
    ...read.service,
    certificationNumber: number ?? read.service.certificationNumber,
    certifiedOn,
  });
  if (problems.length === 0) problems.push(...sheetProblemsOf(yaml, template, read, certifiedOn === undefined));
  const answered = Object.values(read.service.answers).filter(
    (a) => (a.content ?? '') !== '' || a.implemented !== undefined,
  ).length;
  return problems.length
    ? { problems, summary: [] }
    : {
        yaml,
        problems,
        summary: [`${answered} 項目の回答、データセンター ${read.service.dataCentres.length} か所を取り込みました`],
      };
}

const norm = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');

function differs(old: RawAnswer | undefined, next: AnswerInput): boolean {
  return (
    norm(old?.content) !== norm(next.content) ||
    old?.implemented !== next.implemented ||
    (old?.country ?? undefined) !== next.country ||
    (old?.prefecture ?? undefined) !== next.prefecture
  );
}

function textNode(doc: Document, text: string): Scalar {
  const node = doc.createNode(text) as Scalar;
  if (text.includes('\n')) node.type = Scalar.BLOCK_LITERAL;
  return node;
}

export interface IntoOptions {
  file: string;
  text: string;
  date: string;
  event: '変更届出' | '更新認定';
  /** 更新認定: the first day of the new period, as on the certificate. */
  periodStart?: string | undefined;
}

/** Parses an existing service file, reporting problems as file:line:column. */
export function readServiceFile(file: string, text: string): { record?: RawService; problems: string[] } {
  const parsed = parseYaml(file, text, 'failsafe');
  if (parsed.problems.length)
    return { problems: parsed.problems.map((p) => `${file}:${p.line}:${p.col} ${p.message}`) };
  const result = serviceSchema.safeParse(parsed.source.doc.toJS() ?? {}, { reportInput: true });
  if (!result.success)
    return {
      problems: schemaIssues(result.error).map((i) => {
        const at = positionOf(parsed.source, i.path);
        return `${file}:${at.line}:${at.col} ${i.path.join('.')}: ${i.message}`;
      }),
    };
  return { record: result.data, problems: [] };
}

/** Applies the workbook to an existing service file, recording each changed item's previous text. */
export function importInto(
  read: ReadWorkbook,
  template: FormTemplate,
  record: RawService,
  o: IntoOptions,
): ImportResult {
  const problems = [...read.problems];
  if (problems.length) return { problems, summary: [] };
  const doc = parseDocument(o.text, { schema: 'failsafe' });
  type Change = { item?: string; dataCentre?: string; field?: string; dataCentreAdded?: string; previous?: string };
  const changes: Change[] = [];
  const summary: string[] = [];

  let valuesOnly = 0;
  const apply = (
    base: (string | number)[],
    id: string,
    old: RawAnswer | undefined,
    next: AnswerInput,
    dataCentre?: string,
  ) => {
    const path = [...base, id];
    if (!differs(old, next)) {
      // A typed value is the secretariat's reading of the text, not a disclosure: it changes without a 変更届出.
      if (JSON.stringify(old?.value ?? null) !== JSON.stringify(next.value ?? null) && doc.hasIn(path)) {
        if (next.value === undefined) doc.deleteIn([...path, 'value']);
        else doc.setIn([...path, 'value'], doc.createNode(next.value));
        valuesOnly++;
      }
      return;
    }
    if (!doc.hasIn(path)) doc.setIn(path, doc.createNode({}));
    doc.setIn([...path, 'content'], textNode(doc, next.content ?? ''));
    for (const k of ['implemented', 'country', 'prefecture'] as const) {
      const v = next[k];
      if (v === undefined) doc.deleteIn([...path, k]);
      else doc.setIn([...path, k], k === 'implemented' ? (v ? 'はい' : 'いいえ') : v);
    }
    if (next.value === undefined) doc.deleteIn([...path, 'value']);
    else doc.setIn([...path, 'value'], doc.createNode(next.value));
    if (next.evidence?.length) doc.setIn([...path, 'evidence'], doc.createNode(next.evidence));
    const change: Change = { item: id };
    if (dataCentre) change.dataCentre = dataCentre;
    if (norm(old?.content) !== '') change.previous = norm(old?.content);
    changes.push(change);
  };

  for (const [id, next] of Object.entries(read.service.answers)) apply(['answers'], id, record.answers[id], next);
  for (const dc of read.service.dataCentres) {
    const index = record.dataCentres.findIndex((d) => d.label === dc.label);
    if (index < 0) {
      const seq = doc.get('dataCentres', true);
      if (isSeq(seq)) seq.add(doc.createNode({ id: dc.id, label: dc.label, answers: {} }));
      changes.push({ dataCentreAdded: dc.id });
      summary.push(`データセンター「${dc.label}」（id: ${dc.id}）を追加しました`);
    }
    const at = index < 0 ? record.dataCentres.length : index;
    for (const [id, next] of Object.entries(dc.answers))
      apply(['dataCentres', at, 'answers'], id, record.dataCentres[index]?.answers[id], next, dc.id);
  }
  for (const d of record.dataCentres)
    if (!read.service.dataCentres.some((x) => x.label === d.label))
      summary.push(
        `注意: データセンター「${d.label}」はシートにないため変更していません（削除する場合は removedDataCentres に移し、changes に dataCentreRemoved: ${d.id} を書いてください）`,
      );
  for (const key of ['serviceName', 'serviceSummary', 'providerName', 'category', 'serviceSite'] as const) {
    const next = read.service[key];
    if (next && next !== record[key]) {
      doc.set(key, next);
      // The face sheet is part of the record: its old value is kept like an answer's (category is not a face-sheet change).
      if (key !== 'category') changes.push({ field: key, previous: record[key] });
      summary.push(`${key} を「${record[key]}」から「${next}」に変更しました`);
    }
  }
  if (valuesOnly)
    summary.push(`比較用の値だけが変わった項目 ${valuesOnly} 件を書き換えました（変更届出には含めません）`);
  if (changes.length === 0) {
    if (!valuesOnly) return { problems, summary: [...summary, '申請書Bの申請内容に変更はありません'] };
    const yaml = doc.toString({ lineWidth: 0 });
    problems.push(...sheetProblemsOf(yaml, template, read, false));
    return problems.length ? { problems, summary: [] } : { yaml, problems, summary };
  }

  const events = doc.get('events', true);
  const event = doc.createNode(
    o.event === '更新認定' && o.periodStart
      ? { type: o.event, date: o.date, periodStart: o.periodStart, changes }
      : { type: o.event, date: o.date, changes },
  );
  if (isSeq(events)) events.add(event);
  const yaml = doc.toString({ lineWidth: 0 });
  problems.push(...sheetProblemsOf(yaml, template, read, false));
  if (!isMap(doc.contents)) problems.push({ row: 0, message: `${o.file} の形式が正しくありません` });
  summary.unshift(
    `${o.event}（${o.date}）として ${changes.length} 項目の変更を記録しました: ${changes
      .map(
        (c) =>
          c.field ??
          (c.dataCentreAdded
            ? `データセンター追加（${c.dataCentreAdded}）`
            : c.dataCentre
              ? `${c.item}（${c.dataCentre}）`
              : c.item),
      )
      .join('、')}`,
  );
  return problems.length ? { problems, summary: [] } : { yaml, problems, summary };
}
