/** Certification-mark PNGs, for services whose certification may be used on the publication date. */
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
    .flatMap((s) =>
      markVariants().flatMap((v) =>
        v.format === 'png' ? [{ params: { id: s.id, size: `${v.width}${v.scale === 2 ? '@2x' : ''}` } }] : [],
      ),
    );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { services } = await getSite();
  const path = markPath(params.id!, {
    width: Number(params.size!.replace('@2x', '')) as 120,
    format: 'png',
    scale: params.size!.endsWith('@2x') ? 2 : 1,
  });
  return new Response(new Uint8Array(await imageFile(services, path)), { headers: { 'Content-Type': 'image/png' } });
};
