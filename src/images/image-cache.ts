/**
 * Rendered images kept between builds, outside dist/, keyed by a hash of
 * everything that shapes them (inputs, template version, font, logo), so a
 * rebuild re-renders only what changed. Deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/aspic-images';

export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

export class ImageCache {
  hits = 0;
  misses = 0;
  /** Names asked for by this run. */
  private readonly used = new Set<string>();
  readonly dir: string;
  constructor(dir: string = process.env['IMAGE_CACHE_DIR'] || DEFAULT_CACHE_DIR) {
    this.dir = dir;
  }

  /** The cached file's path, or null when it has not been rendered yet. */
  lookup(name: string): string | null {
    this.used.add(name);
    const file = join(this.dir, name);
    if (!existsSync(file)) return null;
    this.hits++;
    return file;
  }

  /** Stores a file just rendered and returns its path. */
  put(name: string, data: Buffer | string): string {
    this.used.add(name);
    this.misses++;
    const file = join(this.dir, name);
    this.store(file, data);
    return file;
  }

  /**
   * After a run over the whole catalogue: removes the images no page uses any
   * more (a renamed service's old OG image…), so a cache kept between
   * builds stays the size of one site. Returns how many were removed.
   */
  prune(): number {
    let removed = 0;
    if (!existsSync(this.dir)) return 0;
    for (const name of readdirSync(this.dir)) {
      if (this.used.has(name) || name.endsWith('.tmp')) continue;
      rmSync(join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }

  private store(file: string, data: Buffer | string): void {
    mkdirSync(this.dir, { recursive: true });
    // Write then rename, so a build stopped half-way never leaves a torn file behind.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  }
}
