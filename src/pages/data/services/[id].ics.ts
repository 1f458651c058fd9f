/** /data/services/<id>.ics — one service's certification expiry (services not ended only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type PublishedService } from '../../../lib/site-data.ts';
import { expiryCalendar, hasExpiry } from '../../../lib/formats/expiry-calendar.ts';

export const getStaticPaths = (async () => {
  const { services } = await getSite();
  return services.filter(hasExpiry).map((service) => ({ params: { id: service.id }, props: { service } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ service: PublishedService }> = async ({ props, site }) => {
  const { asOf } = await getSite();
  const s = props.service;
  return new Response(expiryCalendar([s], site!, asOf, `${s.serviceName}（${s.certificationNumber}）の有効期限`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
