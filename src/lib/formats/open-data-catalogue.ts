/**
 * What the /data/ page lists, prepared so the page only renders: the files
 * on offer, the JSON fields (read from the generated JSON Schema, so the
 * table cannot drift from the files) and each Form B row's kind and typed
 * values in words. The English page (/en/data/) reads the same lists: each
 * entry carries its English (`en`) beside the Japanese, so the two pages
 * cannot list different files or fields.
 */
import type { AnswerKind, FormRow, ValueEnglish } from '../../data/form-b-template.ts';
import type { ValueSpec, ValueType } from '../../rules/typed-value.ts';
import type { PublishedService } from '../publication.ts';
import { ANSWERS_EN_CSV_PATH, EVENTS_FEED_PATH, EXPIRY_CALENDAR_PATH, serviceJsonPath } from '../paths.ts';
import { ANSWER_KIND_WORDS, BETTER_WORDS, VALUE_TYPE_NAMES } from '../words.ts';
import { FEED_KINDS } from './lifecycle-feed.ts';
import { jsonSchemaOf, serviceListSchema, serviceSchema } from './service-json.ts';

export interface OpenDataFile {
  href: string;
  name: string;
  format: string;
  about: string;
  /** The same file described on the English page. */
  en: { name: string; format: string; about: string };
}

const CSV_EN = 'CSV (UTF-8 with a byte order mark)';

/** Feed kinds (FEED_KINDS) in English, for the description of events.atom. */
const FEED_KIND_ENGLISH: Record<(typeof FEED_KINDS)[number], string> = {
  新規認定: 'certifications',
  更新認定: 'renewals',
  更新非認定: 'refused renewals',
  更新申請取下げ: 'withdrawn renewal applications',
  変更届出: 'notified changes',
  サービス終了: 'discontinued services',
  認定取消し: 'revocations',
  効力喪失: 'lapses',
  改善要請: 'requests for improvement',
  期限切れ: 'expiries',
};

/**
 * The downloadable files. The example of a per-service file is the first
 * published service's, so the link always leads to a file that exists; with
 * no service published there is no example to link.
 */
export function openDataFiles(services: readonly PublishedService[]): OpenDataFile[] {
  const example = services[0];
  return [
    {
      href: '/data/services.json',
      name: 'services.json',
      format: 'JSON',
      about: '認定サービスの一覧（状態・認定期間・開示情報の日付）',
      en: {
        name: 'services.json',
        format: 'JSON',
        about: 'The certified services (status, period of certification, date of the disclosed information)',
      },
    },
    {
      href: '/data/services.schema.json',
      name: 'services.schema.json',
      format: 'JSON Schema',
      about: 'services.json の構造',
      en: { name: 'services.schema.json', format: 'JSON Schema', about: 'The structure of services.json' },
    },
    ...(example
      ? [
          {
            href: serviceJsonPath(example.id),
            name: 'services/<認定番号>.json',
            format: 'JSON',
            about: 'サービス1件の基本情報・申請書Bの回答・経緯（下の一覧から）',
            en: {
              name: 'services/<certification number>.json',
              format: 'JSON',
              about: "One service's details, Form B answers and history (from the list below)",
            },
          },
        ]
      : []),
    {
      href: '/data/service.schema.json',
      name: 'service.schema.json',
      format: 'JSON Schema',
      about: 'services/<認定番号>.json の構造',
      en: {
        name: 'service.schema.json',
        format: 'JSON Schema',
        about: 'The structure of services/<certification number>.json',
      },
    },
    {
      href: '/data/services.csv',
      name: 'services.csv',
      format: 'CSV（UTF-8、BOM 付き）',
      about: '認定サービスの一覧。1行に1サービス',
      en: { name: 'services.csv', format: CSV_EN, about: 'The certified services, one service a row' },
    },
    {
      href: '/data/answers.csv',
      name: 'answers.csv',
      format: 'CSV（UTF-8、BOM 付き）',
      about: '申請書Bの回答。1行に「サービス × 記述内容の行」',
      en: { name: 'answers.csv', format: CSV_EN, about: 'The Form B answers, one row for each service and Form B row' },
    },
    {
      href: ANSWERS_EN_CSV_PATH,
      name: 'answers.en.csv',
      format: 'CSV（UTF-8、BOM 付き）',
      about: 'answers.csv の見出しの行を英語にしたもの（行と値は answers.csv と同じ）',
      en: {
        name: 'answers.en.csv',
        format: CSV_EN,
        about: 'answers.csv with the header row in English (the same rows and values)',
      },
    },
    {
      href: '/data/match-index.json',
      name: 'match-index.json',
      format: 'JSON',
      about: '「条件で探す」の索引。認定が有効なサービスの比較用の値・実施有無・データセンター所在地（1行に1サービス）',
      en: {
        name: 'match-index.json',
        format: 'JSON',
        about:
          'The index of "Find by requirements": comparison values, measures taken and data-centre locations of the services with a valid certification (one service a line)',
      },
    },
    {
      href: EVENTS_FEED_PATH,
      name: 'events.atom',
      format: 'Atom',
      about: `経緯のお知らせ（${FEED_KINDS.join('・')}）。新しい順`,
      en: {
        name: 'events.atom',
        format: 'Atom',
        about: `Events (${FEED_KINDS.map((k) => FEED_KIND_ENGLISH[k]).join(', ')}), newest first; entries in Japanese`,
      },
    },
    {
      href: EXPIRY_CALENDAR_PATH,
      name: 'expiries.ics',
      format: 'iCalendar',
      about: '認定の有効期限（満了日の終日予定、60日前に通知）',
      en: {
        name: 'expiries.ics',
        format: 'iCalendar',
        about:
          'Expiry dates of the certifications (an all-day event on the last day, with a reminder 60 days before); in Japanese',
      },
    },
  ];
}

