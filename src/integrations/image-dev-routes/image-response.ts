/**
 * What the image routes of `astro dev` share: every image path of the
 * catalogue, and one image's response. (A build writes the images after the
 * pages instead: src/integrations/images.ts.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { serviceListJson, type ServiceListEntry } from '../../lib/formats/service-json.ts';
import { imageFile, imageJobs } from '../../images/image-set.ts';

async function entries(site: URL | undefined): Promise<ServiceListEntry[]> {
  const { services, asOf } = await getSite();
  return serviceListJson(services, asOf, site ?? new URL('http://localhost/')).services;
}

const TYPES: Record<string, string> = { '.png': 'image/png', '.svg': 'image/svg+xml' };

/**
 * The route for images under `prefix` ending in `ext`: the pattern has the
 * extension in it (`/marks/[...path].png`), as Astro needs for a file that
 * takes no trailing slash.
 */
export function imageRoute(prefix: string, ext: '.png' | '.svg'): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      imageJobs(await entries(undefined))
        .flatMap((j) => j.paths)
        .filter((p) => p.startsWith(prefix) && p.endsWith(ext))
        .map((p) => ({ params: { path: p.slice(prefix.length, -ext.length) } })),
    GET: async ({ params, site }) => {
      const data = await imageFile(await entries(site), `${prefix}${params['path']}${ext}`);
      if (!data) return new Response('Not found', { status: 404 });
      return new Response(new Uint8Array(data), { headers: { 'Content-Type': TYPES[ext]! } });
    },
  };
}
