/** /data/expiries.ics — certification expiries of every service still certified or expired. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { expiryCalendar } from '../../lib/expiry-calendar.ts';

export const GET: APIRoute = async ({ site }) => {
  const { asOf, services } = await getSite();
  return new Response(expiryCalendar(services, site!, asOf, 'ASPIC 認定 IaaS・PaaS の有効期限'), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
