/**
 * What the /data/ page lists, prepared so the page only renders: the files
 * on offer, the JSON fields (read from the generated JSON Schema, so the
 * table cannot drift from the files) and each Form B row's kind and typed
 * values in words.
 */
import type { FormRow } from '../../data/form-b-template.ts';
import type { ValueSpec } from '../../rules/typed-value.ts';
import type { PublishedService } from '../publication.ts';
import { EVENTS_FEED_PATH, EXPIRY_CALENDAR_PATH, serviceJsonPath } from '../paths.ts';
import { ANSWER_KIND_WORDS, BETTER_WORDS, VALUE_TYPE_NAMES } from '../words.ts';
import { FEED_KINDS } from './lifecycle-feed.ts';
import { jsonSchemaOf, serviceListSchema, serviceSchema } from './service-json.ts';

export interface OpenDataFile {
  href: string;
  name: string;
  format: string;
  about: string;
}

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
    },
    {
      href: '/data/services.schema.json',
      name: 'services.schema.json',
      format: 'JSON Schema',
      about: 'services.json の構造',
    },
    ...(example
      ? [
          {
            href: serviceJsonPath(example.id),
            name: 'services/<認定番号>.json',
            format: 'JSON',
            about: 'サービス1件の基本情報・申請書Bの回答・経緯（下の一覧から）',
          },
        ]
      : []),
    {
      href: '/data/service.schema.json',
      name: 'service.schema.json',
      format: 'JSON Schema',
      about: 'services/<認定番号>.json の構造',
    },
    {
      href: '/data/services.csv',
      name: 'services.csv',
      format: 'CSV（UTF-8、BOM 付き）',
      about: '認定サービスの一覧。1行に1サービス',
    },
    {
      href: '/data/answers.csv',
      name: 'answers.csv',
      format: 'CSV（UTF-8、BOM 付き）',
      about: '申請書Bの回答。1行に「サービス × 記述内容の行」',
    },
    {
      href: '/data/match-index.json',
      name: 'match-index.json',
      format: 'JSON',
      about: '「条件で探す」の索引。認定が有効なサービスの比較用の値・実施有無・データセンター所在地（1行に1サービス）',
    },
    {
      href: EVENTS_FEED_PATH,
      name: 'events.atom',
      format: 'Atom',
      about: `経緯のお知らせ（${FEED_KINDS.join('・')}）。新しい順`,
    },
    {
      href: EXPIRY_CALENDAR_PATH,
      name: 'expiries.ics',
      format: 'iCalendar',
      about: '認定の有効期限（満了日の終日予定、60日前に通知）',
    },
  ];
}

export interface JsonField {
  name: string;
  /** Which file has it, as the table says. */
  where: string;
  description: string;
}

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
      .map(([name, node]) => ({ name, description: node.description ?? '' }));
  const listSchema = jsonSchemaOf(serviceListSchema, '') as SchemaNode;
  const oneSchema = jsonSchemaOf(serviceSchema, '') as SchemaNode;
  const listFields = fields(listSchema);
  const entryFields = fields(listSchema.properties!['services']!.items!);
  const serviceOnly = fields(oneSchema, [...listFields.map((f) => f.name), ...entryFields.map((f) => f.name)]);
  return [
    ...listFields.map((f) => ({ ...f, where: '両方' })),
    ...entryFields.map((f) => ({ ...f, where: '両方（一覧は services の各要素）' })),
    ...serviceOnly.map((f) => ({ ...f, where: 'services/<認定番号>.json' })),
  ];
}

/** A row's kind in the data dictionary. */
export function answerKindName(row: Pick<FormRow, 'kind'>): string {
  return ANSWER_KIND_WORDS[row.kind].name;
}

/** One typed value in the data dictionary: its label, type, better direction and choices. */
export function valueDescription(v: ValueSpec): string {
  return `${v.label ? `${v.label}: ` : ''}${VALUE_TYPE_NAMES[v.type]}${v.better ? `（${BETTER_WORDS[v.better]}）` : ''}${v.choices ? `［${v.choices.join('、')}］` : ''}`;
}
