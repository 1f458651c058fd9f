/** /data/services.json — the list of published services with status and dates. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { serviceListJson } from '../../lib/formats/service-json.ts';
import { jsonText } from '../../lib/formats/json-text.ts';

export const GET: APIRoute = async ({ site }) => {
  const { asOf, services } = await getSite();
  return new Response(`${jsonText(serviceListJson(services, asOf, site!), 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
