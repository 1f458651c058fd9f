/** Open Graph image of each published service. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { ogServicePath } from '../../../lib/image-urls.ts';
import { imageFile, imagesEnabled } from '../../../images/image-set.ts';

export const getStaticPaths = (async () => {
  if (!imagesEnabled()) return [];
  const { services } = await getSite();
  return services.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { services } = await getSite();
  return new Response(new Uint8Array(await imageFile(services, ogServicePath(params.id!))), { headers: { 'Content-Type': 'image/png' } });
};
