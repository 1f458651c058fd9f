/**
 * The 稟議 pack: a comparison (or one service) as a workbook — a cover sheet
 * and the answers sheet — and the same answer cells as CSV rows. Pure: the
 * compare page passes the rows as they are on screen (Form B order, 大分類
 * group rows, ハウジング per data-centre position, rows hidden by 差分のみ left
 * out) and the services' published JSON; nothing else goes in, so a withheld
 * answer can only be 公表留保中 here.
 */
import type { PublishedAnswer } from './publication.ts';
import { implementedWord, UNANSWERED_WORD, WITHHELD_WORD } from './words.ts';
import { formatJapaneseDate } from '../rules/calendar-date.ts';
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
}

/** The Form B template as the workbook needs it (/data/form-b.json): 大分類 in order, each with its rows. */
export interface FormSkeleton {
  categories: {
    name: string;
    rows: {
      id: string;
      no: number;
      heading: string;
      description: string;
      required: boolean;
      keyRequirement: boolean;
      perDataCentre: boolean;
    }[];
  }[];
}

/** Every row of the template, ハウジング once per data centre (at least one), as the compare table lays them out. */
export function skeletonGroups(form: FormSkeleton, dataCentres: number): SheetGroup[] {
  return form.categories.map((c) => ({
    name: c.name,
    rows: c.rows.flatMap((r) => {
      const base = {
        id: r.id,
        no: `No.${r.no}`,
        heading: r.heading,
        description: r.description,
        required: r.required ? '必須' : '選択',
        keyRequirement: r.keyRequirement,
      };
      return r.perDataCentre
        ? Array.from({ length: Math.max(1, dataCentres) }, (_, i) => ({ ...base, dataCentre: i }))
        : [base];
    }),
  }));
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const NOTE_AS_DISCLOSED =
  '「申請内容」は、事業者が申請書Bの「申請内容」欄に記述した内容を、表記を変えずに掲載しています。';
export const NOTE_FLAGS =
  '「公表留保中」は事業者の申出により公表を控えている回答、「記載なし」は選択項目に回答がないことを示します。';

/** 申請内容 as one cell: 実施有無 on its own line, then the text as written; or 公表留保中 / 記載なし. */
export function answerText(a: PublishedAnswer | undefined): string {
  if (!a || a.state === 'unanswered') return UNANSWERED_WORD;
  if (a.state === 'withheld') return WITHHELD_WORD;
  const practice = a.implemented === undefined ? '' : implementedWord(a.implemented);
  return [practice, a.content].filter(Boolean).join('\n');
}

function itemText(r: SheetRow): string {
  const meta = [
    r.required,
    r.keyRequirement ? '★一定の要件' : '',
    r.dataCentre !== undefined ? `データセンター${r.dataCentre + 1}` : '',
  ]
    .filter(Boolean)
    .join('・');
  return `${r.no} ${r.heading}\n${r.description}\n${meta}`;
}

function cellText(s: SheetService, r: SheetRow): string {
  if (r.dataCentre === undefined) return answerText(s.answers[r.id]);
  const dc = s.dataCentres[r.dataCentre];
  if (!dc) return `データセンターは${s.dataCentres.length}か所`;
  return `【${dc.label}】\n${answerText(dc.answers[r.id])}`;
}

/** The answers sheet's cells: a header row, then per 大分類 a group row and its item rows. */
export function comparisonRows(input: ComparisonInput): { kind: 'header' | 'group' | 'item'; cells: string[] }[] {
  const out: { kind: 'header' | 'group' | 'item'; cells: string[] }[] = [
    {
      kind: 'header',
      cells: [
        '項目',
        ...input.services.map((s) => `${s.serviceName}\n${s.certificationNumber}\n${s.providerName}\n${s.status}`),
      ],
    },
  ];
  for (const g of input.groups) {
    if (!g.rows.length) continue;
    out.push({ kind: 'group', cells: [g.name, ...input.services.map(() => '')] });
    for (const r of g.rows)
      out.push({ kind: 'item', cells: [itemText(r), ...input.services.map((s) => cellText(s, r))] });
  }
  return out;
}

const period = (s: SheetService) => `${formatJapaneseDate(s.periodStart)}〜${formatJapaneseDate(s.periodEnd)}`;

export function comparisonWorkbook(input: ComparisonInput): { sheets: SheetSpec[]; csv: string[][]; fileName: string } {
  const one = input.services.length === 1;
  const title = one ? `${input.services[0]!.serviceName} 申請書B 申請内容` : 'IaaS・PaaS の比較（申請書B 申請内容）';
  const label = (text: string): SheetCell => ({ text, style: STYLE.label });
  const plain = (text: string): SheetCell => ({ text, style: STYLE.plain });
  const head = (text: string): SheetCell => ({ text, style: STYLE.header });
  const cover: SheetSpec = {
    name: '表紙',
    widths: [16, 34, 28, 12, 30, 16, 48],
    rows: [
      [{ text: title, style: STYLE.title }],
      [label('公表基準日'), plain(formatJapaneseDate(input.asOf))],
      [label(one ? 'ページの URL' : '比較の URL'), plain(input.url)],
      ...(one
        ? []
        : [
            [
              label('差分のみ表示'),
              plain(
                input.diffOnly
                  ? `はい（全サービスで回答が同じ ${input.hiddenRows ?? 0} 行を省略）`
                  : 'いいえ（全項目）',
              ),
            ],
          ]),
      [label('出典'), plain(input.siteName)],
      [],
      ['認定番号', 'サービス名称', '事業者名称', '状態', '認定期間', '開示情報の日付', 'ページの URL'].map(head),
      ...input.services.map((s) => [
        s.certificationNumber,
        s.serviceName,
        s.providerName,
        s.status,
        period(s),
        s.disclosureDate ?? WITHHELD_WORD,
        s.page,
      ]),
      [],
      [label('注記'), plain(NOTE_AS_DISCLOSED)],
      [null, plain(NOTE_FLAGS)],
      [
        null,
        plain('比較用の値・状態・認定期間は公表基準日の時点のものです。最新の状態はページの URL で確かめてください。'),
      ],
    ],
  };
  const rows = comparisonRows(input);
  const table: SheetSpec = {
    name: one ? '申請内容' : '比較',
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
    fileName: `${one ? '申請書B' : '比較'}_${numbers}_${input.asOf}`,
  };
}
