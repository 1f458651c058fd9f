/**
 * The five 「一定の要件を考慮すべき項目」 (overview §5(2), 図表) as the Form B
 * template defines them: one entry per numbered item marked keyRequirement,
 * in template order. The scheme pages show this instead of a retyped list, so
 * correcting the template corrects the page.
 */
import type { FormTemplate } from '../data/form-b-template.ts';

export interface KeyRequirementItem {
  no: number;
  categoryName: string;
  middle: string;
  /** 開示項目: what must be in place. */
  label: string;
  /** 記述内容 rows that answer it. */
  rows: { id: string; description: string }[];
}

export function keyRequirementItems(template: FormTemplate): KeyRequirementItem[] {
  const items = new Map<number, KeyRequirementItem>();
  for (const r of template.rows) {
    if (!r.keyRequirement) continue;
    let item = items.get(r.no);
    if (!item) {
      item = { no: r.no, categoryName: r.categoryName, middle: r.middle, label: r.label ?? r.middle, rows: [] };
      items.set(r.no, item);
    }
    item.rows.push({ id: r.id, description: r.description });
  }
  return [...items.values()];
}
