/** How a Form B row is named: on item pages, in titles, and in history and change lists. */
import type { FormRow, FormTemplate } from '../data/form-b-template.ts';

/**
 * The 開示項目 heading: 中分類, plus the 開示項目 label when it adds something;
 * in English the template's English names (as /data/form-b.json gives them).
 */
export function itemHeading(row: FormRow, locale: 'ja' | 'en' = 'ja'): string {
  if (locale === 'en')
    return row.en.label && row.label !== row.middle ? `${row.en.middle}: ${row.en.label}` : row.en.middle;
  return row.label && row.label !== row.middle ? `${row.middle}・${row.label}` : row.middle;
}

/**
 * The item page's <title>: what a search for 「稼働率 比較」 should match,
 * within the ~40 characters left beside the site name (html-validate's 70).
 * In English the row's English description, or its heading when that is
 * too long, with its No.
 */
export function itemTitle(row: FormRow, max = 40, locale: 'ja' | 'en' = 'ja'): string {
  if (locale === 'en') {
    const english = [
      `${row.en.description} (No.${row.no})`,
      row.en.description,
      `No.${row.no} ${itemHeading(row, 'en')}`,
    ];
    // Astro writes an apostrophe as &#39;, which html-validate's limit counts as five characters.
    const size = (t: string) => t.length + 4 * (t.match(/['"]/g)?.length ?? 0);
    return english.find((t) => size(t) <= max) ?? `${row.en.description.slice(0, max - 8).trimEnd()}…`;
  }
  const candidates = [
    `${row.description}の比較（No.${row.no}）`,
    `${row.description}の比較`,
    `No.${row.no} ${itemHeading(row)}の比較`,
  ];
  return candidates.find((t) => t.length <= max) ?? `${row.description.slice(0, max - 4)}…の比較`;
}

/** A row as history and change lists name it: No., item and, when it tells rows apart, the row's description. */
export function itemLabel(template: FormTemplate, id: string): string {
  const row = template.byId.get(id);
  if (!row) return id;
  const name = row.label ?? row.middle;
  return row.rowsInItem > 1 || row.description !== name
    ? `No.${row.no} ${name}（${row.description}）`
    : `No.${row.no} ${name}`;
}
