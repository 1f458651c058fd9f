/**
 * The generated images of a built site are written after `astro build` has
 * exited (scripts/finish-site.ts, the second half of `npm run build`),
 * straight from the cache or the renderer into the output folder, rather than
 * as one Astro route per file: at 1,000 services the ~7,000 image routes cost
 * ~4.6 s of a warm build even when every image came from the cache, and the
 * routes' responses kept every image in memory (5.4 GB at 10,000 services).
 * Not in a build hook either: the Astro process still holds the whole build
 * (about 3 GB at 9,999 services) while its hooks run, and the two render
 * threads' fonts, satori and resvg on top of that took the build to 4.45 GB.
 *
 * The images are drawn from the built /data/services.json, the open-data
 * list that the pages were built from, so they can only say what is already
 * public. `astro dev` serves them from routes instead (./image-dev-routes/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { serviceListSchema } from '../lib/formats/service-json.ts';
import { writeImages, type KindCost } from '../images/image-set.ts';
import { MARKS_DIR, OG_DIR } from '../lib/paths.ts';

const per = (k: KindCost) => (k.count ? k.ms / k.count : 0).toFixed(1);

export function catalogueImages(): AstroIntegration {
  return {
    name: 'catalogue-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({
          pattern: `${MARKS_DIR}[...path].png`,
          entrypoint: new URL('./image-dev-routes/marks-png.ts', import.meta.url),
        });
        injectRoute({
          pattern: `${MARKS_DIR}[...path].svg`,
          entrypoint: new URL('./image-dev-routes/marks-svg.ts', import.meta.url),
        });
        injectRoute({
          pattern: `${OG_DIR}[...path].png`,
          entrypoint: new URL('./image-dev-routes/og-png.ts', import.meta.url),
        });
      },
    },
  };
}

/** Writes every image of the site built in `site` (a folder holding /data/services.json). */
export async function writeSiteImages(site: string, log: (msg: string) => void): Promise<void> {
  const list = serviceListSchema.parse(JSON.parse(readFileSync(join(site, 'data/services.json'), 'utf8')));
  const run = await writeImages(list.services, site);
  log(
    `[catalogue-images] ${run.files} files: ${run.rendered} rendered, ${run.cached} from cache, ${run.pruned} unused removed from cache (${run.ms} ms)`,
  );
  // Thread time per kind of image rendered (the benchmark reads this line).
  const c = run.costs;
  log(
    `[catalogue-images] render cost: mark SVG ${c.markSvg.count} × ${per(c.markSvg)} ms, mark PNG ${c.markPng.count} × ${per(c.markPng)} ms, OG ${c.og.count} × ${per(c.og)} ms, English OG ${c.ogEn.count} × ${per(c.ogEn)} ms`,
  );
}
