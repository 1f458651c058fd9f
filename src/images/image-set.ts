/**
 * Every generated image of a catalogue (marks for the services that may use
 * them, OG images for all services and the fixed pages) as jobs that render
 * through the cache and hand each finished file to a sink: the build writes
 * them into the output folder (src/integrations/images.ts), `astro dev`
 * serves the one asked for.
 *
 * Rendering runs on every core (./render-pool.ts); this thread only keys,
 * looks up and copies. Files are never all held in memory: a cached PNG is copied from the cache
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
import { imageFonts } from './image-fonts.ts';
import { markInput, ogServiceInput, OG_PAGES, OG_PAGES_EN } from './image-inputs.ts';
import { MARK_BASE, MARK_SHARED_TOP, MARK_TEMPLATE_VERSION, markTree } from './mark-template.ts';
import { OG_HEADER_HEIGHT, OG_SIZE, OG_TEMPLATE_VERSION, ogTree, type OgInput } from './og-template.ts';
import { PNG_ENCODER } from './png-encode.ts';
import { resizeSvg, type PngSplit } from './render-image.ts';
import { threadRenderer, workerRenderer, type Rendered, type Renderer } from './render-pool.ts';

/** A finished file: bytes made here, or a file in the cache folder to copy. */
export type ImageFile = { data: Buffer } | { cached: string };
type Sink = (path: string, file: ImageFile) => Promise<void>;

/** Images rendered (not taken from the cache) of one kind, and the thread time they took. */
export interface KindCost {
  count: number;
  ms: number;
}
/** What rendering cost, by kind: a mark's layout (its SVG), its PNGs, and OG images (layout and PNG; the English edition's apart). */
export interface ImageCosts {
  markSvg: KindCost;
  markPng: KindCost;
  og: KindCost;
  ogEn: KindCost;
}

export interface ImageJob {
  /** Site paths (e.g. /marks/ip0001-1302/240.png) of the files this job makes. */
  paths: string[];
  run(cache: ImageCache, sink: Sink, renderer: Renderer, costs: ImageCosts): Promise<void>;
}

/** Runs `fn` over items with at most `n` in flight. */
async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

let common: { font: string; renderer: string; logoUri: string; markSplit: PngSplit } | undefined;

/**
 * What every cache key shares: the font's hash and the renderer versions. The
 * logo is inside each element tree (as a data: URI), and the tree itself is
 * hashed, so any change to a template or the logo re-renders by itself.
 */
function shared() {
  if (common) return common;
  const { hash: font } = imageFonts();
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  const renderer = ['satori', '@resvg/resvg-js'].map((name) => `${name}@${pkg.dependencies[name]}`).join(' ');
  const logoUri = logoDataUri(logoSvg());
  // Marks differ only below MARK_SHARED_TOP: what is above is the drawing of a mark without a number.
  const blank = markTree({ certificationNumber: '' }, logoUri);
  const top = cacheKey({ v: MARK_TEMPLATE_VERSION, font, renderer, size: MARK_BASE, tree: blank, MARK_SHARED_TOP });
  common = { font, renderer, logoUri, markSplit: { key: top, top: MARK_SHARED_TOP } };
  return common;
}

function markJob(service: ServiceListEntry): ImageJob | null {
  const input = markInput(service);
  if (!input) return null;
  const id = slugOf(service.certificationNumber);
  const variants = markVariants();
  return {
    paths: variants.map((v) => markPath(id, v)),
    async run(cache, sink, renderer, costs) {
      const s = shared();
      const tree = markTree(input, s.logoUri);
      // The PNGs are ours (./png-encode.ts), so their encoder is part of the key.
      const key = cacheKey({
        v: MARK_TEMPLATE_VERSION,
        font: s.font,
        renderer: s.renderer,
        png: PNG_ENCODER,
        size: MARK_BASE,
        tree,
      });
      // 240.png and 120@2x.png are the same pixels (so are 480 and 240@2x): each width is one file.
      const widths = [...new Set(variants.flatMap((v) => (v.format === 'png' ? [markPixels(v).width] : [])))];
      const pngName = (width: number) => `${key}-${width}.png`;
      const pngs = new Map(widths.map((w) => [w, cache.lookup(pngName(w))]));
      const missing = widths.filter((w) => pngs.get(w) === null);
      const svgFile = cache.lookup(`${key}.svg`);
      let base: string;
      let made: Rendered | undefined;
      if (svgFile === null) {
        // Laid out once with satori; the SVG and every missing PNG width come from that one layout.
        made = await renderer.layout(tree, MARK_BASE, true, missing, s.markSplit);
        base = made.svg!;
        cache.put(`${key}.svg`, base);
        costs.markSvg.count++;
        costs.markSvg.ms += made.svgMs;
      } else {
        base = readFileSync(svgFile, 'utf8');
        if (missing.length) made = await renderer.raster(base, missing, s.markSplit);
      }
      if (made && missing.length) {
        missing.forEach((w, i) => pngs.set(w, cache.put(pngName(w), made.pngs[i]!)));
        costs.markPng.count += missing.length;
        costs.markPng.ms += made.pngMs;
      }
      for (const v of variants) {
        const px = markPixels(v);
        await sink(
          markPath(id, v),
          v.format === 'svg'
            ? { data: Buffer.from(resizeSvg(base, px.width, px.height)) }
            : { cached: pngs.get(px.width)! },
        );
      }
    },
  };
}

