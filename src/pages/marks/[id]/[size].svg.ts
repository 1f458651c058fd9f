/** Certification-mark SVGs (text drawn as paths, so no font is needed to show them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { markPath, markVariants } from '../../../lib/image-urls.ts';
import { markInput } from '../../../images/image-inputs.ts';
import { imageFile, imagesEnabled } from '../../../images/image-set.ts';

export const getStaticPaths = (async () => {
  if (!imagesEnabled()) return [];
  const { services } = await getSite();
  return services
    .filter((s) => markInput(s) !== null)
    .flatMap((s) => markVariants().flatMap((v) => (v.format === 'svg' ? [{ params: { id: s.id, size: String(v.width) } }] : [])));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { services } = await getSite();
  const path = markPath(params.id!, { width: Number(params.size) as 120, format: 'svg' });
  return new Response(new Uint8Array(await imageFile(services, path)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
