/**
 * The 稟議 pack: a comparison (or one service) as a workbook — a cover sheet
 * and the answers sheet — and the same answer cells as CSV rows. Pure: the
 * compare page passes the rows as they are on screen (Form B order, 大分類
 * group rows, ハウジング per data-centre position, rows hidden by 差分のみ left
 * out) and the services' published JSON; nothing else goes in, so a withheld
 * answer can only be 公表留保中 here. Its own words (labels, sheet names,
 * notes) come in as SheetWords — the Japanese below, or the English page's
 * (en.ts) — and the answers stay as disclosed in either.
 */
import type { PublishedAnswer } from './publication.ts';
import { implementedWord, UNANSWERED_WORD, WITHHELD_WORD } from './words.ts';
import { formatJapaneseDate } from '../rules/calendar-date.ts';
import { formatEnglishDate } from '../i18n/date.ts';
import type { SheetWords } from '../i18n/widget-words.ts';
import { STYLE, type SheetCell, type SheetSpec } from './formats/xlsx-writer.ts';

export interface SheetService {
  certificationNumber: string;
  serviceName: string;
  providerName: string;
  status: string;
  periodStart: string;
  periodEnd: string;
  disclosureDate: string | null;
  /** The service page's absolute URL. */
  page: string;
  answers: Record<string, PublishedAnswer>;
  dataCentres: { label: string; answers: Record<string, PublishedAnswer> }[];
}

export interface SheetRow {
  id: string;
  /** 「No.29」 */
  no: string;
  /** 中分類・開示項目 */
  heading: string;
  description: string;
  /** 必須 or 選択 */
  required: string;
  keyRequirement: boolean;
  /** ハウジング: the data-centre position (0-based). */
  dataCentre?: number;
}

export interface SheetGroup {
  name: string;
  rows: SheetRow[];
}

export interface ComparisonInput {
  siteName: string;
  /** 公表基準日 of the build. */
  asOf: string;
  /** The comparison's URL (absolute), or the service page for one service. */
  url: string;
  diffOnly: boolean;
  /** Rows left out because every service answers the same (差分のみ). */
  hiddenRows?: number;
  services: SheetService[];
  groups: SheetGroup[];
  /** The workbook's own words (SHEET_WORDS_JA or the English page's). */
  words: SheetWords;
  /** Each status in the workbook's language, by its Japanese name; the Japanese name itself when absent. */
  status?: Readonly<Record<string, string>>;
}

/** The Form B template as the workbook needs it (/data/form-b.json): 大分類 in order, each with its rows. */
export interface FormSkeleton {
  categories: {
    name: string;
    /** English names (content/form-b.yaml `en:`). */
    en?: { name: string };
    rows: {
      id: string;
      no: number;
      heading: string;
      description: string;
      required: boolean;
      keyRequirement: boolean;
      perDataCentre: boolean;
      en?: { heading: string; description: string };
    }[];
  }[];
}

/**
 * Every row of the template, ハウジング once per data centre (at least one), as the compare table lays them out,
 * named in the workbook's language (the English names when `words` are English).
 */
