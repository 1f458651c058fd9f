/**
 * One search-index builder (started by ./search-shard-pool.ts): indexes the pages
 * of the shard it is sent with Pagefind and writes the shard's bundle.
 *
 * A thread of its own because the `pagefind` package drives one Pagefind
 * process per module instance, and that process does the work on one core
 * while this side only reads pages and sends them. Two threads are two
 * Pagefind processes, so two shards are indexed at once.
 *
 * Loaded by Node itself (type stripping), not through Vite, so it imports
 * with .ts extensions and only type-strippable syntax.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/** The site folder, the shard's pages (relative to it) and the folder its bundle goes to. */
export type ShardTask = { id: number; site: string; paths: string[]; into: string };
export type ShardReply = { id: number; ms: number } | { id: number; error: string };

if (!parentPort) throw new Error('search-shard-worker.ts はワーカースレッドとしてのみ動きます');
const port = parentPort;

async function buildShard({ site, paths, into }: ShardTask): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind を起動できませんでした: ${errors.join('; ')}`);
  try {
    for (const path of paths) {
      const r = await index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') });
      if (r.errors.length) throw new Error(`${path}: ${r.errors.join('; ')}`);
    }
    const w = await index.writeFiles({ outputPath: into });
    if (w.errors.length) throw new Error(`Pagefind の索引を書き出せませんでした: ${w.errors.join('; ')}`);
  } finally {
    // A fresh Pagefind process per shard: its memory is given back before the next shard.
    await pagefind.close();
  }
}

port.on('message', (task: ShardTask) => {
  const started = performance.now();
  buildShard(task).then(
    () => port.postMessage({ id: task.id, ms: performance.now() - started } satisfies ShardReply),
    (e: unknown) =>
      port.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) } satisfies ShardReply),
  );
});
