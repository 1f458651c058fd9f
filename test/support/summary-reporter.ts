/**
 * Prints, after vitest's own report, one plain closing line — the last line
 * of the run's output:
 *
 *   N passed, N failed, N skipped
 *
 * Counting test cases (skip/todo count as skipped; tests left pending by an
 * interrupted run count as skipped). So that a broken run can never read
 * "0 failed": a test file that failed without any failed test (e.g. it did
 * not import, or a beforeAll threw) counts as one failed, and so does each
 * unhandled error.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countResults(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of testModules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') failedHere++;
      else counts.skipped++;
    }
    const moduleBroken = module.errors().length > 0 || module.state() === 'failed';
    counts.failed += failedHere === 0 && moduleBroken ? 1 : failedHere;
  }
  counts.failed += unhandledErrors.length;
  return counts;
}

export function summaryLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
}

/**
 * The slowest test files, "project/file 12.3 s" each: where `npm test`'s time
 * goes (issue 16 asks for ≤ 3 minutes), visible in every run's output.
 */
export function slowestLine(files: ReadonlyArray<{ project: string; file: string; ms: number }>, n = 8): string {
  const top = [...files].sort((a, b) => b.ms - a.ms).slice(0, n);
  return `slowest files: ${top.map((f) => `${f.project}/${f.file} ${(f.ms / 1000).toFixed(1)} s`).join(', ')}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    _reason: TestRunEndReason,
  ): void {
    const files = testModules.map((m) => ({
      project: m.project.name,
      file: m.relativeModuleId.replace(/^test\/[^/]+\//, ''),
      ms: m.diagnostic().duration,
    }));
    // After the default reporter (listed before this one), which writes its summary synchronously.
    if (files.length > 1) process.stdout.write(`${slowestLine(files)}\n`);
    process.stdout.write(`${summaryLine(countResults(testModules, unhandledErrors))}\n`);
  }
}
