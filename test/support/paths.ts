/**
 * Where things are, for every test and for the global setup.
 *
 * DIST_DIR (default `dist`) and CATALOGUE_DIR (default `content`) are resolved
 * relative to the project root (the folder holding vitest.config.ts), so
 * `DIST_DIR=test/support/fixtures/site npx vitest run` works from anywhere.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json and vitest.config.ts. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built site: $DIST_DIR or <project>/dist. */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env['DIST_DIR'] || 'dist');
}

/** The raw catalogue data: $CATALOGUE_DIR or <project>/content (same variable as src/data/content-dir.ts). */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(PROJECT_ROOT, env['CATALOGUE_DIR'] || 'content');
}

/** The publication date the test build uses (PUBLICATION_DATE, default 2026-11-26). */
export function publicationDate(env: NodeJS.ProcessEnv = process.env): string {
  const d = env['PUBLICATION_DATE'] || '2026-11-26';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`PUBLICATION_DATE must be YYYY-MM-DD, got ${JSON.stringify(d)}`);
  return d;
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Returns the dist folder, or throws an error that says what to do. Dist tests
 * call this instead of skipping: `npm test` always builds first, so a missing
 * dist/ is a broken pipeline, never a reason to pass.
 */
export function requireDist(): string {
  const dir = distDir();
  if (!isDirectory(dir)) {
    throw new Error(
      `The built site is missing: ${dir} does not exist.\n` +
        `Run \`npm run build\` first (npm test does), or point DIST_DIR at a built site.`,
    );
  }
  return dir;
}
