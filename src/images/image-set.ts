/**
 * Renders every generated image of a catalogue in one batch (marks for the
 * services that may use them, OG images for all services and the fixed
 * pages), through the cache. Endpoints pick their file from the batch.
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { PublishedService } from '../lib/publication.ts';
import { markPath, markPixels, markVariants, ogPagePath, ogServicePath, type OgPage } from '../lib/image-urls.ts';
import { logoDataUri, logoSvg } from './certification-logo.ts';
import { cacheKey, ImageCache } from './image-cache.ts';
import { imageFonts, type ImageFont } from './image-fonts.ts';
import { markInput, ogServiceInput, OG_PAGES } from './image-inputs.ts';
import { MARK_BASE, MARK_TEMPLATE_VERSION, markTree } from './mark-template.ts';
import { OG_SIZE, OG_TEMPLATE_VERSION, ogTree, type OgInput } from './og-template.ts';
import { renderPng, renderSvg, resizeSvg } from './render-image.ts';

export interface ImageBatch {
  /** Site path (e.g. /marks/ip0001-1302/240.png) → file bytes. */
  files: Map<string, Buffer>;
  rendered: number;
  cached: number;
  ms: number;
}

/** Runs `fn` over items with at most `n` in flight. */
async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

type Job = (files: Map<string, Buffer>, cache: ImageCache) => Promise<void>;

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

function markJobs(services: readonly PublishedService[]): Job[] {
  const s = shared();
  return services.flatMap((service): Job[] => {
    const input = markInput(service);
    if (!input) return [];
    return [
      async (files, cache) => {
        const tree = markTree(input, s.logoUri);
        const key = cacheKey({ v: MARK_TEMPLATE_VERSION, font: s.font, renderer: s.renderer, size: MARK_BASE, tree });
        const base = (await cache.get(`${key}.svg`, async () => Buffer.from(await renderSvg(tree, MARK_BASE, s.fonts)))).toString('utf8');
        // 240.png and 120@2x.png are the same pixels (so are 480 and 240@2x): render each width once.
        const pngs = new Map<number, Promise<Buffer>>();
        const png = (width: number) => {
          if (!pngs.has(width))
            pngs.set(
              width,
              cache.get(`${key}-${width}.png`, () => renderPng(base, width)),
            );
          return pngs.get(width)!;
        };
        await Promise.all(
          markVariants().map(async (v) => {
            const px = markPixels(v);
            files.set(
              markPath(service.id, v),
              v.format === 'svg' ? Buffer.from(resizeSvg(base, px.width, px.height)) : await png(px.width),
            );
          }),
        );
      },
    ];
  });
}

function ogJob(path: string, input: OgInput): Job {
  return async (files, cache) => {
    const s = shared();
    const tree = ogTree(input, s.logoUri);
    const key = cacheKey({ v: OG_TEMPLATE_VERSION, font: s.font, renderer: s.renderer, size: OG_SIZE, tree });
    files.set(path, await cache.get(`${key}.png`, async () => renderPng(await renderSvg(tree, OG_SIZE, s.fonts), OG_SIZE.width)));
  };
}

function ogJobs(services: readonly PublishedService[]): Job[] {
  const pages = Object.entries(OG_PAGES) as [OgPage, OgInput][];
  return [
    ...pages.map(([page, input]) => ogJob(ogPagePath(page), input)),
    ...services.map((s) => ogJob(ogServicePath(s.id), ogServiceInput(s))),
  ];
}

export async function renderImages(services: readonly PublishedService[], cache = new ImageCache()): Promise<ImageBatch> {
  const started = performance.now();
  const files = new Map<string, Buffer>();
  const jobs = [...markJobs(services), ...ogJobs(services)];
  // Two jobs at a time on a 2-core machine: one lays out (JS) while the other encodes (libuv pool).
  await pool(jobs, Math.max(2, availableParallelism()), (job) => job(files, cache));
  return { files, rendered: cache.misses, cached: cache.hits, ms: Math.round(performance.now() - started) };
}

/**
 * SKIP_IMAGES=1 builds the site without its generated images (for timing the
 * rest of the build; pages still point at the images, so never publish one).
 */
export function imagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['SKIP_IMAGES'] !== '1';
}

let batch: Promise<ImageBatch> | undefined;

/** One batch per build, shared by every image endpoint. */
export function imageBatch(services: readonly PublishedService[]): Promise<ImageBatch> {
  batch ??= renderImages(services).then((b) => {
    console.log(`[images] ${b.files.size} files: ${b.rendered} rendered, ${b.cached} from cache (${b.ms} ms)`);
    return b;
  });
  return batch;
}

/** The bytes of one generated file; throws when the batch has no such file. */
export async function imageFile(services: readonly PublishedService[], path: string): Promise<Buffer> {
  const file = (await imageBatch(services)).files.get(path);
  if (!file) throw new Error(`no generated image at ${path}`);
  return file;
}
