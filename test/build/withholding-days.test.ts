/**
 * A 公表留保 is held through its agreed last day and published the day after
 * (§7(2)ウ), as a person sees it: the sample's IP0008-2004 second data centre
 * is withheld `through: 2027-03-31`. The site is built for that day and for
 * the next, served, and read in Chromium; the first build's files are also
 * searched for the withheld text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { astroBuild, ROOT } from './astro-build.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { useBrowser } from '../support/browser.ts';
import { listFiles, readMaybeCompressed, relativePath } from '../../scripts/lib/dist-files.ts';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 400_000 });

const THROUGH = '2027-03-31';
const DAY_AFTER = '2027-04-01';
const raw = parse(readFileSync(join(ROOT, 'content/services/ip0008-2004.yaml'), 'utf8'), { schema: 'failsafe' }) as {
  dataCentres: {
    id: string;
    answers: Record<string, { content: string; withhold?: { through: string; reason: string } }>;
  }[];
};
const west = raw.dataCentres.find((d) => d.id === 'west-2')!;
const location = west.answers['dc-location']!;
const firstLine = location.content.trim().split('\n')[0]!;

const work = mkdtempSync(join(tmpdir(), 'withhold-days-'));
const servers: Record<string, StaticServer> = {};
const browser = useBrowser();

beforeAll(() => {
  expect(location.withhold?.through, 'the sample withholding this test reads').toBe(THROUGH);
  for (const date of [THROUGH, DAY_AFTER]) {
    // Images and the search index do not decide what a page shows; the leak scan covers them in the main build.
    const r = astroBuild(join(work, date), { PUBLICATION_DATE: date, SKIP_IMAGES: '1' });
    expect(r.status, r.output).toBe(0);
  }
});
afterAll(async () => {
  for (const s of Object.values(servers)) await s.close();
  rmSync(work, { recursive: true, force: true });
});

async function servicePage(date: string) {
  servers[date] ??= await startStaticServer(join(work, date));
  const page = await browser.newPage();
  await page.goto(new URL('/services/ip0008-2004/', servers[date].url).href);
  return page;
}

describe('公表留保 through its last day (through: 2027-03-31)', () => {
  test('on the last day the answer shows only 「公表留保中」, and no output file holds its text or reason', async () => {
    const page = await servicePage(THROUGH);
    const main = await page.locator('main').innerText();
    expect(main).toContain('公表留保中');
    expect(main).not.toContain(firstLine);
    const dir = join(work, THROUGH);
    const leaks = listFiles(dir).filter((f) => {
      const text = readMaybeCompressed(f);
      return text.includes(firstLine) || text.includes(location.withhold!.reason);
    });
    expect(leaks.map((f) => relativePath(dir, f))).toEqual([]);
  });

  test('the day after, the answer is published as written (the reason never is)', async () => {
    const page = await servicePage(DAY_AFTER);
    const main = await page.locator('main').innerText();
    expect(main).toContain(firstLine);
    expect(main).not.toContain(location.withhold!.reason);
  });
});