export function skeletonGroups(form: FormSkeleton, dataCentres: number, words: SheetWords): SheetGroup[] {
  const english = words.dates === 'en';
  return form.categories.map((c) => ({
    name: english && c.en ? c.en.name : c.name,
    rows: c.rows.flatMap((r) => {
      const base = {
        id: r.id,
        no: `No.${r.no}`,
        heading: english && r.en ? r.en.heading : r.heading,
        description: english && r.en ? r.en.description : r.description,
        required: r.required ? words.required : words.optional,
        keyRequirement: r.keyRequirement,
      };
      return r.perDataCentre
        ? Array.from({ length: Math.max(1, dataCentres) }, (_, i) => ({ ...base, dataCentre: i }))
        : [base];
    }),
  }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Japanese workbook's words; the English page renders its own (en.ts). */
export const SHEET_WORDS_JA: SheetWords = {
  dates: 'ja',
  item: '項目',
  withheld: WITHHELD_WORD,
  unanswered: UNANSWERED_WORD,
  implemented: implementedWord(true),
  notImplemented: implementedWord(false),
  keyRequirement: '★一定の要件',
  dataCentre: 'データセンター{n}',
  dataCentreCount: 'データセンターは{n}か所',
  metaSeparator: '・',
  titleOne: '{name} 申請書B 申請内容',
  titleMany: 'IaaS・PaaS の比較（申請書B 申請内容）',
  asOf: '公表基準日',
  urlOne: 'ページの URL',
  urlMany: '比較の URL',
  diffOnly: '差分のみ表示',
  diffOnlyYes: 'はい（全サービスで回答が同じ {n} 行を省略）',
  diffOnlyNo: 'いいえ（全項目）',
  source: '出典',
  columns: ['認定番号', 'サービス名称', '事業者名称', '状態', '認定期間', '開示情報の日付', 'ページの URL'],
  period: '{from}〜{to}',
  notes: '注記',
  asDisclosed: '「申請内容」は、事業者が申請書Bの「申請内容」欄に記述した内容を、表記を変えずに掲載しています。',
  flags: '「公表留保中」は事業者の申出により公表を控えている回答、「記載なし」は選択項目に回答がないことを示します。',
  asOfNote: '比較用の値・状態・認定期間は公表基準日の時点のものです。最新の状態はページの URL で確かめてください。',
  coverSheet: '表紙',
  answersSheetOne: '申請内容',
  answersSheetMany: '比較',
  fileOne: '申請書B',
  fileMany: '比較',
  required: '必須',
  optional: '選択',
};

const fill = (word: string, values: Readonly<Record<string, string | number>>) =>
  word.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** 申請内容 as one cell: 実施有無 on its own line, then the text as written; or 公表留保中 / 記載なし. */
export function answerText(a: PublishedAnswer | undefined, words: SheetWords): string {
  if (!a || a.state === 'unanswered') return words.unanswered;
  if (a.state === 'withheld') return words.withheld;
  const practice = a.implemented === undefined ? '' : a.implemented ? words.implemented : words.notImplemented;
  return [practice, a.content].filter(Boolean).join('\n');
}

function itemText(r: SheetRow, words: SheetWords): string {
  const meta = [
    r.required,
    r.keyRequirement ? words.keyRequirement : '',
    r.dataCentre !== undefined ? fill(words.dataCentre, { n: r.dataCentre + 1 }) : '',
  ]
    .filter(Boolean)
    .join(words.metaSeparator);
  return `${r.no} ${r.heading}\n${r.description}\n${meta}`;
}

function cellText(s: SheetService, r: SheetRow, words: SheetWords): string {
  if (r.dataCentre === undefined) return answerText(s.answers[r.id], words);
  const dc = s.dataCentres[r.dataCentre];
  if (!dc) return fill(words.dataCentreCount, { n: s.dataCentres.length });
  return `【${dc.label}】\n${answerText(dc.answers[r.id], words)}`;
}

const statusOf = (input: ComparisonInput, s: SheetService) => input.status?.[s.status] ?? s.status;

/** The answers sheet's cells: a header row, then per 大分類 a group row and its item rows. */
export function comparisonRows(input: ComparisonInput): { kind: 'header' | 'group' | 'item'; cells: string[] }[] {
  const words = input.words;
  const out: { kind: 'header' | 'group' | 'item'; cells: string[] }[] = [
    {
      kind: 'header',
      cells: [
        words.item,
        ...input.services.map(
          (s) => `${s.serviceName}\n${s.certificationNumber}\n${s.providerName}\n${statusOf(input, s)}`,
        ),
      ],
    },
  ];
  for (const g of input.groups) {
    if (!g.rows.length) continue;
    out.push({ kind: 'group', cells: [g.name, ...input.services.map(() => '')] });
    for (const r of g.rows)
      out.push({ kind: 'item', cells: [itemText(r, words), ...input.services.map((s) => cellText(s, r, words))] });
  }
  return out;
}

export function comparisonWorkbook(input: ComparisonInput): { sheets: SheetSpec[]; csv: string[][]; fileName: string } {
  const words = input.words;
  const date = words.dates === 'en' ? formatEnglishDate : formatJapaneseDate;
  const period = (s: SheetService) => fill(words.period, { from: date(s.periodStart), to: date(s.periodEnd) });
  const one = input.services.length === 1;
  const title = one ? fill(words.titleOne, { name: input.services[0]!.serviceName }) : words.titleMany;
  const label = (text: string): SheetCell => ({ text, style: STYLE.label });
  const plain = (text: string): SheetCell => ({ text, style: STYLE.plain });
  const head = (text: string): SheetCell => ({ text, style: STYLE.header });
  const cover: SheetSpec = {
    name: words.coverSheet,
    widths: [16, 34, 28, 12, 30, 16, 48],
    rows: [
      [{ text: title, style: STYLE.title }],
      [label(words.asOf), plain(date(input.asOf))],
      [label(one ? words.urlOne : words.urlMany), plain(input.url)],
      ...(one
        ? []
        : [
            [
              label(words.diffOnly),
              plain(input.diffOnly ? fill(words.diffOnlyYes, { n: input.hiddenRows ?? 0 }) : words.diffOnlyNo),
            ],
          ]),
      [label(words.source), plain(input.siteName)],
      [],
      words.columns.map(head),
      ...input.services.map((s) => [
        s.certificationNumber,
        s.serviceName,
        s.providerName,
        statusOf(input, s),
        period(s),
        s.disclosureDate ?? words.withheld,
        s.page,
      ]),
      [],
      [label(words.notes), plain(words.asDisclosed)],
      [null, plain(words.flags)],
      [null, plain(words.asOfNote)],
    ],
  };
  const rows = comparisonRows(input);
  const table: SheetSpec = {
    name: one ? words.answersSheetOne : words.answersSheetMany,
    widths: [34, ...input.services.map(() => (one ? 80 : input.services.length <= 3 ? 48 : 36))],
    freeze: { columns: 1, rows: 1 },
    printTitles: { rows: 1, columns: 1 },
    rows: rows.map((r) =>
      r.cells.map((text): SheetCell => ({
        text,
        style: r.kind === 'header' ? STYLE.header : r.kind === 'group' ? STYLE.group : STYLE.body,
      })),
    ),
  };
  const numbers = input.services.map((s) => s.certificationNumber).join('_');
  return {
    sheets: [cover, table],
    csv: rows.map((r) => r.cells),
    fileName: `${one ? words.fileOne : words.fileMany}_${numbers}_${input.asOf}`,
  };
}
