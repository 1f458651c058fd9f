/**
 * What checking each service file found, kept between processes, so that a
 * file whose bytes have not changed is not parsed and checked again.
 *
 * `npm run check` and the build's content loader each read the whole
 * catalogue (about 1.5 s at 1,000 services, most of it YAML parsing and the
 * scheme's rules); the secretariat runs one and then the other, CI does the
 * same, and a rebuild after one change re-reads 999 files that did not
 * change. Per file, the result of loadCatalogue's own steps (read, YAML,
 * schema, the file's rules, its cautions) depends only on
 * - the file's bytes,
 * - content/form-b.yaml (the rules read the template), and
 * - the code that checks: every module in src/data and src/rules, and the
 *   dependencies (package-lock.json), hashed as they are on disk now.
 * A hit needs all three to match; anything else is a miss and the file is
 * read as if there were no cache. Only files that passed are kept: a problem
 * is always found, and reported with its position, by reading the file.
 * The rules across files (file name, unique serials) are never cached.
 *
 * CATALOGUE_CACHE_DIR moves the cache (default
 * node_modules/.cache/aspic-catalogue); CATALOGUE_CACHE=0 turns it off.
 * One file per content folder, replaced whole (write, then rename), so two
 * processes never read half of one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataProblem } from './data-problem.ts';
import type { RawService } from './service-record.ts';

/** A cached file's result: its record and its cautions (without the file name, which depends on the working folder). */
export interface CheckedFile {
  sha: string;
  record: RawService;
  cautions: Omit<DataProblem, 'file'>[];
}

interface CacheFile {
  key: string;
  files: Record<string, CheckedFile>;
}

// From import.meta.url, as src/integrations/search-index.ts does: Astro loads this module through Vite.
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The folders whose modules decide what checking a file finds (load-catalogue.ts imports nothing outside them). */
const CHECKING_CODE = ['src/data', 'src/rules'];
/** Cache files kept (one per content folder); the tests' temporary folders would otherwise pile up. */
const KEEP_FILES = 16;

/**
 * A hash of the checking code and the dependencies; null when they cannot be
 * read (then nothing is cached). Read again for every catalogue read (a few
 * ms), not once per process: `astro dev` keeps one process while the rules
 * are being edited.
 */
function checkingCode(): string | null {
  try {
    const h = createHash('sha256').update(process.version);
    for (const dir of CHECKING_CODE)
      for (const name of readdirSync(join(ROOT, dir)).sort())
        if (name.endsWith('.ts')) h.update(`\0${dir}/${name}\0`).update(readFileSync(join(ROOT, dir, name)));
    h.update(readFileSync(join(ROOT, 'package-lock.json')));
    return h.digest('hex');
  } catch {
    return null;
  }
}

export function fileSha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where the cache lives; null when it is turned off. */
export function checkedFileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['CATALOGUE_CACHE'] === '0') return null;
  return resolve(env['CATALOGUE_CACHE_DIR'] || join(ROOT, 'node_modules/.cache/aspic-catalogue'));
}

/**
 * The cache of one content folder, read once when opened. `lookup` answers
 * from what was on disk; `keep` collects this read's files; `save` writes
 * them (and only them) when anything differs from what was read.
 */
export class CheckedFiles {
  readonly #path: string | null;
  readonly #key: string;
  readonly #old: Record<string, CheckedFile>;
  readonly #now: Record<string, CheckedFile> = {};
  #changed = false;

  constructor(cacheDir: string | null, contentDir: string, templateBytes: Uint8Array) {
    const code = cacheDir === null ? null : checkingCode();
    this.#path =
      cacheDir === null || code === null
        ? null
        : join(cacheDir, `${fileSha(Buffer.from(resolve(contentDir))).slice(0, 32)}.json`);
    this.#key = `${code}:${fileSha(templateBytes)}`;
    this.#old = this.#read();
  }

  #read(): Record<string, CheckedFile> {
    if (this.#path === null) return {};
    try {
      const cached = JSON.parse(readFileSync(this.#path, 'utf8')) as CacheFile;
      if (cached.key === this.#key && typeof cached.files === 'object' && cached.files !== null) return cached.files;
    } catch {
      // No cache yet, or one that cannot be read: every file is a miss.
    }
    return {};
  }

  /** The cached result for file `name` with these bytes' hash, if the cache has exactly that. */
  lookup(name: string, sha: string): CheckedFile | undefined {
    const hit = Object.hasOwn(this.#old, name) ? this.#old[name] : undefined;
    return hit?.sha === sha ? hit : undefined;
  }

  /** Records file `name` as read and passed in this read (from the cache or checked now). */
  keep(name: string, entry: CheckedFile, fromCache: boolean): void {
    this.#now[name] = entry;
    if (!fromCache) this.#changed = true;
  }

  /** Writes this read's files when they differ from what was cached (a file checked now, or one gone). */
  save(): void {
    if (this.#path === null) return;
    if (!this.#changed && Object.keys(this.#old).length === Object.keys(this.#now).length) return;
    try {
      const dir = resolve(this.#path, '..');
      mkdirSync(dir, { recursive: true });
      const temp = `${this.#path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify({ key: this.#key, files: this.#now } satisfies CacheFile));
      renameSync(temp, this.#path);
      prune(dir);
    } catch {
      // A cache that cannot be written only costs the next read its time.
    }
  }
}

/** Keeps the KEEP_FILES most recently written cache files. */
function prune(dir: string): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { f } of files.slice(KEEP_FILES)) rmSync(join(dir, f), { force: true });
}
