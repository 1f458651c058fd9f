/**
 * Chromium shipped inside the @sparticuz/chromium npm package, driven by
 * playwright-core: a real browser without apt or a browser download. The
 * flags keep it from reaching for the network, which this machine does not have.
 */
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
