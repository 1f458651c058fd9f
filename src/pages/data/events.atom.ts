/** /data/events.atom — lifecycle events across the catalogue, newest first. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { atomFeed, feedEntries } from '../../lib/formats/lifecycle-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { asOf, profile, services, template } = await getSite();
  return new Response(atomFeed(feedEntries(services, template, asOf), site!, asOf, profile), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
