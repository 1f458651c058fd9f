/**
 * content/site.yaml drives the built site: its licence appears on /data/ once
 * set (the build warns while it is not), its operator in every footer, and a
 * placeholder left in it stops the build before anything is written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroBuild, astroSync, ROOT } from './astro-build.ts';

// Builds wait for each other (withBuildLock), so a build test may wait for another's build.
vi.setConfig({ testTimeout: 300_000 });

const work = mkdtempSync(join(tmpdir(), 'site-profile-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the sample catalogue whose site.yaml is edited by `edit` (none: the sample as it is). */
function contentWith(name: string, edit?: (yaml: string) => string): string {
  const content = join(work, name, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  if (!edit) return content;
  const file = join(content, 'site.yaml');
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
  return content;
}

const build = (name: string, content: string) => {
  const out = join(work, name, 'dist');
  // Images are not under test here; skipping them keeps each build short.
  return { out, ...astroBuild(out, { CATALOGUE_DIR: content, PUBLICATION_DATE: '2026-11-26', SKIP_IMAGES: '1' }) };
};

describe('content/site.yaml in the build', () => {
  it('a licence, once set, is stated on /data/ with its link and attribution, and the build stops warning', () => {
    const content = contentWith('licensed', (y) =>
      y
        .replace(
          /^ {2}licence:\s*$/m,
          '  licence:\n    name: 試験用利用規約 第1版\n    url: https://example.jp/terms\n    attribution: 出典：試験用一覧',
        )
        .replace(/^operator: .*$/m, 'operator: 試験用運営者'),
    );
    const r = build('licensed', content);
    expect(r.status, r.output).toBe(0);
    expect(r.output).not.toContain('openData.licence');
    const data = readFileSync(join(r.out, 'data', 'index.html'), 'utf8');
    expect(data).toContain('<a href="https://example.jp/terms">試験用利用規約 第1版</a>');
    expect(data).toContain('出典の表示: 出典：試験用一覧');
    expect(data).not.toContain('まだ定めていません');
    expect(readFileSync(join(r.out, 'index.html'), 'utf8')).toContain('運営: 試験用運営者');
    expect(readFileSync(join(r.out, 'data', 'events.atom'), 'utf8')).toContain(
      '<author><name>試験用運営者</name></author>',
    );
  });

  it('while the licence is unset (as in the sample) the build warns, naming the field', () => {
    const content = contentWith('unset');
    expect(readFileSync(join(content, 'site.yaml'), 'utf8')).toMatch(/^ {2}licence:\s*$/m);
    // The warning comes from the content loader: `astro sync` runs it without a whole build.
    const r = astroSync({ CATALOGUE_DIR: content, PUBLICATION_DATE: '2026-11-26' });
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/WARN.*openData\.licence.*未設定/);
  });

  it('a placeholder left in site.yaml stops the build with file:line and writes nothing', () => {
    const content = contentWith('placeholder', (y) =>
      y.replace(/^operator: .*$/m, 'operator: 【事務局が記入】運営者名'),
    );
    const r = build('placeholder', content);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/site\.yaml:\d+:1 operator: 記入前の目印/);
    expect(existsSync(r.out)).toBe(false);
  });
});
