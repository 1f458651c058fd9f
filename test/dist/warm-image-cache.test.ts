/**
 * scripts/warm-image-cache.ts draws images while `astro build` runs, from its
 * own read of the catalogue. It only saves time if finish-site, which looks
 * images up from the built /data/services.json, finds every one of them in
 * the cache; and it must stop when told, so the build does not wait for it.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ImageCache } from '../../src/images/image-cache.ts';
import { imageJobs, writeImages } from '../../src/images/image-set.ts';
import { serviceListSchema } from '../../src/lib/formats/service-json.ts';
import { contentDir, distDir, PROJECT_ROOT, publicationDate } from '../support/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'aspic-warm-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const built = serviceListSchema.parse(JSON.parse(readFileSync(join(distDir(), 'data/services.json'), 'utf8')));

/** Runs the warmer on the suite's catalogue into `cache`; `stopAtOnce` sends "stop" as soon as it starts. */
function warm(cache: string, stopAtOnce: boolean): Promise<number | null> {
  const child = fork(join(PROJECT_ROOT, 'scripts/warm-image-cache.ts'), [], {
    env: {
      ...process.env,
      CATALOGUE_DIR: contentDir(),
      PUBLICATION_DATE: publicationDate(),
      IMAGE_CACHE_DIR: cache,
      CATALOGUE_CACHE: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  if (stopAtOnce) child.send('stop');
  return new Promise((done) => child.on('close', (code) => done(code)));
}

test('finish-site finds every image the warmer drew, and draws nothing more', async () => {
  const cache = join(work, 'full');
  expect(await warm(cache, false)).toBe(0);
  const run = await writeImages(built.services, join(work, 'out'), new ImageCache(cache));
  expect(run.files).toBeGreaterThan(0);
  expect(run.rendered).toBe(0);
  expect(run.pruned).toBe(0);
}, 120_000);

test('told to stop, it stops before drawing everything and exits cleanly', async () => {
  const cache = join(work, 'stopped');
  expect(await warm(cache, true)).toBe(0);
  const files = existsSync(cache) ? readdirSync(cache) : [];
  const drawn = files.length;
  // What the warmer leaves in the cache when it is not stopped (the test above).
  const all = readdirSync(join(work, 'full')).length;
  expect(all).toBeGreaterThan(imageJobs(built.services).length);
  expect(drawn).toBeLessThan(all);
  // No half-written file is left behind for the cache to keep.
  expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
}, 60_000);
