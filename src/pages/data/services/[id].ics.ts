/** /data/services/<id>.ics — one service's certification expiry (services not ended only). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getSite, servicePaths } from '../../../lib/site-data.ts';
import { expiryCalendar, hasExpiry } from '../../../lib/formats/expiry-calendar.ts';

// Services not ended only: an ended certification has no expiry to put in a calendar.
export const getStaticPaths = (async () =>
  (await servicePaths()).filter((r) => hasExpiry(r.props.service))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props, site }) => {
  const { asOf } = await getSite();
  const s = props.service;
  return new Response(expiryCalendar([s], site!, asOf, `${s.serviceName}（${s.certificationNumber}）の有効期限`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
