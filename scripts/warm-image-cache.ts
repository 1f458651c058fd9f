/**
 * Started by scripts/build.ts beside `astro build`: renders the catalogue's
 * images into the image cache (IMAGE_CACHE_DIR) on one thread, so that
 * scripts/finish-site.ts, after Astro has exited, finds them there.
 *
 * Astro generates pages on one core (its user CPU time is about its wall
 * time), so on a two-core machine the other core is idle for the whole
 * `astro build`. The images are most of a cold build's time, and they need
 * only the published list, not the pages: this reads the catalogue itself
 * (same folder, same publication date) and draws from it.
 *
 * It never writes into the site. The cache is keyed by everything that
 * shapes an image, and finish-site looks images up from the /data/services.json
 * the build wrote, so an image drawn from a different read is simply not used
 * (and is pruned by that run). When its parent sends "stop" (Astro has
 * finished), it finishes the image in hand and exits; finish-site draws the
 * rest on every core. Any failure only costs time: it exits quietly and
 * finish-site draws everything it did not.
 */
import { publishedCatalogue } from '../src/lib/publication.ts';
import { publicationDate } from '../src/lib/publication-date.ts';
import { serviceListJson } from '../src/lib/formats/service-json.ts';
import { ImageCache } from '../src/images/image-cache.ts';
import { imageJobs, noCosts } from '../src/images/image-set.ts';
import { workerRenderer } from '../src/images/render-pool.ts';

let stopping = false;
process.on('message', (m) => {
  if (m === 'stop') stopping = true;
});
// The parent gone (killed, or finished without asking): stop too.
process.on('disconnect', () => (stopping = true));

const started = performance.now();
const renderer = workerRenderer(1);
const cache = new ImageCache();
let done = 0;
try {
  // A fresh read of the catalogue through the same boundary as the pages (this process has no loader's read to share).
  const { asOf, services } = publishedCatalogue(publicationDate());
  // Images are drawn from a few fields of each entry, never its URLs: any origin gives the same images.
  const entries = serviceListJson(services, asOf, new URL('https://example.invalid/')).services;
  const costs = noCosts();
  for (const job of imageJobs(entries)) {
    if (stopping) break;
    await job.run(cache, async () => {}, renderer, costs);
    done++;
  }
  console.log(
    `[catalogue-images] ページの生成と並べて ${done} 件分を描画（キャッシュへ、新規 ${cache.misses}）${Math.round(performance.now() - started)} ms`,
  );
} catch {
  // Bad data is reported by the build itself; anything else only means finish-site draws more.
} finally {
  await renderer.close();
}
process.disconnect?.();
