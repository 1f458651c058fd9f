/**
 * npm run build [-- <astro build options, e.g. --outDir out>]
 *
 * `astro build` (pages and open data), then scripts/finish-site.ts (images
 * and the search index) once Astro has exited, as two processes for memory
 * (see finish-site.ts). While Astro builds, scripts/warm-image-cache.ts draws
 * images into the image cache on the core Astro leaves idle; it stops when
 * Astro exits, and finish-site finds what it drew in the cache. At 1,000
 * services this takes about 10 s off a cold build (docs/performance.md).
 *
 * Only for catalogues of up to WARM_BESIDE_ASTRO services: Astro's own peak
 * grows with the catalogue (about 3.2 GB at 9,999), and the warmer's read of
 * the catalogue and its thread on top of that would pass 4 GB.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { listDirectory } from '../src/data/content-files.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { imagesEnabled } from '../src/images/image-set.ts';

const WARM_BESIDE_ASTRO = 3000;
const ROOT = resolve(import.meta.dirname, '..');

const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir =
  at >= 0 && args[at + 1] ? args[at + 1]! : (args.find((a) => a.startsWith('--outDir='))?.slice(9) ?? 'dist');

const exited = (child: ChildProcess) =>
  new Promise<number>((done) => child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));

const services = (listDirectory(join(resolveContentDir(), 'services')) ?? []).length;
const warmer =
  imagesEnabled() && services <= WARM_BESIDE_ASTRO
    ? fork(join(ROOT, 'scripts/warm-image-cache.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    : null;
const astro = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
  stdio: 'inherit',
});
// Listened for now: the warmer may be done before Astro is.
const warmerExited = warmer ? exited(warmer) : Promise.resolve(0);
const code = await exited(astro);
// It finishes the image in hand (a fraction of a second) and exits.
if (warmer?.connected) warmer.send('stop');
await warmerExited;
if (code !== 0) process.exit(code);
const finish = spawn(process.execPath, [join(ROOT, 'scripts/finish-site.ts'), outDir], { stdio: 'inherit' });
process.exit(await exited(finish));
