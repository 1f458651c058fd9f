/** /data/expiries.ics — certification expiries of every service still certified or expired. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { expiryCalendar } from '../../lib/formats/expiry-calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const { asOf, profile, services } = await getSite();
  return new Response(expiryCalendar(services, site!, asOf, `${profile.name}: 有効期限`), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
