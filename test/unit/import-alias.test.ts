import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

/**
 * The `@/` alias (tsconfig paths) is for .astro and .mdx files, which only
 * Astro's bundler reads. .ts modules are also loaded by plain node (the CLI
 * tools in scripts/ import src/data, src/rules and src/lib), which cannot
 * resolve it, so they import by relative path.
 */
const ALIAS_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)['"]@\//;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? tsFiles(path) : /\.ts$/.test(e.name) ? [path] : [];
  });
}

test('the pattern sees an alias import in each form', () => {
  expect(ALIAS_IMPORT.test("import { x } from '@/lib/paths.ts';")).toBe(true);
  expect(ALIAS_IMPORT.test("import '@/styles/global.css';")).toBe(true);
  expect(ALIAS_IMPORT.test("await import('@/client/x.ts')")).toBe(true);
  expect(ALIAS_IMPORT.test("import { x } from '../lib/paths.ts';")).toBe(false);
});

test('no .ts module under src/ or scripts/ imports through the @/ alias', () => {
  const offenders = ['src', 'scripts']
    .flatMap((d) => tsFiles(join(PROJECT_ROOT, d)))
    .filter((f) => ALIAS_IMPORT.test(readFileSync(f, 'utf8')))
    .map((f) => relative(PROJECT_ROOT, f));
  expect(offenders, 'use a relative import: plain node cannot resolve @/').toEqual([]);
});