/**
 * One OG card's PNG. The header band is the same on every card of a
 * language, so it is laid out and drawn once per thread and width; the card
 * lays out and draws only the rest (ogTree's `body`, with the header's place
 * left empty).
 */
export function drawOgCard(input: OgInput, renderer: Renderer): Promise<Rendered> {
  const s = shared();
  const header = ogTree(input, s.logoUri, 'header');
  const key = cacheKey({ font: s.font, renderer: s.renderer, size: OG_SIZE, header });
  const split = { key, top: OG_HEADER_HEIGHT, from: header };
  return renderer.layout(ogTree(input, s.logoUri, 'body'), OG_SIZE, false, [OG_SIZE.width], split);
}

function ogJob(path: string, input: OgInput): ImageJob {
  return {
    paths: [path],
    async run(cache, sink, renderer, costs) {
      const s = shared();
      const tree = ogTree(input, s.logoUri);
      const key = cacheKey({
        v: OG_TEMPLATE_VERSION,
        font: s.font,
        renderer: s.renderer,
        png: PNG_ENCODER,
        size: OG_SIZE,
        tree,
      });
      let file = cache.lookup(`${key}.png`);
      if (file === null) {
        const made = await drawOgCard(input, renderer);
        file = cache.put(`${key}.png`, made.pngs[0]!);
        const kind = input.locale === 'en' ? costs.ogEn : costs.og;
        kind.count++;
        kind.ms += made.svgMs + made.pngMs;
      }
      await sink(path, { cached: file });
    },
  };
}

/** Every image of the catalogue whose services.json entries are given, the English edition's cards included. */
export function imageJobs(services: readonly ServiceListEntry[]): ImageJob[] {
  const pages = Object.entries(OG_PAGES) as [OgPage, OgInput][];
  const pagesEn = Object.entries(OG_PAGES_EN) as [OgPage, OgInput][];
  return [
    ...services.map(markJob).filter((j): j is ImageJob => j !== null),
    ...pages.map(([page, input]) => ogJob(ogPagePath(page), input)),
    ...services.map((s) => ogJob(ogServicePath(slugOf(s.certificationNumber)), ogServiceInput(s))),
    ...pagesEn.map(([page, input]) => ogJob(ogPagePath(page, 'en'), input)),
    ...services.map((s) => ogJob(ogServicePath(slugOf(s.certificationNumber), 'en'), ogServiceInput(s, 'en'))),
  ];
}

export interface ImageRun {
  files: number;
  rendered: number;
  cached: number;
  /** Cache entries no image of this catalogue uses any more, removed after the run. */
  pruned: number;
  ms: number;
  costs: ImageCosts;
}

/** Costs at zero, to be added to as images are drawn. */
export const noCosts = (): ImageCosts => ({
  markSvg: { count: 0, ms: 0 },
  markPng: { count: 0, ms: 0 },
  og: { count: 0, ms: 0 },
  ogEn: { count: 0, ms: 0 },
});

/** Renders (or takes from the cache) every image and writes it under `outDir`, rendering on every core. */
export async function writeImages(
  services: readonly ServiceListEntry[],
  outDir: string,
  cache = new ImageCache(),
  renderer: Renderer = workerRenderer(),
): Promise<ImageRun> {
  const started = performance.now();
  let files = 0;
  const costs = noCosts();
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
  try {
    // More jobs in flight than threads, so a thread never waits while this one copies files.
    await pool(imageJobs(services), 4 * availableParallelism(), (job) => job.run(cache, sink, renderer, costs));
  } finally {
    await renderer.close();
  }
  const pruned = cache.prune();
  return {
    files,
    rendered: cache.misses,
    cached: cache.hits,
    pruned,
    ms: Math.round(performance.now() - started),
    costs,
  };
}

/** One image's bytes (for `astro dev`, rendered in the calling thread), or null when the catalogue has no image at that path. */
export async function imageFile(
  services: readonly ServiceListEntry[],
  path: string,
  cache = new ImageCache(),
): Promise<Buffer | null> {
  const job = imageJobs(services).find((j) => j.paths.includes(path));
  if (!job) return null;
  let found: ImageFile | undefined;
  await job.run(
    cache,
    async (p, file) => {
      if (p === path) found = file;
    },
    threadRenderer,
    noCosts(),
  );
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
