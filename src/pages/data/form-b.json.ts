/**
 * /data/form-b.json — the Form B template's 大分類 and rows (number, item,
 * 記述内容, 必須/選択, 一定の要件, per data centre), which the service page's
 * 「Excel で保存」 needs to lay out a workbook in the browser. `en` holds the
 * English names of each 大分類 and row (content/form-b.yaml `en:`), so the
 * published template carries both languages; answers are never translated.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { jsonText } from '../../lib/formats/json-text.ts';
import type { FormSkeleton } from '../../lib/compare-sheet.ts';

export const GET: APIRoute = async () => {
  const { template } = await getSite();
  const form = {
    categories: template.categories.map((c) => ({
      name: c.name,
      en: { name: c.en.name },
      rows: c.rows.map((r) => ({
        id: r.id,
        no: r.no,
        heading: r.label && r.label !== r.middle ? `${r.middle}・${r.label}` : r.middle,
        description: r.description,
        required: r.required,
        keyRequirement: r.keyRequirement,
        perDataCentre: r.perDataCentre,
        en: {
          heading: r.en.label && r.label !== r.middle ? `${r.en.middle}: ${r.en.label}` : r.en.middle,
          description: r.en.description,
        },
      })),
    })),
  };
  return new Response(jsonText({ version: template.version, ...(form satisfies FormSkeleton) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
