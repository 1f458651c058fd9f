/**
 * Writes a service file (content/services/<認定番号>.yaml) for the secretariat:
 * every Form B row present, in template order, each with its No., item,
 * 必須/選択, 一定の要件 mark and guidance as YAML comments. Used by
 * `npm run new` (blank answers) and `npm run form:import` (answers from a
 * workbook), so both produce the same familiar file.
 */
import { Document, isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import type { FormRow, FormTemplate } from '../../src/data/form-b-template.ts';
import { ANSWER_KIND_WORDS } from '../../src/lib/words.ts';

export interface AnswerInput {
  content?: string | undefined;
  implemented?: boolean | undefined;
  country?: string | undefined;
  prefecture?: string | undefined;
  evidence?: { document: string; place: string }[] | undefined;
  /** Typed value(s) as the service file writes them (see content/form-b.yaml `value:`). */
  value?: string | string[] | Record<string, string | string[]> | undefined;
}

export interface ServiceInput {
  certificationNumber: string;
  serviceName?: string | undefined;
  serviceSummary?: string | undefined;
  providerName?: string | undefined;
  category?: string | undefined;
  serviceSite?: string | undefined;
  supplyForm?: { kind: string; description: string } | undefined;
  answers: Record<string, AnswerInput>;
  dataCentres: { id: string; label: string; answers: Record<string, AnswerInput> }[];
  /** 認定日 when known; left blank otherwise (the check then asks for it). */
  certifiedOn?: string | undefined;
}

/** The comment lines above one answer: what the row asks and how to answer it. */
export function rowGuidance(row: FormRow): string[] {
  const name = row.label ?? row.middle;
  const marks = [row.required ? '必須' : '選択', row.keyRequirement ? '★一定の要件' : ''].filter(Boolean).join('・');
  const lines = [
    `No.${row.no} ${row.middle}${name !== row.middle ? `／${name}` : ''}【${marks}】`,
    `${row.description}`,
  ];
  const how = [ANSWER_KIND_WORDS[row.kind].howToWrite];
  if (row.unit) how.push(`単位: ${row.unit}`);
  if (row.maxLength) how.push(`${row.maxLength}字以内（改行は数えない）`);
  lines.push(`記入: ${how.join('。')}`);
  if (row.guidance) lines.push(`注意: ${row.guidance}`);
  if (row.values.length) lines.push(`値（value、比較用。申請内容に書かれた数値・選択肢）: ${valueHint(row)}`);
  if (row.keyRequirement) lines.push('対策・措置を行っている内容を書いてください（「なし」では認定できません）');
  return lines;
}

/** How to write a row's typed value(s), for the comment above it and the workbook's guidance. */
export function valueHint(row: FormRow): string {
  const one = (v: FormRow['values'][number]) =>
    v.type === 'choice'
      ? `${v.choices!.join('・')} のどれか`
      : v.type === 'choices'
        ? `${v.choices!.join('・')} から該当するものを並べる`
        : v.type === 'duration'
          ? '数値と期間の単位（例: 30分、1時間、14日）'
          : `数値（単位 ${v.unit ?? 'なし'}）`;
  return row.values.length === 1
    ? one(row.values[0]!)
    : row.values.map((v) => `${v.key}（${v.label ?? v.key}）: ${one(v)}`).join('、');
}

function answerValue(row: FormRow, a: AnswerInput | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (row.kind === 'practice' && (a?.implemented !== undefined || row.required))
    out['implemented'] = a?.implemented === undefined ? '' : a.implemented ? 'はい' : 'いいえ';
  if (row.kind === 'location') {
    out['country'] = a?.country ?? '';
    if (a?.prefecture !== undefined || a?.country === undefined || a.country === '日本')
      out['prefecture'] = a?.prefecture ?? '';
  }
  out['content'] = a?.content ?? '';
  if (a?.value !== undefined) out['value'] = a.value;
  out['evidence'] = (a?.evidence ?? []).map((e) => ({ document: e.document, place: e.place }));
  return out;
}

function answersValue(rows: FormRow[], answers: Record<string, AnswerInput>): Record<string, unknown> {
  return Object.fromEntries(rows.map((r) => [r.id, answerValue(r, answers[r.id])]));
}

function commentRows(map: unknown, rows: FormRow[]): void {
  if (!isMap(map)) return;
  let category = '';
  for (const pair of (map as YAMLMap).items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    const row = rows.find((r) => r.id === key.value);
    if (!row) continue;
    const lines = rowGuidance(row);
    if (row.categoryName !== category) {
      lines.unshift(`──── ${row.categoryName} ────`);
      if (category !== '') key.spaceBefore = true;
      category = row.categoryName;
    }
    key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
  }
}

function commentKey(doc: Document, key: string, comment: string): void {
  const map = doc.contents;
  if (!isMap(map)) return;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) pair.key.commentBefore = comment;
}

