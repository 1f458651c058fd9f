/**
 * node scripts/search-index.ts [site folder, default dist]
 *
 * Builds (again) the sharded Pagefind index of a site folder that `astro
 * build` wrote. `npm run build` already does this (scripts/finish-site.ts,
 * with the images); this command is for a folder built with
 * SKIP_SEARCH_INDEX=1 or for timing the index on its own.
 */
import { resolve } from 'node:path';
import { cliArgs } from './lib/cli-args.ts';
import { searchCacheDir, writeSearchIndex } from '../src/integrations/search-index.ts';

const usage = '使い方: node scripts/search-index.ts [<ビルドしたサイトのフォルダ>（既定 dist）]';
const site = resolve(cliArgs({}, usage, { maxPositionals: 1 }).positionals[0] ?? 'dist');
try {
  await writeSearchIndex(site, searchCacheDir(), (m) => console.log(m));
} catch (e) {
  console.error(`検索索引を作れませんでした: ${(e as Error).message}`);
  process.exit(1);
}
