/** How a Form B row is named on item pages, in titles and in links. */
import type { FormRow } from '../data/form-b-template.ts';

/** The 開示項目 heading: 中分類, plus the 開示項目 label when it adds something. */
export function itemHeading(row: FormRow): string {
  return row.label && row.label !== row.middle ? `${row.middle}・${row.label}` : row.middle;
}

export function itemPath(row: FormRow): string {
  return `/items/${row.id}/`;
}
