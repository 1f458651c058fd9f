/** /data/services.csv — one row per published service (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { servicesCsv } from '../../lib/formats/open-data-csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { services } = await getSite();
  return new Response(servicesCsv(services, site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
