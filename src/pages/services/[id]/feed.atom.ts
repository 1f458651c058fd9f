/** /services/<id>/feed.atom — one service's certifications, renewals, changes, improvement requests, expiry and end, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type PublishedService } from '../../../lib/site-data.ts';
import { serviceAtomFeed } from '../../../lib/formats/lifecycle-feed.ts';

export const getStaticPaths = (async () => {
  const { services } = await getSite();
  return services.map((service) => ({ params: { id: service.id }, props: { service } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: PublishedService }> = async ({ props, site }) => {
  const { asOf, profile, template } = await getSite();
  return new Response(serviceAtomFeed(props.service, template, site!, asOf, profile), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
