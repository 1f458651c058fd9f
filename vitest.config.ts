import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Serves the built site (DIST_DIR, default dist/) and unpacks Chromium once; see test/support/global-setup.ts.
    globalSetup: ['test/support/global-setup.ts'],
    // Default reporter first; the summary reporter's line is the last line of the run.
    reporters: ['default', './test/support/summary-reporter.ts'],
    // A 2-core machine: at most 2 test files at once, hence at most 2 Chromiums (one per e2e file).
    maxWorkers: 2,
    // Browser tests launch Chromium and load pages; dist tests read the whole site.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
  },
});
