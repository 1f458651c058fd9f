import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroBuild, ROOT } from './astro-build.ts';
import { BUILD_STOPPED } from '../../src/data/build-refusal.ts';

// Builds wait for each other (withBuildLock), so a build test may wait for another's build.
vi.setConfig({ testTimeout: 300_000 });

const work = mkdtempSync(join(tmpdir(), 'badbuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of content/ with one service file changed. */
function brokenContent(name: string, change: (text: string) => string): string {
  const content = join(work, name, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const file = join(content, 'services', 'ip0012-2506.yaml');
  const text = readFileSync(file, 'utf8');
  const broken = change(text);
  expect(broken).not.toBe(text);
  writeFileSync(file, broken);
  return content;
}

/** The problem lines `npm run check` prints for the same folder. */
function checkList(content: string): string[] {
  const r = spawnSync(process.execPath, ['scripts/check.ts', content], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(1);
  return r.stderr.split('\n').filter((l) => l.trim() !== '');
}

/** What the secretariat sees: the Japanese list and one line, no stack trace and no path of this machine. */
function expectCleanRefusal(output: string, content: string): void {
  for (const line of checkList(content)) expect(output).toContain(line);
  expect(output).toContain(BUILD_STOPPED);
  expect(output).not.toMatch(/Location:|Stack trace:|\n\s+at [\w.<]|node_modules|\[ERROR\]/);
  expect(output).not.toContain(ROOT);
}

describe('誤ったデータではビルドが止まり、何も公開されない', () => {
  it('必須項目の欠けたサービスがあると、ファイル・フィールド・規則を日本語で示して失敗する', () => {
    // Drop the whole answer to the required row 「代表者氏名」.
    const content = brokenContent('missing', (t) => t.replace(/\n  representative-name:\n(?: {4,}.*\n)+/, '\n'));
    const out = join(work, 'missing', 'out');
    const r = astroBuild(out, { CATALOGUE_DIR: content, PUBLICATION_DATE: '2026-11-26' });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/ip0012-2506\.yaml:\d+:\d+ answers: 必須項目 No\.7/);
    expect(r.output).toContain('representative-name');
    expectCleanRefusal(r.output, content);
    expect(existsSync(out)).toBe(false);
  });

  it('制御文字（YAML の "\\0"）のあるサービス名でも、同じ一覧だけを示して失敗する', () => {
    const content = brokenContent('nul', (t) => t.replace(/^serviceName: .*$/m, 'serviceName: "試験\\0サービス"'));
    const out = join(work, 'nul', 'out');
    const r = astroBuild(out, { CATALOGUE_DIR: content, PUBLICATION_DATE: '2026-11-26' });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/ip0012-2506\.yaml:\d+:\d+ serviceName: 制御文字 U\+0000 は使えません/);
    expectCleanRefusal(r.output, content);
    expect(existsSync(out)).toBe(false);
  });
});
