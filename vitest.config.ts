import { defineConfig } from 'vitest/config';
import BuildAwareSequencer from './test/support/sequencer.ts';

/**
 * Test tiers (`npx vitest run --project <name>`, or the npm scripts):
 *
 * - unit: rules, schemas, writers and the test harness itself, in process:
 *   no build, no browser, and no child process but two small ones (one
 *   `scripts/check.ts` run, one `mkfifo`) (`npm run test:unit`, < 30 s).
 * - scripts: the CLI tools as the secretariat runs them, one child process
 *   per case.
 * - dist: the built site on disk (dist/ or DIST_DIR): leaks, links, HTML,
 *   open data, images, search index.
 * - e2e: the built site served on 127.0.0.1 and driven in Chromium.
 * - build: tests that run their own `astro build` / `astro dev` (another
 *   date, another catalogue, the benchmark) or compare one with dist/.
 *
 * dist, e2e and build read the suite's build (`npm run build:test`), so
 * `npm test` builds once before them. Only e2e serves the site; e2e and
 * build unpack Chromium (build's withholding test reads pages in it).
 */
export default defineConfig({
  test: {
    // Default reporter first; the summary reporter's line is the last line of the run.
    reporters: ['default', './test/support/summary-reporter.ts'],
    // A 2-core machine: at most 2 test files at once, hence at most 2 Chromiums (one per e2e file).
    maxWorkers: 2,
    // Never two build tests at once (they wait for each other's lock): the other worker runs the rest meanwhile.
    sequence: { sequencer: BuildAwareSequencer },
    // Browser and build tests close Chromium and servers on the way out.
    teardownTimeout: 20_000,
    // npm run test:coverage (the unit tier): the thresholds sit just under the figures measured on
    // 2026-12-01, so a change that drops tested code without its tests fails here.
    coverage: {
      provider: 'v8',
      include: ['src/rules/**/*.ts', 'src/data/**/*.ts', 'src/lib/**/*.ts'],
      reporter: ['text-summary', 'text'],
      // Measured 2026-12-01 (statements / branches / functions / lines): rules 98.1 / 92.0 / 97.9 / 99.4,
      // data 90.4 / 83.4 / 92.2 / 93.0, lib 78.5 / 66.7 / 67.9 / 79.8 (pages and route data are
      // tested over the built site, not here).
      thresholds: {
        'src/rules/**': { statements: 97, branches: 91, functions: 97, lines: 99 },
        'src/data/**': { statements: 89, branches: 82, functions: 91, lines: 92 },
        'src/lib/**': { statements: 77, branches: 65, functions: 66, lines: 78 },
      },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/support/**/*.test.ts'],
          exclude: ['test/support/browser.test.ts'],
          // The property tests (loader fuzzing) take seconds; under coverage on a loaded machine, more.
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'scripts', include: ['test/scripts/**/*.test.ts'], testTimeout: 60_000 } },
      // Dist tests read the whole site: a slow disk or a loaded machine needs more than the default 5 s.
      { extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'], testTimeout: 60_000 } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/support/browser.test.ts'],
          // Serves the built site (DIST_DIR, default dist/) and unpacks Chromium once; see test/support/global-setup.ts.
          globalSetup: ['test/support/global-setup.ts'],
          // Browser tests launch Chromium and load pages.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll's default 1 s is shorter than one Playwright round trip can take on a 2-core machine
          // while the other worker runs the axe sweep (a status flip failed that way in CI, 2026-12-02).
          // A poll that never succeeds still fails, after 10 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/support/chromium-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 400_000,
        },
      },
    ],
  },
});
