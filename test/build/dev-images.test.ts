/**
 * `astro dev` serves the generated images and the open-data files from routes
 * (a build writes them as files after the pages instead): the secretariat
 * previewing a change sees the certificate page with its mark, and the data
 * files it links to.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pngSize } from '../../src/images/render-image.ts';
import { acquireBuildLock, ROOT } from './astro-build.ts';
import { join } from 'node:path';
import { openDataContents } from '../../src/integrations/open-data.ts';
import { publishedCatalogue } from '../../src/lib/publication.ts';

const PORT = 4431;
const base = `http://localhost:${PORT}`;
let dev: ChildProcess;
let release: () => void;
let log = '';

beforeAll(async () => {
  release = acquireBuildLock();
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    cwd: ROOT,
    // Without vitest's own variables (NODE_ENV=test…): the server should run as a person starts it.
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PUBLICATION_DATE: '2026-11-26',
    },
  });
  // Ready when the server prints its address; failed when it exits first or stays silent for 50 s.
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`astro dev did not start in 50 s:\n${log}`)), 50_000);
    const read = (d: Buffer) => {
      log += d.toString();
      if (log.includes(`localhost:${PORT}`)) {
        clearTimeout(timer);
        ready();
      }
    };
    dev.stdout!.on('data', read);
    dev.stderr!.on('data', read);
    dev.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`astro dev exited (${code}) before it started:\n${log}`));
    });
  });
  // No hook timeout of its own: taking the build lock may wait for another test's build (the project's 400 s).
});

afterAll(async () => {
  // The build lock is given back only once the server has exited (it writes .astro/ until then).
  if (dev && dev.exitCode === null && dev.signalCode === null) {
    const exited = new Promise((r) => dev.once('exit', r));
    dev.kill();
    await exited;
  }
  release?.();
});

describe('images in astro dev', () => {
  test('a certified service’s mark (PNG at 2×, SVG) and OG images are served with their types and sizes', async () => {
    const png = await fetch(`${base}/marks/ip0001-1302/120@2x.png`);
    expect(png.status, `astro dev log:\n${log}`).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(pngSize(Buffer.from(await png.arrayBuffer())).width).toBe(240);

    const svg = await fetch(`${base}/marks/ip0001-1302/240.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg[^>]* width="240"/);

    for (const path of ['/og/home.png', '/og/services/ip0005-1604.png']) {
      const og = await fetch(`${base}${path}`);
      expect(og.status, path).toBe(200);
      expect(pngSize(Buffer.from(await og.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    }
  }, 60_000);

  test('a service whose certification has ended has no mark', async () => {
    expect((await fetch(`${base}/marks/ip0005-1604/240.png`)).status).toBe(404);
  });
});

describe('open data in astro dev', () => {
  test('every kind of open-data file is served with its type and the bytes a build writes', async () => {
    const files = openDataContents(publishedCatalogue('2026-11-26'), new URL('https://iaas-paas.nintei.example'));
    const types: Record<string, string> = {
      '/data/services.json': 'application/json',
      '/data/answers.csv': 'text/csv',
      '/data/events.atom': 'application/atom+xml',
      '/data/services/ip0001-1302.ics': 'text/calendar',
      '/data/services/ip0001-1302.json': 'application/json',
      '/services/ip0001-1302/feed.atom': 'application/atom+xml',
      '/verify/index.json': 'application/json',
    };
    for (const [path, type] of Object.entries(types)) {
      const r = await fetch(`${base}${path}`);
      expect(r.status, `${path}\n${log}`).toBe(200);
      expect(r.headers.get('content-type'), path).toBe(`${type}; charset=utf-8`);
      // Bytes, not text: text() would drop the CSV files' BOM.
      const body = Buffer.from(await r.arrayBuffer());
      expect(body.equals(Buffer.from(files.find((f) => f.path === path)!.body())), path).toBe(true);
    }
  }, 60_000);

  test('a service that has ended has no calendar file', async () => {
    expect((await fetch(`${base}/data/services/ip0005-1604.ics`)).status).toBe(404);
  });
});
