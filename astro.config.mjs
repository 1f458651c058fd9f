// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { catalogueOpenData } from './src/integrations/open-data.ts';
import { catalogueSitemap } from './src/integrations/sitemap.ts';
import { catalogueImages } from './src/integrations/images.ts';
import { catalogueDesignTokens } from './src/integrations/design-tokens.ts';

// The public origin is configurable so a staging copy can be built too.
const site = process.env.SITE_URL ?? 'https://iaas-paas.nintei.example';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Open data first: the sitemap reads the /data/services.json it writes (and so do the images,
  // which scripts/finish-site.ts writes after `astro build` has exited, with the search index).
  integrations: [mdx(), catalogueDesignTokens(), catalogueOpenData(), ...catalogueSitemap(), catalogueImages()],
  // The English edition lives under /en/; Japanese, the catalogue's own language, stays at the root.
  i18n: { defaultLocale: 'ja', locales: ['ja', 'en'], routing: { prefixDefaultLocale: false } },
  // Everything is static; no client framework and no prefetching of other pages.
  prefetch: false,
  devToolbar: { enabled: false },
});
