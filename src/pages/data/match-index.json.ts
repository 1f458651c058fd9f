/** /data/match-index.json — the requirements matcher's index: certified services' declared values, 実施有無 and places. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { matchIndex } from '../../lib/match-index.ts';
import { jsonText } from '../../lib/formats/json-text.ts';

export const GET: APIRoute = async () => {
  const { asOf, template, services } = await getSite();
  // One line per service: small, and a diff of two builds reads service by service.
  const entries = matchIndex(services, template).map((e) => jsonText(e));
  return new Response(`{"asOf":${jsonText(asOf)},"services":[\n${entries.join(',\n')}\n]}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
