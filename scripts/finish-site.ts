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
 * SKIP_IMAGES=1 and SKIP_SEARCH_INDEX=1 leave out a step (for timing, and for
 * the tests that read only pages); never publish such a build.
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { cliArgs } from './lib/cli-args.ts';
import { writeSiteImages } from '../src/integrations/images.ts';
import { imagesEnabled } from '../src/images/image-set.ts';
import { searchCacheDir, searchIndexEnabled, writeSearchIndex } from '../src/integrations/search-index.ts';

const usage = '使い方: node scripts/finish-site.ts [<ビルドしたサイトのフォルダ>（既定 dist）]';
const site = resolve(cliArgs({}, usage, { maxPositionals: 1 }).positionals[0] ?? 'dist');
const log = (m: string) => console.log(m);
try {
  if (imagesEnabled()) await writeSiteImages(site, log);
} catch (e) {
  console.error(`画像を作れませんでした: ${(e as Error).message}`);
  process.exit(1);
}
try {
  if (searchIndexEnabled()) await writeSearchIndex(site, searchCacheDir(), log);
} catch (e) {
  console.error(`検索索引を作れませんでした: ${(e as Error).message}`);
  // The Pagefind process may still be running after a failure; the build must not hang on it.
  await pagefind.close();
  process.exit(1);
}