export interface JsonField {
  name: string;
  /** Which file has it, as the table says. */
  where: string;
  description: string;
  /** The same in English, for /en/data/. */
  en: { where: string; description: string };
}

/**
 * English descriptions of the JSON fields, by name. The Japanese ones are the
 * schema's own (service-json.ts); these stand beside them here rather than in
 * the schema, so the published JSON Schema files stay as they are. jsonFields
 * refuses a field without one, so a new field cannot reach the English page
 * undescribed.
 */
const JSON_FIELD_ENGLISH: Readonly<Record<string, string>> = {
  schemaVersion: 'Version of the file format',
  publicationDate: 'Publication date (status and withholding are judged on this date)',
  services: 'The certified services',
  certificationNumber: 'Certification number',
  serviceName: 'Service name',
  providerName: 'Provider name',
  category: 'Type (IaaS or PaaS)',
  status: 'Status on the publication date',
  firstCertified: 'Date of the first certification',
  periodStart: 'First day of the current period of certification (the last one for ended services)',
  periodEnd: 'Last day of the period of certification (valid through this day)',
  ended: 'How and when the certification ended (service discontinued, revoked or lapsed)',
  renewalApplied: 'Date of the renewal application under review',
  renewalOutcome:
    'A renewal application that did not lead to a renewal (refused or withdrawn) and its date. The certification ends on this date or the last day of its period, whichever is later',
  disclosureDate: 'Date of the disclosed information, as written (null while withheld)',
  page: "URL of the service's page",
  json: "URL of this service's JSON",
  serviceSummary: 'Service summary',
  serviceSite: 'Service website',
  supplyForm: 'Form of supply (OEM and the like)',
  templateVersion: 'Version of Form B the answers were given on',
  answers: 'Form B answers (except the items disclosed for each data centre), in the order of Form B',
  dataCentres: 'Answers for each data centre',
  removedDataCentres:
    'Data centres removed by a notified change or a renewal, with their last answers before removal (withheld answers have no content)',
  events: 'History (oldest first)',
};

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/**
 * Every field of services.json and services/<id>.json with its description
 * from the schema: the list's own fields, those of each list entry (in both
 * files), then those only the per-service file has.
 */
export function jsonFields(): JsonField[] {
  const fields = (schema: SchemaNode, skip: readonly string[] = []) =>
    Object.entries(schema.properties ?? {})
      .filter(([k]) => !skip.includes(k))
      .map(([name, node]) => {
        const en = JSON_FIELD_ENGLISH[name];
        if (en === undefined)
          throw new Error(
            `JSON の項目「${name}」の英語の説明がありません（open-data-catalogue.ts の JSON_FIELD_ENGLISH）`,
          );
        return { name, description: node.description ?? '', en };
      });
  const listSchema = jsonSchemaOf(serviceListSchema, '') as SchemaNode;
  const oneSchema = jsonSchemaOf(serviceSchema, '') as SchemaNode;
  const listFields = fields(listSchema);
  const entryFields = fields(listSchema.properties!['services']!.items!);
  const serviceOnly = fields(oneSchema, [...listFields.map((f) => f.name), ...entryFields.map((f) => f.name)]);
  const field = (f: (typeof listFields)[number], where: string, whereEn: string): JsonField => ({
    name: f.name,
    where,
    description: f.description,
    en: { where: whereEn, description: f.en },
  });
  return [
    ...listFields.map((f) => field(f, '両方', 'Both')),
    ...entryFields.map((f) =>
      field(f, '両方（一覧は services の各要素）', 'Both (in the list, each entry of services)'),
    ),
    ...serviceOnly.map((f) => field(f, 'services/<認定番号>.json', 'services/<certification number>.json')),
  ];
}

const ANSWER_KIND_ENGLISH: Readonly<Record<AnswerKind, string>> = {
  text: 'Free text',
  date: 'Date',
  url: 'URL',
  quantity: 'Number and unit',
  practice: 'Implemented or not, and a description',
  location: 'Location (country, prefecture) and a description',
};

const VALUE_TYPE_ENGLISH: Readonly<Record<ValueType, string>> = {
  percent: 'Percentage (%)',
  number: 'Number',
  amount: 'Amount (yen)',
  duration: 'Duration',
  year: 'Year',
  count: 'Number of people or cases',
  choice: 'One of the choices',
  choices: 'Any of the choices',
};

const BETTER_ENGLISH = { higher: 'higher is better', lower: 'lower is better' } as const;

/** A row's kind in the data dictionary. */
export function answerKindName(row: Pick<FormRow, 'kind'>, locale: 'ja' | 'en' = 'ja'): string {
  return locale === 'en' ? ANSWER_KIND_ENGLISH[row.kind] : ANSWER_KIND_WORDS[row.kind].name;
}

/** One typed value in the data dictionary: its label, type, better direction and choices. */
export function valueDescription(v: ValueSpec): string {
  return `${v.label ? `${v.label}: ` : ''}${VALUE_TYPE_NAMES[v.type]}${v.better ? `（${BETTER_WORDS[v.better]}）` : ''}${v.choices ? `［${v.choices.join('、')}］` : ''}`;
}

/** The same in English, from the row's English names of the value (`row.en.values`, same order as `row.values`). */
export function valueDescriptionEnglish(v: ValueSpec, en: ValueEnglish | undefined): string {
  const label = en?.label ?? (v.label === undefined ? undefined : v.key);
  const choices = en?.choices ?? v.choices;
  return `${label ? `${label}: ` : ''}${VALUE_TYPE_ENGLISH[v.type]}${v.better ? ` (${BETTER_ENGLISH[v.better]})` : ''}${choices ? ` [${choices.join(', ')}]` : ''}`;
}
