/**
 * One rendering thread (started by ./render-pool.ts): lays out element trees
 * with satori and rasterises SVGs with resvg. Both are CPU-bound and hold
 * their thread while they work, so a build on N cores runs N of these.
 *
 * Loaded by Node itself (type stripping), not through Vite, so it imports
 * with .ts extensions and only type-strippable syntax.
 */
import { parentPort } from 'node:worker_threads';
import { drawTask, type RenderReply, type RenderTask } from './render-pool.ts';

if (!parentPort) throw new Error('render-worker.ts はワーカースレッドとしてのみ動きます');
const port = parentPort;

async function run(task: RenderTask): Promise<RenderReply> {
  return { id: task.id, ...(await drawTask(task)) };
}

port.on('message', (task: RenderTask) => {
  // Copied, not transferred: resvg's buffers live outside V8's heap and cannot be moved.
  run(task).then(
    (reply) => port.postMessage(reply),
    (e: unknown) => port.postMessage({ id: task.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
