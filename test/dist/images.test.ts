/**
 * The generated images in the built site (publication date
 * 2026-11-26): marks only for certifications that may be used, exact pixel
 * sizes, social-card meta on every page and the /verify/ index. (The size of
 * the live-status script moved to script-budget.test.ts with the other budgets.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles, listHtmlFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { requireDist } from '../support/paths.ts';
import { pngSize } from '../../src/images/render-image.ts';

const dist = requireDist();
const VALID = [
  'ip0001-1302',
  'ip0002-1406',
  'ip0007-1903',
  'ip0008-2004',
  'ip0009-2109',
  'ip0010-2210',
  'ip0011-2404',
  'ip0012-2506',
];
/** 期限切れ, サービス終了, 認定取消し, 効力喪失 on 2026-11-26. */
const NOT_VALID = ['ip0003-1409', 'ip0004-1511', 'ip0005-1604', 'ip0006-1707', 'ip0013-2303'];
const MARK_FILES = [
  '120.svg',
  '120.png',
  '120@2x.png',
  '240.svg',
  '240.png',
  '240@2x.png',
  '480.svg',
  '480.png',
  '480@2x.png',
];

describe('certification marks in dist', () => {
  test('every valid service (有効, 更新手続中) has all nine mark files', () => {
    for (const id of VALID)
      for (const f of MARK_FILES) expect(existsSync(join(dist, 'marks', id, f)), `${id}/${f}`).toBe(true);
  });

  test('no mark exists for an expired, ended, revoked or lapsed certification (IP0003–IP0006)', () => {
    for (const id of NOT_VALID) expect(existsSync(join(dist, 'marks', id)), id).toBe(false);
    const html = readFileSync(join(dist, 'services', 'ip0003-1409', 'certificate', 'index.html'), 'utf8');
    expect(html).not.toContain('/marks/');
  });

  test('each mark file has exactly the pixel size its name says (PNG IHDR, SVG width/height)', () => {
    const files = listFiles(join(dist, 'marks'));
    expect(files.length).toBe(VALID.length * MARK_FILES.length);
    for (const file of files) {
      const [, w, x2, ext] = /(\d+)(@2x)?\.(png|svg)$/.exec(file)!;
      const scale = x2 ? 2 : 1;
      const want = { width: Number(w) * scale, height: (Number(w) * 300 * scale) / 240 };
      if (ext === 'png') expect(pngSize(readFileSync(file)), relativePath(dist, file)).toEqual(want);
      else
        expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^<svg width="${want.width}" height="${want.height}" `));
    }
  });
});

describe('social images and meta', () => {
  test('every OG image is exactly 1200×630: one per service, plus home, compare and items, and English ones for the English edition', () => {
    const files = listFiles(join(dist, 'og')).map((f) => relativePath(dist, f));
    const ids = [...VALID, ...NOT_VALID];
    expect(files.sort()).toEqual(
      [
        'og/home.png',
        'og/compare.png',
        'og/items.png',
        'og/en/compare.png',
        'og/en/home.png',
        'og/en/items.png',
        ...ids.map((id) => `og/services/${id}.png`),
        ...ids.map((id) => `og/en/services/${id}.png`),
      ].sort(),
    );
    for (const f of files) expect(pngSize(readFileSync(join(dist, f))), f).toEqual({ width: 1200, height: 630 });
  });

  test('every page has og:title, og:description, og:url, og:image and a large Twitter card; service pages use their own image', () => {
    for (const file of listHtmlFiles(dist)) {
      const html = readFileSync(file, 'utf8');
      const rel = relativePath(dist, file);
      for (const p of ['og:title', 'og:description', 'og:image', ...(rel === '404.html' ? [] : ['og:url'])])
        expect(html, `${rel} ${p}`).toMatch(new RegExp(`<meta property="${p}" content="[^"]+"`));
      expect(html, rel).toContain('<meta name="twitter:card" content="summary_large_image"');
      const id = /^services\/(ip\d{4}-\d{4})\//.exec(rel)?.[1];
      const enId = /^en\/services\/(ip\d{4}-\d{4})\//.exec(rel)?.[1];
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1]!;
      expect(new URL(image).pathname, rel).toBe(
        id
          ? `/og/services/${id}.png`
          : enId
            ? `/og/en/services/${enId}.png`
            : rel === 'en/compare/index.html'
              ? '/og/en/compare.png'
              : rel === 'en/items/index.html'
                ? '/og/en/items.png'
                : rel.startsWith('en/')
                  ? '/og/en/home.png'
                  : rel === 'index.html' || rel === '404.html' || rel.startsWith('verify')
                    ? '/og/home.png'
                    : new URL(image).pathname,
      );
    }
  });
});

describe('/verify/index.json', () => {
  test('holds numbers, names and dates (and the two flags the status rule needs) of every published service, nothing else', () => {
    const index = JSON.parse(readFileSync(join(dist, 'verify', 'index.json'), 'utf8')) as {
      asOf: string;
      services: Record<string, unknown>[];
    };
    expect(index.asOf).toBe('2026-11-26');
    expect(index.services.map((s) => s['id'])).toEqual([...VALID, ...NOT_VALID].sort());
    for (const s of index.services)
      expect(Object.keys(s).sort()).toEqual([
        'ended',
        'endedDate',
        'id',
        'number',
        'periodEnd',
        'periodStart',
        'providerName',
        'renewal',
        'serviceName',
      ]);
  });
});
