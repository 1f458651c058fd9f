/** Runs `npm run build`'s two steps (astro build, scripts/finish-site.ts) in child processes on the same Node as the tests (Node 24 via npm). */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

const LOCK = join(ROOT, 'node_modules/.cache/astro-build.lock');
const STALE_MS = 15 * 60_000;

/**
 * Astro keeps its prerender bundle in the project's .astro/ folder whatever
 * --outDir says, so two builds of this project at once break each other. Test
 * files run in parallel: every child build takes this lock (an atomic mkdir).
 */
export function withBuildLock<T>(fn: () => T): T {
  const release = acquireBuildLock();
  try {
    return fn();
  } finally {
    release();
  }
}

/** Takes the lock (waiting for it) and returns the function that gives it back; also for `astro dev`, which writes .astro/ too. */
export function acquireBuildLock(): () => void {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released between our two looks.
      }
      Atomics.wait(sleeper, 0, 0, 200);
    }
  }
  return () => rmSync(LOCK, { recursive: true, force: true });
}

export function astroBuild(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  return withBuildLock(() => astroBuildUnlocked(outDir, env));
}

/**
 * `astro sync`: runs the content loaders (the data check and its warnings)
 * without rendering a page, for tests about what the build says rather than
 * what it writes.
 */
export function astroSync(env: Record<string, string>): { status: number | null; output: string } {
  return withBuildLock(() => astroCommand(['sync'], env));
}

function astroBuildUnlocked(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  const pages = astroCommand(['build', '--outDir', outDir], env);
  if (pages.status !== 0) return pages;
  const merged: NodeJS.ProcessEnv = { ...process.env, SKIP_SEARCH_INDEX: '1', ...env };
  if (merged['SKIP_IMAGES'] === '1' && merged['SKIP_SEARCH_INDEX'] === '1') return pages;
  // The images and the search index, as `npm run build` writes them after Astro has exited.
  const rest = nodeCommand([join(ROOT, 'scripts/finish-site.ts'), outDir], env);
  return { status: rest.status, output: `${pages.output}\n${rest.output}` };
}

function astroCommand(args: string[], env: Record<string, string>): { status: number | null; output: string } {
  return nodeCommand([join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], env);
}

function nodeCommand(args: string[], env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    // No search index unless asked for (siteBuild): the tests that build their own site read its pages only.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SKIP_SEARCH_INDEX: '1', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** path → sha256 of every file under dir. */
export function treeDigest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

/**
 * `npm run build` into outDir: astro build, then the images and the search
 * index — in two shards, as the test build makes it, and with an empty cache
 * so the index is really built (not copied) every time.
 */
export function siteBuild(outDir: string, env: Record<string, string>): { status: number | null; output: string } {
  const cache = mkdtempSync(join(tmpdir(), 'aspic-search-cache-'));
  try {
    return astroBuild(outDir, { SKIP_SEARCH_INDEX: '0', SEARCH_SHARDS: '2', SEARCH_CACHE_DIR: cache, ...env });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
