/** Where the catalogue lives: CATALOGUE_DIR, or content/ beside package.json. */
import { resolve } from 'node:path';

export function resolveContentDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CATALOGUE_DIR'] ?? 'content');
}
