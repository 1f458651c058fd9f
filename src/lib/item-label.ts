/** How a Form B row is named in history and change lists: No., item and row. */
import type { FormTemplate } from '../data/form-b-template.ts';

export function itemLabel(template: FormTemplate, id: string): string {
  const row = template.byId.get(id);
  if (!row) return id;
  const name = row.label ?? row.middle;
  return row.rowsInItem > 1 || row.description !== name
    ? `No.${row.no} ${name}（${row.description}）`
    : `No.${row.no} ${name}`;
}
