/**
 * Rendering on every core: satori (layout) and resvg (PNG encoding) are
 * CPU-bound and synchronous where it matters (resvg's asPng encodes on the
 * calling thread), so in one thread two images "at a time" do not overlap.
 * A build hands each image to one of N worker threads (./render-worker.ts);
 * `astro dev`, which renders one image per request, renders in its own thread.
 *
 * Either way the same two functions of ./render-image.ts make the bytes, so
 * an image is identical whichever thread drew it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { imageFonts } from './image-fonts.ts';
import type { ImageNode } from './image-node.ts';
import { renderPng, renderSvg, type PngSplit } from './render-image.ts';

type Size = { width: number; height: number };

/** Lay `tree` out once (SVG), then rasterise that SVG at each of `widths` (split as `split` says, if given). */
export type LayoutTask = {
  id: number;
  op: 'layout';
  tree: ImageNode;
  size: Size;
  keepSvg: boolean;
  widths: number[];
  split?: PngSplit | undefined;
};
/** Rasterise an SVG laid out before at each of `widths`. */
export type RasterTask = { id: number; op: 'raster'; svg: string; widths: number[]; split?: PngSplit | undefined };
export type RenderTask = LayoutTask | RasterTask;
export type RenderReply =
  | { id: number; svg: string | undefined; pngs: Uint8Array[]; svgMs: number; pngMs: number }
  | { id: number; error: string };

export interface Rendered {
  svg: string | undefined;
  pngs: Buffer[];
  /** Time spent laying out (satori) and rasterising (resvg), in the thread that did it. */
  svgMs: number;
  pngMs: number;
}

export interface Renderer {
  layout(tree: ImageNode, size: Size, keepSvg: boolean, widths: number[], split?: PngSplit): Promise<Rendered>;
  raster(svg: string, widths: number[], split?: PngSplit): Promise<Rendered>;
  close(): Promise<void>;
}

/** One task, in the calling thread: what a render thread does with each message, and `astro dev` with each request. */
export async function drawTask(task: Omit<LayoutTask, 'id'> | Omit<RasterTask, 'id'>): Promise<Rendered> {
  const started = performance.now();
  const svg = task.op === 'layout' ? await renderSvg(task.tree, task.size, imageFonts().fonts) : task.svg;
  const laidOut = performance.now();
  const pngs: Buffer[] = [];
  for (const width of task.widths) pngs.push(await renderPng(svg, width, task.split));
  return {
    svg: task.op === 'layout' && task.keepSvg ? svg : undefined,
    pngs,
    svgMs: laidOut - started,
    pngMs: performance.now() - laidOut,
  };
}

/** Renders in the calling thread (one image at a time, as `astro dev` asks for them). */
export const threadRenderer: Renderer = {
  layout: (tree, size, keepSvg, widths, split) => drawTask({ op: 'layout', tree, size, keepSvg, widths, split }),
  raster: (svg, widths, split) => drawTask({ op: 'raster', svg, widths, split }),
  close: async () => {},
};

type Pending = { resolve: (r: Rendered) => void; reject: (e: Error) => void };

/** `size` worker threads (default: one per core), each taking the next task when it is free. */
export function workerRenderer(size: number = availableParallelism()): Renderer {
  const queue: RenderTask[] = [];
  const pending = new Map<number, Pending>();
  const idle: Worker[] = [];
  const all: Worker[] = [];
  let nextId = 0;
  let failed: Error | undefined;

  const fail = (e: Error) => {
    failed ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const dispatch = () => {
    while (idle.length && queue.length) idle.pop()!.postMessage(queue.shift()!);
    // Threads start on demand, so a run that finds everything in the cache starts none.
    while (queue.length && all.length < size) {
      const w = new Worker(new URL('./render-worker.ts', import.meta.url));
      all.push(w);
      w.on('message', (reply: RenderReply) => {
        const p = pending.get(reply.id);
        pending.delete(reply.id);
        if ('error' in reply) p?.reject(new Error(`画像を描画できませんでした: ${reply.error}`));
        else p?.resolve({ ...reply, pngs: reply.pngs.map((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength)) });
        idle.push(w);
        dispatch();
      });
      w.on('error', (e) => fail(new Error('画像の描画スレッドが異常終了しました', { cause: e })));
      w.postMessage(queue.shift()!);
    }
  };
  const submit = (task: Omit<LayoutTask, 'id'> | Omit<RasterTask, 'id'>): Promise<Rendered> => {
    if (failed) return Promise.reject(failed);
    const id = nextId++;
    return new Promise<Rendered>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      queue.push({ ...task, id });
      dispatch();
    });
  };
  return {
    layout: (tree, size, keepSvg, widths, split) => submit({ op: 'layout', tree, size, keepSvg, widths, split }),
    raster: (svg, widths, split) => submit({ op: 'raster', svg, widths, split }),
    close: async () => {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
