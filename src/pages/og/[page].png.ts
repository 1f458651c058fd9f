/** Open Graph images of the home, compare and item-index pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { ogPagePath, type OgPage } from '../../lib/image-urls.ts';
import { OG_PAGES } from '../../images/image-inputs.ts';
import { imageFile, imagesEnabled } from '../../images/image-set.ts';

export const getStaticPaths = (() =>
  (imagesEnabled() ? Object.keys(OG_PAGES) : []).map((page) => ({ params: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { services } = await getSite();
  return new Response(new Uint8Array(await imageFile(services, ogPagePath(params.page as OgPage))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
