/**
 * Vitest globalSetup for projects that launch Chromium without the served
 * site (build): unpacks @sparticuz/chromium once, in the main process, so
 * that parallel test files never race to unpack it into the temp folder.
 */
import chromium from '@sparticuz/chromium';

export default async function setup(): Promise<void> {
  // Idempotent: returns at once when the binary is already unpacked.
  await chromium.executablePath();
}
