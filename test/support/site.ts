/**
 * The built site as tests see it.
 *
 *   import { siteUrl } from './site.ts';
 *   await page.goto(siteUrl('/services/ip0001-1302/'));
 *
 * The global setup serves DIST_DIR (default dist/) on 127.0.0.1 and provides
 * its origin; siteUrl() throws a clear error when there was no built site.
 */
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for the built site, e.g. http://127.0.0.1:40123 — null when dist/ did not exist. */
    baseUrl: string | null;
    /** Absolute path of the built site that is served. */
    distDir: string;
  }
}

/** The origin of the served site, without trailing slash. */
export function baseUrl(): string {
  const url = inject('baseUrl');
  if (!url) {
    throw new Error(
      `No built site is being served: ${inject('distDir')} did not exist when the test run started.\n` +
        'Run `npm run build` first (npm test does), or point DIST_DIR at a built site.',
    );
  }
  return url;
}

/** An absolute URL on the served site: siteUrl('/services/ip0001-1302/'). */
export function siteUrl(path = '/'): string {
  return new URL(path, `${baseUrl()}/`).href;
}
