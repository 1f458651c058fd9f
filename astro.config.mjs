// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { catalogueOpenData } from './src/integrations/open-data.ts';
import { catalogueSitemap } from './src/integrations/sitemap.ts';
import { catalogueImages } from './src/integrations/images.ts';
import { catalogueDesignTokens } from './src/integrations/design-tokens.ts';
import { incrementalBuildEnabled } from './src/lib/page-cache-key.ts';

// Astro writes into server code every environment variable whose name occurs in a module that reads
// import.meta.env, and "_" (the shell's last command: /usr/bin/npm, /usr/bin/npx …) occurs in nearly
// every one. Its value then changes the code's hash, and the incremental build renders every page
// again whenever the build was started another way. Nothing in the site reads it.
delete process.env._;

// The public origin is configurable so a staging copy can be built too.
const site = process.env.SITE_URL ?? 'https://iaas-paas.nintei.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Several pages in flight: while one page's file is being written (libuv's threads), the next is
  // rendered. Measured at 1,000 services: 1 → 8 takes astro build from about 20.8 s to 17 s, with the
  // same bytes (docs/performance.md). The incremental build still copies unchanged pages at any value.
  build: { format: 'directory', concurrency: 8 },
  // Open data first: the sitemap reads the /data/services.json it writes (and so do the images,
  // which scripts/finish-site.ts writes after `astro build` has exited, with the search index).
  integrations: [mdx(), catalogueDesignTokens(), catalogueOpenData(), ...catalogueSitemap(), catalogueImages()],
  // The English edition lives under /en/; Japanese, the catalogue's own language, stays at the root.
  i18n: { defaultLocale: 'ja', locales: ['ja', 'en'], routing: { prefixDefaultLocale: false } },
  // Pages whose data and code are unchanged since the last build are copied, not rendered again:
  // service, certificate and item pages give Astro a cacheKey (src/lib/page-cache-key.ts).
  // INCREMENTAL_BUILD=0 renders every page. The copies and the manifest live in the cache folder;
  // ASTRO_CACHE_DIR gives a build its own (the bench's cold runs, the tests that compare a warm build
  // with a cold one).
  experimental: { incrementalBuild: incrementalBuildEnabled() },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Everything is static; no client framework and no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
});
