/** The static server behaves like an ordinary static host (on the fixture site). */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';

const FIXTURE = join(PROJECT_ROOT, 'test/support/fixtures/site');
let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(FIXTURE);
});
afterAll(() => server.close());

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

test('listens on 127.0.0.1 with an ephemeral port', () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

test.each([
  ['/', 'text/html; charset=utf-8'],
  ['/services/ip0001-1302/', 'text/html; charset=utf-8'],
  ['/favicon.svg', 'image/svg+xml'],
  ['/og.png', 'image/png'],
  ['/data/services.json', 'application/json; charset=utf-8'],
  ['/site.webmanifest', 'application/manifest+json; charset=utf-8'],
  ['/robots.txt', 'text/plain; charset=utf-8'],
])('%s → 200 %s', async (path, type) => {
  const r = await get(path);
  expect(r.status).toBe(200);
  expect(r.headers.get('content-type')).toBe(type);
});

test('a folder without slash redirects to the slash form', async () => {
  const r = await get('/services/ip0001-1302?x=1');
  expect(r.status).toBe(301);
  expect(r.headers.get('location')).toBe('/services/ip0001-1302/?x=1');
});

test('missing paths answer 404 with 404.html', async () => {
  for (const path of ['/nope/', '/nope.css', '/index.html/', '/services/', '/%E3%81%82']) {
    const r = await get(path);
    expect(r.status, path).toBe(404);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('ページが見つかりません');
  }
});

test('never serves outside the root', async () => {
  for (const path of [
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/services/..%2f..%2f..%2fpackage.json',
  ]) {
    const r = await get(path);
    expect(r.status, path).toBe(404);
  }
});

test('HEAD has headers and no body; other methods are refused', async () => {
  const head = await get('/', { method: 'HEAD' });
  expect(head.status).toBe(200);
  expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
  expect(await head.text()).toBe('');
  expect((await get('/', { method: 'POST' })).status).toBe(405);
});

test('with gzip, text goes compressed to a client that accepts it and images go as they are', async () => {
  const { request } = await import('node:http');
  const { gunzipSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const zipped = await startStaticServer(FIXTURE, undefined, { gzip: true });
  const raw = (path: string, encoding?: string) =>
    new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
      request(`${zipped.url}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
        const parts: Buffer[] = [];
        res
          .on('data', (c: Buffer) => parts.push(c))
          .on('end', () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
      })
        .on('error', fail)
        .end();
    });
  try {
    const file = readFileSync(join(FIXTURE, 'data/services.json'));
    const json = await raw('/data/services.json', 'gzip, deflate, br');
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(json.body).equals(file)).toBe(true);
    expect(Number(json.headers['content-length'])).toBe(json.body.length);
    const plain = await raw('/data/services.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    const png = await raw('/og.png', 'gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.equals(readFileSync(join(FIXTURE, 'og.png')))).toBe(true);
  } finally {
    await zipped.close();
  }
});
