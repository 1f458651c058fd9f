// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { catalogueSitemap } from './src/integrations/sitemap.ts';
import { catalogueImages } from './src/integrations/images.ts';
import { catalogueSearchIndex } from './src/integrations/search-index.ts';

// The public origin is configurable so a staging copy can be built too.
const site = process.env.SITE_URL ?? 'https://iaas-paas.nintei.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), ...catalogueSitemap(), catalogueImages(), catalogueSearchIndex()],
  // Everything is static; no client framework and no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
});
