/**
 * What the open-data routes of `astro dev` share: the same table of files a
 * build writes after the pages (../open-data.ts), answered one file per
 * request from the published view the pages use.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { OPEN_DATA_TYPES, openDataContents } from '../open-data.ts';

const LOCAL = new URL('http://localhost/');

/**
 * The route for open-data files ending in `ext`: the pattern has the
 * extension in it (`/[...path].json`), as Astro needs for a file that takes
 * no trailing slash.
 */
export function openDataRoute(ext: '.json' | '.csv' | '.atom' | '.ics'): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: async () =>
      openDataContents(await getSite(), LOCAL)
        .filter((f) => f.path.endsWith(ext))
        .map((f) => ({ params: { path: f.path.slice(1, -ext.length) } })),
    GET: async ({ params, site }) => {
      const file = openDataContents(await getSite(), site ?? LOCAL).find((f) => f.path === `/${params['path']}${ext}`);
      if (!file) return new Response('Not found', { status: 404 });
      return new Response(file.body(), { headers: { 'Content-Type': OPEN_DATA_TYPES[ext]! } });
    },
  };
}
