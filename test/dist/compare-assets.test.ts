/**
 * What the compare view ships: its JavaScript (the page's module scripts and
 * everything they import) stays under 20 KB gzipped, and the per-service data
 * files exist once per published service, at /data/services/<id>.json.
 * The measured sizes are printed for the release note.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { requireDist } from '../support/paths.ts';
import { scanForLeaks } from '../support/leak-scan.ts';

let dist: string;
beforeAll(() => {
  dist = requireDist();
});

/** Every JS file a page loads: its module scripts and, transitively, their static imports. */
function pageScripts(page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1]!.trim());
  expect(inline, `${page} has inline scripts, which this measure does not count`).toEqual([]);
  const seen = new Set<string>();
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g))
      queue.push(new URL(m[1]!, `https://x${src}`).pathname);
  }
  return [...seen];
}

const gzipBytes = (files: string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

describe('compare view assets', () => {
  test('the compare page JavaScript is under 20 KB gzipped', () => {
    const files = pageScripts('compare/index.html');
    expect(files.length).toBeGreaterThan(0);
    const size = gzipBytes(files);
    console.info(`compare page JS: ${files.length} file(s), ${size} bytes gzipped`);
    expect(size).toBeLessThan(20 * 1024);
  });

  test('the Excel/CSV writer is a chunk of its own, loaded only on click (not in the first load), under 10 KB gzipped', () => {
    const first = pageScripts('compare/index.html');
    const chunks = readdirSync(join(dist, '_astro')).filter((f) => /^compare-export\.[\w-]+\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    expect(first.some((f) => f.includes('compare-export'))).toBe(false);
    // Referenced only through a dynamic import().
    const loader = first.map((f) => readFileSync(join(dist, f), 'utf8')).find((code) => code.includes(chunks[0]!))!;
    expect(loader).toMatch(new RegExp(`import\\(\\s*[\`"']\\./${chunks[0]!.replace(/\./g, '\\.')}`));
    // What the click adds: the chunk and whatever it imports that the page has not loaded already.
    const added = [`/_astro/${chunks[0]!}`];
    for (let i = 0; i < added.length; i++) {
      const code = readFileSync(join(dist, added[i]!), 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const path = new URL(m[1]!, `https://x${added[i]!}`).pathname;
        if (!added.includes(path) && !first.includes(path)) added.push(path);
      }
    }
    const size = gzipBytes(added);
    const raw = added.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
    console.info(`compare Excel/CSV writer (on click): ${added.length} file(s), ${raw} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThan(10 * 1024);
  });

  test('one data file per published service, named by lower-case 認定番号', () => {
    const files = readdirSync(join(dist, 'data', 'services'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    const pages = readdirSync(join(dist, 'services')).sort();
    expect(files).toEqual(pages.map((id) => `${id}.json`));
    for (const f of files) {
      const data = JSON.parse(readFileSync(join(dist, 'data', 'services', f), 'utf8')) as {
        certificationNumber: string;
        schemaVersion: number;
      };
      expect(`${data.certificationNumber.toLowerCase()}.json`).toBe(f);
      expect(data.schemaVersion).toBe(1);
    }
    const three = ['ip0001-1302', 'ip0008-2004', 'ip0010-2210'].map((id) => `data/services/${id}.json`);
    const raw = three.reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
    console.info(`data for 3 services (${three.join(', ')}): ${raw} bytes, ${gzipBytes(three)} bytes gzipped`);
  });

  test('withheld answers in the data files carry nothing but their state', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data', 'services', 'ip0008-2004.json'), 'utf8')) as {
      dataCentres: { id: string; answers: { row: string; answer: object }[] }[];
    };
    const west2 = data.dataCentres.find((d) => d.id === 'west-2')!;
    const answer = (row: string) => west2.answers.find((a) => a.row === row)?.answer;
    expect(answer('dc-location')).toEqual({ state: 'withheld' });
    expect(answer('dc-physical-security')).toEqual({ state: 'withheld' });
  });

  test('the leak scan reads the data files and item pages (positive control)', () => {
    // A published answer (IP0008's 大阪 centre) must be found there, so the 0-hit leak scan covers them too.
    const files = new Set(scanForLeaks(dist, ['大阪府北部']).map((h) => h.file));
    expect(files).toContain('data/services/ip0008-2004.json');
    expect(files).toContain('items/dc-location/index.html');
  });
});
