/** /data/services.json — the list of published services with status and dates. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { serviceListJson } from '../../lib/service-json.ts';

export const GET: APIRoute = async ({ site }) => {
  const { asOf, services } = await getSite();
  return new Response(`${JSON.stringify(serviceListJson(services, asOf, site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
