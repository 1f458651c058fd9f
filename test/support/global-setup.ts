/**
 * Vitest globalSetup (runs once, in the main process, before any test file).
 *
 * - If the built site exists (DIST_DIR, default dist/), serves it on
 *   127.0.0.1 with an ephemeral port and provides the base URL to tests as
 *   `inject('baseUrl')` (use `siteUrl()` from ./site.ts). Otherwise provides
 *   null, and tests that need the site fail with a clear message.
 * - Unpacks @sparticuz/chromium once, here, so that parallel test files never
 *   race to unpack it into the temp folder.
 */
import type { TestProject } from 'vitest/node';
import { distDir, isDirectory } from './paths.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import unpackChromium from './chromium-setup.ts';
import './site.ts'; // ProvidedContext declarations

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = distDir();
  let server: StaticServer | null = null;
  if (isDirectory(dist)) server = await startStaticServer(dist);
  project.provide('baseUrl', server?.url ?? null);
  project.provide('distDir', dist);

  await unpackChromium();

  return async () => {
    await server?.close();
  };
}
