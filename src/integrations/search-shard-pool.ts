/**
 * Building search-index shards on every core, as far as Pagefind's memory
 * allows: each shard goes to a worker thread (./search-shard-worker.ts) with
 * its own Pagefind process. ./search-index.ts decides which shards to build.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShardReply, ShardTask } from './search-shard-worker.ts';

/** Pages that Pagefind processes may hold at once, over the shards being built at the same time. */
export const PAGES_AT_ONCE = 700;

/**
 * Whether a shard of `pages` pages may start now, beside `running` shards
 * holding `pagesRunning` pages, on `threads` threads. One shard can always
 * start when none is running, however large.
 */
export function shardMayStart(pages: number, running: number, pagesRunning: number, threads: number): boolean {
  return running === 0 || (running < threads && pagesRunning + pages <= PAGES_AT_ONCE);
}

export interface ShardJob {
  paths: string[];
  into: string;
}

/**
 * Builds shards in worker threads (./search-shard-worker.ts), each with its
 * own Pagefind process: as many at once as there are cores, while the shards
 * in progress hold at most PAGES_AT_ONCE pages together (at 2–3 MB a page;
 * a larger shard is built alone). So 1,000 services' shards (~125 pages)
 * are indexed two at a time and 9,999 services' (~1,250) one at a time.
 * Resolves with each job's time in its thread.
 */
export async function buildShards(site: string, jobs: readonly ShardJob[]): Promise<number[]> {
  const times: number[] = new Array<number>(jobs.length).fill(0);
  if (jobs.length === 0) return times;
  const threads = Math.min(availableParallelism(), jobs.length);
  const idle: Worker[] = [];
  const all: Worker[] = [];
  let next = 0;
  let inFlight = 0;
  let pagesInFlight = 0;
  try {
    await new Promise<void>((resolveAll, reject) => {
      const start = () => {
        while (next < jobs.length) {
          const job = jobs[next]!;
          if (!shardMayStart(job.paths.length, inFlight, pagesInFlight, threads)) return;
          let w = idle.pop();
          if (!w) {
            w = new Worker(new URL('./search-shard-worker.ts', import.meta.url));
            all.push(w);
            const worker = w;
            worker.on('message', (reply: ShardReply) => {
              if ('error' in reply) return reject(new Error(reply.error));
              times[reply.id] = reply.ms;
              inFlight--;
              pagesInFlight -= jobs[reply.id]!.paths.length;
              idle.push(worker);
              if (next === jobs.length && inFlight === 0) resolveAll();
              else start();
            });
            worker.on('error', (e) => reject(new Error('検索索引のスレッドが異常終了しました', { cause: e })));
            // A thread that ends without a reply would leave the build waiting; after the last reply this does nothing.
            worker.on('exit', (code) => reject(new Error(`検索索引のスレッドが終了しました（終了コード ${code}）`)));
          }
          inFlight++;
          pagesInFlight += job.paths.length;
          w.postMessage({ id: next, site, paths: job.paths, into: job.into } satisfies ShardTask);
          next++;
        }
      };
      start();
    });
  } finally {
    // Each thread has closed its Pagefind process already, after its last shard or on its error.
    await Promise.all(all.map((w) => w.terminate()));
  }
  return times;
}