export function serviceDocument(template: FormTemplate, s: ServiceInput): Document {
  const mainRows = template.rows.filter((r) => !r.perDataCentre);
  const dcRows = template.rows.filter((r) => r.perDataCentre);
  const value: Record<string, unknown> = {
    templateVersion: template.version,
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName ?? '',
    serviceSummary: s.serviceSummary ?? '',
    providerName: s.providerName ?? '',
    category: s.category ?? '',
    serviceSite: s.serviceSite ?? '',
  };
  if (s.supplyForm) value['supplyForm'] = s.supplyForm;
  value['answers'] = answersValue(mainRows, s.answers);
  const dcs = s.dataCentres.length > 0 ? s.dataCentres : [{ id: 'dc1', label: '', answers: {} }];
  value['dataCentres'] = dcs.map((dc) => ({ id: dc.id, label: dc.label, answers: answersValue(dcRows, dc.answers) }));
  value['events'] = [{ type: '認定', date: s.certifiedOn ?? '' }];

  const doc = new Document(value);
  doc.commentBefore = [
    ` 認定サービス ${s.certificationNumber} — ${template.title}（様式 ${template.version}）`,
    ' 記入したら npm run check で検査してください。誤りは「ファイル:行:列」で示されます。',
    ' content（申請内容）は公開されます。evidence（添付書類等: 資料名 document と記載箇所 place）は公開されません。',
    ' 選択項目に回答しない場合は content を "" のままにします（「記載なし」と表示）。',
    ' 公表留保は回答に withhold: {through: 留保の最終日, reason: 理由} を加えます（最終日の翌日から公開）。',
  ].join('\n');
  commentKey(doc, 'templateVersion', ' content/form-b.yaml の version');
  commentKey(
    doc,
    'certificationNumber',
    ' 認定番号（IP + 通番4桁 + - + 初回認定の年月4桁）。ファイル名はこれを小文字にしたもの',
  );
  commentKey(doc, 'serviceName', ' サービス名称（公開）');
  commentKey(doc, 'serviceSummary', ' サービス概要（公開）');
  commentKey(doc, 'providerName', ' 事業者名称（公開）');
  commentKey(doc, 'category', ' 区分: IaaS または PaaS');
  commentKey(
    doc,
    'serviceSite',
    ' サービスサイトの URL（公開）\n OEM・販売代理店の場合は次を加えます:\n supplyForm:\n   kind: OEM（または 販売代理店）\n   description: 提供元などの説明',
  );
  commentKey(doc, 'answers', ' 申請書B の回答。キーは content/form-b.yaml の行 id');
  commentKey(
    doc,
    'dataCentres',
    ' ハウジング（サーバ設置場所）: 使用するデータセンターごとに1つ。id は英小文字・数字・ハイフン、label は公開される名前',
  );
  commentKey(
    doc,
    'events',
    ' 経緯（日付の古い順）。date は認定日（YYYY-MM-DD）。初回認定の年月は認定番号の下4桁と一致させます',
  );

  commentRows(doc.get('answers', true), mainRows);
  const dcList = doc.get('dataCentres', true);
  if (isSeq(dcList)) for (const dc of dcList.items) if (isMap(dc)) commentRows(dc.get('answers', true), dcRows);
  return doc;
}

export function serviceYaml(template: FormTemplate, s: ServiceInput): string {
  return serviceDocument(template, s).toString({ lineWidth: 0 });
}
