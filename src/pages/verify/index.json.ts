/** Same-origin index for the /verify/ page's lookup. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { verifyIndex } from '../../lib/verify-index.ts';
import { jsonText } from '../../lib/formats/json-text.ts';

export const GET: APIRoute = async () => {
  const { asOf, services } = await getSite();
  return new Response(jsonText(verifyIndex(asOf, services)), { headers: { 'Content-Type': 'application/json' } });
};
