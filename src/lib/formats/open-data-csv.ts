/**
 * The two CSV downloads, from the published view only. UTF-8 with a BOM so
 * Excel opens Japanese correctly; every field is quoted (answers hold commas,
 * quotes and line breaks), rows end in CRLF (RFC 4180). A cell that Excel
 * would run as a formula (it starts with = + - @, TAB or CR, or their
 * full-width forms) is written with a leading ' (OWASP's advice against CSV
 * injection): applicant text must never become a live formula.
 */
import type { FormRow, FormTemplate } from '../../data/form-b-template.ts';
import { typedValueText } from '../../rules/typed-value.ts';
import type { PublishedAnswer, PublishedService } from '../publication.ts';
import { servicePath } from '../paths.ts';
import { csvRows, FORMULA_ESCAPE, toCsv, withHeader } from './csv-text.ts';
import { implementedWord, UNANSWERED_WORD, WITHHELD_WORD } from '../words.ts';

export const SERVICE_COLUMNS = [
  '認定番号',
  'サービス名称',
  '事業者名称',
  '区分',
  '状態',
  '初回認定日',
  '認定期間開始日',
  '認定期間満了日',
  '終了の種類',
  '終了日',
  '開示情報の日付',
  '提供形態',
  'サービス概要',
  'サービスサイト',
  'ページURL',
] as const;

export const ANSWER_COLUMNS = [
  '認定番号',
  'データセンター',
  'No',
  '大分類',
  '中分類',
  '開示項目',
  '記述内容',
  '必須/選択',
  '実施有無',
  '申請内容',
  '値',
] as const;

/**
 * The English header of answers.en.csv, column by column: the same names the
 * English pages give these things (Form B's columns in src/i18n/en.ts). The
 * file's rows and values are answers.csv's, as published; only the header
 * differs, so a reader can load it with English column names.
 */
export const ANSWER_COLUMNS_EN = {
  認定番号: 'Certification number',
  データセンター: 'Data centre',
  No: 'No.',
  大分類: 'Category',
  中分類: 'Subcategory',
  開示項目: 'Disclosure item',
  記述内容: 'What Form B asks for',
  '必須/選択': 'Required or optional',
  実施有無: 'Implemented',
  申請内容: 'Application content',
  値: 'Value',
} as const satisfies Record<(typeof ANSWER_COLUMNS)[number], string>;

export { FORMULA_ESCAPE, toCsv };

export function servicesCsv(services: readonly PublishedService[], site: URL): string {
  return toCsv(
    SERVICE_COLUMNS,
    services.map((s) => {
      const l = s.lifecycle;
      return [
        s.certificationNumber,
        s.serviceName,
        s.providerName,
        s.category,
        l.status,
        l.firstCertified,
        l.periodStart,
        l.periodEnd,
        l.ended?.type ?? '',
        l.ended?.date ?? '',
        s.disclosureDate ?? WITHHELD_WORD,
        s.supplyForm ? `${s.supplyForm.kind}：${s.supplyForm.description}` : '',
        s.serviceSummary,
        s.serviceSite,
        new URL(servicePath(s.id), site).href,
      ];
    }),
  );
}

/** 申請内容 as a CSV cell: the text as written, or 公表留保中 / 記載なし. */
export function answerCell(a: PublishedAnswer): { implemented: string; content: string } {
  if (a.state === 'withheld') return { implemented: '', content: WITHHELD_WORD };
  if (a.state === 'unanswered') return { implemented: '', content: UNANSWERED_WORD };
  return {
    implemented: a.implemented === undefined ? '' : implementedWord(a.implemented),
    content: a.content,
  };
}

/** The declared typed values of an answer, as one cell (「取得間隔 1日 / 保存期間 30日」); empty when none. */
export function valueCell(a: PublishedAnswer, row: FormRow): string {
  if (a.state !== 'answered' || !a.values) return '';
  return a.values
    .map((v) => typedValueText(v, row.values.length > 1 ? row.values.find((s) => s.key === v.key) : undefined))
    .join(' / ');
}

export function answersCsv(services: readonly PublishedService[], template: FormTemplate): string {
  return answersCsvWithHeader(answersCsvRows(services, template), 'ja');
}

/**
 * answers.csv ('ja') or answers.en.csv ('en') from the rows answersCsvRows
 * made: the open-data writer makes the rows once for both files, so the two
 * cannot differ but in their header.
 */
export function answersCsvWithHeader(rows: string, locale: 'ja' | 'en'): string {
  return withHeader(locale === 'en' ? ANSWER_COLUMNS.map((c) => ANSWER_COLUMNS_EN[c]) : ANSWER_COLUMNS, rows);
}

/** The data rows of answers.csv, without the header. */
export function answersCsvRows(services: readonly PublishedService[], template: FormTemplate): string {
  const rows: string[][] = [];
  for (const s of services) {
    const add = (dc: string, answers: Readonly<Record<string, PublishedAnswer>>, perDataCentre: boolean) => {
      for (const r of template.rows.filter((r) => r.perDataCentre === perDataCentre)) {
        const cell = answerCell(answers[r.id] ?? { state: 'unanswered' });
        rows.push([
          s.certificationNumber,
          dc,
          String(r.no),
          r.categoryName,
          r.middle,
          r.label ?? r.middle,
          r.description,
          r.required ? '必須' : '選択',
          cell.implemented,
          cell.content,
          valueCell(answers[r.id] ?? { state: 'unanswered' }, r),
        ]);
      }
    };
    add('', s.answers, false);
    for (const dc of s.dataCentres) add(dc.label, dc.answers, true);
  }
  return csvRows(rows);
}
