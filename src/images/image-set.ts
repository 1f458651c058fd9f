/**
 * Every generated image of a catalogue (marks for the services that may use
 * them, OG images for all services and the fixed pages) as jobs that render
 * through the cache and hand each finished file to a sink: the build writes
 * them into the output folder (src/integrations/images.ts), `astro dev`
 * serves the one asked for.
 *
 * Files are never all held in memory: a cached PNG is copied from the cache
 * folder to the site, so 10,000 services' 79,000 images cost disk, not RAM.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import type { ServiceListEntry } from '../lib/formats/service-json.ts';
import { markPixels, markVariants } from '../lib/mark-files.ts';
import { markPath, ogPagePath, ogServicePath, type OgPage } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import { logoDataUri, logoSvg } from './certification-logo.ts';
import { cacheKey, ImageCache } from './image-cache.ts';
import { imageFonts, type ImageFont } from './image-fonts.ts';
import { markInput, ogServiceInput, OG_PAGES } from './image-inputs.ts';
import { MARK_BASE, MARK_TEMPLATE_VERSION, markTree } from './mark-template.ts';
import { OG_SIZE, OG_TEMPLATE_VERSION, ogTree, type OgInput } from './og-template.ts';
import { renderPng, renderSvg, resizeSvg } from './render-image.ts';

/** A finished file: bytes made here, or a file in the cache folder to copy. */
export type ImageFile = { data: Buffer } | { cached: string };
type Sink = (path: string, file: ImageFile) => Promise<void>;

export interface ImageJob {
  /** Site paths (e.g. /marks/ip0001-1302/240.png) of the files this job makes. */
  paths: string[];
  run(cache: ImageCache, sink: Sink): Promise<void>;
}

/** Runs `fn` over items with at most `n` in flight. */
async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

let common: { fonts: ImageFont[]; font: string; renderer: string; logoUri: string } | undefined;

/**
 * What every cache key shares: the font's hash and the renderer versions. The
 * logo is inside each element tree (as a data: URI), and the tree itself is
 * hashed, so any change to a template or the logo re-renders by itself.
 */
function shared() {
  if (common) return common;
  const { fonts, hash: font } = imageFonts();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const renderer = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${pkg.dependencies[name]}`).join(' ');
  common = { fonts, font, renderer, logoUri: logoDataUri(logoSvg()) };
  return common;
}

function markJob(service: ServiceListEntry): ImageJob | null {
  const input = markInput(service);
  if (!input) return null;
  const id = slugOf(service.certificationNumber);
  const variants = markVariants();
  return {
    paths: variants.map((v) => markPath(id, v)),
    async run(cache, sink) {
      const s = shared();
      const tree = markTree(input, s.logoUri);
      const key = cacheKey({ v: MARK_TEMPLATE_VERSION, font: s.font, renderer: s.renderer, size: MARK_BASE, tree });
      const base = (
        await cache.get(`${key}.svg`, async () => Buffer.from(await renderSvg(tree, MARK_BASE, s.fonts)))
      ).toString('utf8');
      // 240.png and 120@2x.png are the same pixels (so are 480 and 240@2x): render each width once.
      const pngs = new Map<number, Promise<string>>();
      const png = (width: number) => {
        if (!pngs.has(width))
          pngs.set(
            width,
            cache.path(`${key}-${width}.png`, () => renderPng(base, width)),
          );
        return pngs.get(width)!;
      };
      for (const v of variants) {
        const px = markPixels(v);
        await sink(
          markPath(id, v),
          v.format === 'svg'
            ? { data: Buffer.from(resizeSvg(base, px.width, px.height)) }
            : { cached: await png(px.width) },
        );
      }
    },
  };
}

function ogJob(path: string, input: OgInput): ImageJob {
  return {
    paths: [path],
    async run(cache, sink) {
      const s = shared();
      const tree = ogTree(input, s.logoUri);
      const key = cacheKey({ v: OG_TEMPLATE_VERSION, font: s.font, renderer: s.renderer, size: OG_SIZE, tree });
      await sink(path, {
        cached: await cache.path(`${key}.png`, async () =>
          renderPng(await renderSvg(tree, OG_SIZE, s.fonts), OG_SIZE.width),
        ),
      });
    },
  };
}

/** Every image of the catalogue whose services.json entries are given. */
export function imageJobs(services: readonly ServiceListEntry[]): ImageJob[] {
  const pages = Object.entries(OG_PAGES) as [OgPage, OgInput][];
  return [
    ...services.map(markJob).filter((j): j is ImageJob => j !== null),
    ...pages.map(([page, input]) => ogJob(ogPagePath(page), input)),
    ...services.map((s) => ogJob(ogServicePath(slugOf(s.certificationNumber)), ogServiceInput(s))),
  ];
}

export interface ImageRun {
  files: number;
  rendered: number;
  cached: number;
  /** Cache entries no image of this catalogue uses any more, removed after the run. */
  pruned: number;
  ms: number;
}

/** Renders (or takes from the cache) every image and writes it under `outDir`. */
export async function writeImages(
  services: readonly ServiceListEntry[],
  outDir: string,
  cache = new ImageCache(),
): Promise<ImageRun> {
  const started = performance.now();
  let files = 0;
  const madeDirs = new Set<string>();
  const sink: Sink = async (path, file) => {
    const to = join(outDir, path);
    const dir = dirname(to);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    await ('data' in file ? writeFile(to, file.data) : copyFile(file.cached, to));
    files++;
  };
  // Two jobs at a time on a 2-core machine: one lays out (JS) while the other encodes or copies (libuv pool).
  await pool(imageJobs(services), Math.max(2, availableParallelism()), (job) => job.run(cache, sink));
  const pruned = cache.prune();
  return { files, rendered: cache.misses, cached: cache.hits, pruned, ms: Math.round(performance.now() - started) };
}

/** One image's bytes (for `astro dev`), or null when the catalogue has no image at that path. */
export async function imageFile(
  services: readonly ServiceListEntry[],
  path: string,
  cache = new ImageCache(),
): Promise<Buffer | null> {
  const job = imageJobs(services).find((j) => j.paths.includes(path));
  if (!job) return null;
  let found: ImageFile | undefined;
  await job.run(cache, async (p, file) => {
    if (p === path) found = file;
  });
  // (Set inside the sink, which TypeScript's narrowing cannot see.)
  const file = found;
  if (!file) return null;
  return 'data' in file ? file.data : readFileSync(file.cached);
}

/**
 * SKIP_IMAGES=1 builds the site without its generated images (for timing the
 * rest of the build; pages still point at the images, so never publish one).
 */
export function imagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['SKIP_IMAGES'] !== '1';
}
