/** /data/services/<id>.json — one published disclosure (shape: src/lib/formats/service-json.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type PublishedService } from '../../../lib/site-data.ts';
import { serviceJson } from '../../../lib/formats/service-json.ts';
import { jsonText } from '../../../lib/formats/json-text.ts';

export const getStaticPaths = (async () => {
  const { services } = await getSite();
  return services.map((service) => ({ params: { id: service.id }, props: { service } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: PublishedService }> = async ({ props, site }) => {
  const { asOf, template } = await getSite();
  return new Response(`${jsonText(serviceJson(props.service, template, asOf, site!), 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
