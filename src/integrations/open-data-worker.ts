/**
 * The open-data files written on their own thread while Astro renders the
 * pages (started by ./open-data.ts at astro:build:start). Astro generates
 * pages on one core; at 9,999 services the other core is mostly idle, and the
 * files took 14–16 s of the main thread after the pages.
 *
 * It reads the catalogue itself and publishes it through the same boundary
 * (publishedCatalogue in src/lib/publication.ts), then writes every file with
 * the same writeOpenData into `into`, a folder beside the output folder that
 * the hook moves in once the pages are done.
 *
 * Loaded by Node itself (type stripping), not through Vite, so it imports
 * with .ts extensions and only type-strippable syntax.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { publishedCatalogue } from '../lib/publication.ts';
import type { IsoDate } from '../rules/calendar-date.ts';
import { writeOpenData } from './open-data.ts';

if (!parentPort) throw new Error('open-data-worker.ts はワーカースレッドとしてのみ動きます');
const { asOf, site, into } = workerData as { asOf: IsoDate; site: string; into: string };
const started = performance.now();
// The content folder as the loader found it: the same environment (CATALOGUE_DIR) and working folder.
const view = publishedCatalogue(asOf);
const count = writeOpenData(view, new URL(site), into);
parentPort.postMessage({ count, ms: performance.now() - started });
