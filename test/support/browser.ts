/**
 * Real-browser helpers: Chromium from @sparticuz/chromium driven by playwright-core.
 *
 * One browser per test file, launched in beforeAll and closed in afterAll:
 *
 *   import { useBrowser } from './browser.ts';
 *   import { siteUrl } from './site.ts';
 *   const browser = useBrowser();            // at module top level
 *   test('…', async () => {
 *     const page = await browser.newPage();  // fresh context; closed after the test
 *     await page.goto(siteUrl('/'));
 *   });
 *
 * or `await withPage(async (page) => { … })`, which uses the file's browser
 * when useBrowser() was called and otherwise launches and closes its own.
 * Vitest runs at most 2 files at once (vitest.config.ts), so at most 2
 * Chromiums run on this 2-core machine.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type { Browser, BrowserContext, Page } from 'playwright-core';

/** Context defaults: a Japanese desktop reader in Tokyo. */
export const DEFAULT_CONTEXT: BrowserContextOptions = {
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  viewport: { width: 1280, height: 800 },
};

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/**
 * A context whose requests may only go to loopback hosts (the test server) or
 * data:/blob: URLs; anything else is aborted at once instead of timing out.
 */
export async function newIsolatedContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...DEFAULT_CONTEXT, ...options });
  await context.route(
    (url) => !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname),
    (route) => route.abort('blockedbyclient'),
  );
  context.setDefaultTimeout(15_000);
  return context;
}

export interface BrowserHandle {
  /** The file's browser (only inside tests/hooks, after beforeAll). */
  readonly browser: Browser;
  /** A page in a fresh context; the context is closed after the current test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

let shared: Browser | null = null;

/** Call once at the top level of a test file: launches in beforeAll, closes in afterAll. */
export function useBrowser(): BrowserHandle {
  const open: BrowserContext[] = [];
  beforeAll(async () => {
    shared = await launchBrowser();
  }, 60_000);
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.close().catch(() => undefined)));
  });
  afterAll(async () => {
    const b = shared;
    shared = null;
    await b?.close();
  });
  const current = (): Browser => {
    if (!shared)
      throw new Error('The browser is not running: use it inside a test or hook (it is launched in beforeAll).');
    return shared;
  };
  return {
    get browser() {
      return current();
    },
    async newPage(options) {
      const context = await newIsolatedContext(current(), options);
      open.push(context);
      return context.newPage();
    },
  };
}

/** Runs fn with a fresh page; the page's context is closed afterwards. */
export async function withPage<T>(fn: (page: Page) => Promise<T>, options?: BrowserContextOptions): Promise<T> {
  const own = shared ? null : await launchBrowser();
  const browser = shared ?? own!;
  const context = await newIsolatedContext(browser, options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close().catch(() => undefined);
    await own?.close();
  }
}

/**
 * Collects uncaught page errors and console.error messages from now on;
 * assert `expect(errors).toEqual([])` at the end of a test.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}
