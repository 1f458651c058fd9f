/** /data/services/<id>.json — one published service per file (shape: src/lib/service-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { serviceJsonText } from '../../../lib/service-json.ts';

export const getStaticPaths = (async () => {
  const { services } = await getSite();
  return services.map((service) => ({ params: { id: service.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { asOf, services } = await getSite();
  const service = services.find((s) => s.id === params.id)!;
  return new Response(serviceJsonText(service, asOf), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
