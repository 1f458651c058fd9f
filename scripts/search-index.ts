/**
 * node scripts/search-index.ts [site folder, default dist]
 *
 * Builds (again) the sharded Pagefind index of a site folder that `astro
 * build` wrote. The build already does this by itself
 * (src/integrations/search-index.ts); this command is for a folder built
 * with SKIP_SEARCH_INDEX=1 or for timing the index on its own.
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { searchCacheDir, writeSearchIndex } from '../src/integrations/search-index.ts';

const site = resolve(process.argv[2] ?? 'dist');
try {
  await writeSearchIndex(site, searchCacheDir(), (m) => console.log(m));
} catch (e) {
  console.error(`検索索引を作れませんでした: ${(e as Error).message}`);
  await pagefind.close();
  process.exit(1);
}
