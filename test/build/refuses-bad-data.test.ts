import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroBuild, ROOT } from './astro-build.ts';

// Builds wait for each other (withBuildLock), so a build test may wait for another's build.
vi.setConfig({ testTimeout: 300_000 });

const work = mkdtempSync(join(tmpdir(), 'badbuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('誤ったデータではビルドが止まり、何も公開されない', () => {
  it('必須項目の欠けたサービスがあると、ファイル・フィールド・規則を日本語で示して失敗する', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const file = join(content, 'services', 'ip0012-2506.yaml');
    const text = readFileSync(file, 'utf8');
    // Drop the whole answer to the required row 「代表者氏名」.
    const broken = text.replace(/\n  representative-name:\n(?: {4,}.*\n)+/, '\n');
    expect(broken).not.toBe(text);
    writeFileSync(file, broken);

    const out = join(work, 'out');
    const r = astroBuild(out, { CATALOGUE_DIR: content, PUBLICATION_DATE: '2026-11-26' });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/ip0012-2506\.yaml:\d+:\d+ answers: 必須項目 No\.7/);
    expect(r.output).toContain('representative-name');
    expect(existsSync(out)).toBe(false);
  });
});
