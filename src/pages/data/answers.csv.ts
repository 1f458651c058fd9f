/** /data/answers.csv — one row per service × 記述内容 row of 申請書B (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { answersCsv } from '../../lib/formats/open-data-csv.ts';

export const GET: APIRoute = async () => {
  const { services, template } = await getSite();
  return new Response(answersCsv(services, template), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
