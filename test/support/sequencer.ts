/**
 * The order test files start in. Vitest's own order runs whole projects in
 * name order, so `build` comes first and both workers take a build test; but
 * builds of this project cannot overlap (they share .astro/, see
 * test/build/astro-build.ts withBuildLock), so one worker sat waiting on the
 * lock — one core idle for the whole build phase of `npm test` (issue 16).
 *
 * Here the files are laid out by a small simulation of the two workers,
 * using each file's duration from the last run (Vitest's cache): a build
 * test starts only when no other is running, and meanwhile the other worker
 * takes the longest file left of the other projects. Workers take files in
 * list order as they come free, so the list reproduces the simulated
 * schedule as far as the durations hold; a wrong guess only costs time.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Seconds to assume for a file with no recorded run. */
const UNKNOWN_MS = { build: 30_000, other: 5_000 };

export interface Job {
  id: string;
  build: boolean;
  ms: number;
}

/** The order to start `jobs` in on `workers` workers, never two builds at once. */
export function interleave(jobs: readonly Job[], workers = 2): Job[] {
  const builds = jobs.filter((j) => j.build);
  const others = jobs.filter((j) => !j.build).sort((a, b) => b.ms - a.ms);
  const free = Array.from({ length: workers }, () => 0);
  let buildEnds = 0;
  const order: Job[] = [];
  while (builds.length || others.length) {
    const w = free.indexOf(Math.min(...free));
    const now = free[w]!;
    const job = builds.length && (buildEnds <= now || !others.length) ? builds.shift()! : others.shift()!;
    const start = job.build ? Math.max(now, buildEnds) : now;
    free[w] = start + job.ms;
    if (job.build) buildEnds = free[w];
    order.push(job);
  }
  return order;
}

export default class BuildAwareSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const jobs = sorted.map((spec, i) => {
      const build = spec.project.name === 'build';
      const ms = this.ctx.cache.getTestSpecificationResult(spec)?.duration;
      return { id: String(i), build, ms: ms ?? (build ? UNKNOWN_MS.build : UNKNOWN_MS.other), spec };
    });
    return interleave(jobs, this.ctx.config.maxWorkers).map((j) => (j as (typeof jobs)[number]).spec);
  }
}
