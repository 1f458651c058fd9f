/**
 * The generated images in a build are written after the pages, straight
 * from the cache or the renderer into the output folder, rather than as one
 * Astro route per file: at 1,000 services the ~7,000 image routes cost
 * ~4.6 s of a warm build even when every image came from the cache, and the
 * routes' responses kept every image in memory (5.4 GB at 10,000 services).
 *
 * The images are drawn from the built /data/services.json, the open-data
 * list that the pages were built from, so they can only say what is already
 * public. `astro dev` serves them from routes instead (./dev-routes/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serviceListSchema } from '../lib/formats/service-json.ts';
import { imagesEnabled, writeImages, type KindCost } from '../images/image-set.ts';
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
      'astro:build:done': async ({ dir, logger }) => {
        if (!imagesEnabled()) return;
        const list = serviceListSchema.parse(JSON.parse(readFileSync(new URL('./data/services.json', dir), 'utf8')));
        const run = await writeImages(list.services, fileURLToPath(dir));
        logger.info(
          `${run.files} files: ${run.rendered} rendered, ${run.cached} from cache, ${run.pruned} unused removed from cache (${run.ms} ms)`,
        );
        // Thread time per kind of image rendered (the benchmark reads this line).
        const c = run.costs;
        logger.info(
          `render cost: mark SVG ${c.markSvg.count} × ${per(c.markSvg)} ms, mark PNG ${c.markPng.count} × ${per(c.markPng)} ms, OG ${c.og.count} × ${per(c.og)} ms`,
        );
      },
    },
  };
}
