import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveTree } from '../../src/integrations/open-data.ts';

/** Writes `files` (path → text) under a new folder and returns it. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'move-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the open-data files move in beside the pages', () => {
  it('merges into folders the pages made, moves new folders whole, and keeps every page', () => {
    const site = tree({
      'index.html': 'top',
      'data/index.html': 'data page',
      'services/ip0001-1302/index.html': 'service page',
    });
    const written = tree({
      'data/services.json': '{}',
      'data/services/ip0001-1302.json': '{"id":1}',
      'services/ip0001-1302/feed.atom': '<feed/>',
      'verify/index.json': '[]',
    });
    moveTree(written, site);
    const read = (p: string) => readFileSync(join(site, p), 'utf8');
    expect(read('index.html')).toBe('top');
    expect(read('data/index.html')).toBe('data page');
    expect(read('services/ip0001-1302/index.html')).toBe('service page');
    expect(read('data/services.json')).toBe('{}');
    expect(read('data/services/ip0001-1302.json')).toBe('{"id":1}');
    expect(read('services/ip0001-1302/feed.atom')).toBe('<feed/>');
    expect(read('verify/index.json')).toBe('[]');
    // Nothing is left behind to be written twice or forgotten.
    expect(readdirSync(written, { recursive: true }).filter((p) => !existsSync(join(site, String(p))))).toEqual([]);
  });
});
