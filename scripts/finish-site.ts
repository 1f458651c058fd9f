/**
 * node scripts/finish-site.ts [site folder, default dist]
 *
 * The second half of `npm run build`: after `astro build` has written the
 * pages and the open data and exited, writes the generated images (marks, OG
 * images) and the sharded Pagefind index into the same folder.
 *
 * A separate process, not Astro build hooks, for memory: while its hooks run
 * the Astro process still holds the whole build (about 3 GB at 9,999
 * services), and the render threads (+0.8 GB) or a Pagefind shard (+2.5 GB)
 * on top of it took the 9,999-service build to 5.18 GB. Here each step runs
 * with only its own memory (issue 16, docs/performance.md).
 *
 * The two steps share nothing but the HTML the search index reads (the images
 * never touch it), so when memory allows they run at the same time. A shard
 * of the index is about one core's work (its Pagefind process), and shards
 * are built side by side while they hold at most PAGES_AT_ONCE pages
 * together (src/integrations/search-shard-pool.ts); the image threads fill
 * whatever the index leaves idle. Pagefind holds about 2–3 MB per page of a
 * shard, so the steps overlap only while every shard is at most
 * PAGES_BESIDE_IMAGES pages (five shards of ~125 pages a language at 1,000
 * services, two at a time beside the image threads' 0.8 GB); at 9,999 (~1,250 pages a
 * shard) the index is made after the images, one shard at a time.
 *
 * SKIP_IMAGES=1 and SKIP_SEARCH_INDEX=1 leave out a step (for timing, and for
 * the tests that read only pages); never publish such a build.
 */
import { resolve } from 'node:path';
import { cliArgs } from './lib/cli-args.ts';
import { writeSiteImages } from '../src/integrations/images.ts';
import { imagesEnabled } from '../src/images/image-set.ts';
import {
  indexedPages,
  largestShard,
  searchCacheDir,
  searchIndexEnabled,
  writeSearchIndex,
  type Page,
} from '../src/integrations/search-index.ts';

/** The largest shard (in pages) indexed while the images are being drawn; bigger ones wait for the images. */
const PAGES_BESIDE_IMAGES = 500;

const usage = '使い方: node scripts/finish-site.ts [<ビルドしたサイトのフォルダ>（既定 dist）]';
const site = resolve(cliArgs({}, usage, { maxPositionals: 1 }).positionals[0] ?? 'dist');
const log = (m: string) => console.log(m);
const images = imagesEnabled()
  ? writeSiteImages(site, log).catch((e: unknown) => {
      throw new Error(`画像を作れませんでした: ${(e as Error).message}`, { cause: e });
    })
  : Promise.resolve();
/** The search index once `wait` has settled; nothing when the images (awaited) failed, as the build fails anyway. */
async function indexSearch(wait: Promise<unknown>, pages: Page[]): Promise<void> {
  try {
    await wait;
  } catch {
    return;
  }
  try {
    await writeSearchIndex(site, searchCacheDir(), log, pages);
  } catch (e) {
    throw new Error(`検索索引を作れませんでした: ${(e as Error).message}`, { cause: e });
  }
}
let search: Promise<void> = Promise.resolve();
if (searchIndexEnabled()) {
  const pages = indexedPages(site);
  search = indexSearch(largestShard(pages) <= PAGES_BESIDE_IMAGES ? Promise.resolve() : images, pages);
}
const failures = (await Promise.allSettled([images, search])).filter((r) => r.status === 'rejected');
for (const f of failures) console.error((f.reason as Error).message);
if (failures.length) process.exit(1);
