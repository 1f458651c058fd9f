/**
 * One rendering thread (started by ./render-pool.ts): lays out element trees
 * with satori and rasterises SVGs with resvg. Both are CPU-bound and hold
 * their thread while they work, so a build on N cores runs N of these.
 *
 * Loaded by Node itself (type stripping), not through Vite, so it imports
 * with .ts extensions and only type-strippable syntax.
 */
import { parentPort } from 'node:worker_threads';
import { imageFonts } from './image-fonts.ts';
import { renderPng, renderSvg } from './render-image.ts';
import type { RenderReply, RenderTask } from './render-pool.ts';

if (!parentPort) throw new Error('render-worker.ts はワーカースレッドとしてのみ動きます');
const port = parentPort;

async function run(task: RenderTask): Promise<RenderReply> {
  const started = performance.now();
  const svg = task.op === 'layout' ? await renderSvg(task.tree, task.size, imageFonts().fonts) : task.svg;
  const laidOut = performance.now();
  const pngs: Uint8Array[] = [];
  for (const width of task.widths) pngs.push(await renderPng(svg, width));
  return {
    id: task.id,
    svg: task.op === 'layout' && task.keepSvg ? svg : undefined,
    pngs,
    svgMs: laidOut - started,
    pngMs: performance.now() - laidOut,
  };
}

port.on('message', (task: RenderTask) => {
  // Copied, not transferred: resvg's buffers live outside V8's heap and cannot be moved.
  run(task).then(
    (reply) => port.postMessage(reply),
    (e: unknown) => port.postMessage({ id: task.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
