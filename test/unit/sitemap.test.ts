import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIndexableHtml, readHead } from '../../src/integrations/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitemap-head-'));

describe('the sitemap reads only a page’s <head>', () => {
  it('finds noindex in the head and stops before the body', () => {
    const file = join(dir, 'a.html');
    writeFileSync(
      file,
      `<html><head><meta name="robots" content="noindex"></head><body>${'本文'.repeat(50_000)}</body>`,
    );
    const head = readHead(file)!;
    expect(head).not.toContain('本文');
    expect(isIndexableHtml(head)).toBe(false);
  });

  it('reads the whole file when the head is longer than the first read', () => {
    const file = join(dir, 'b.html');
    writeFileSync(
      file,
      `<html><head><style>${'x'.repeat(40_000)}</style><meta name="robots" content="noindex"></head><body></body>`,
    );
    expect(isIndexableHtml(readHead(file)!)).toBe(false);
  });

  it('a page without robots meta is indexable; a missing file is not a page', () => {
    const file = join(dir, 'c.html');
    writeFileSync(file, '<html><head><title>t</title></head><body><meta name="robots" content="noindex"></body>');
    expect(isIndexableHtml(readHead(file)!)).toBe(true);
    expect(readHead(join(dir, 'missing.html'))).toBeNull();
  });
});
