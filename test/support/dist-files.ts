/**
 * Reading the built site from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** Every file under dir (recursively, symlinks not followed), as absolute paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every .html file under dir, absolute paths, sorted. */
export function listHtmlFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => f.toLowerCase().endsWith('.html'));
}

/** A path relative to dir with forward slashes, for messages: `services/ip0001-1302/index.html`. */
export function relativePath(dir: string, file: string): string {
  return relative(dir, file).split(sep).join('/');
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The decompressed bytes of a file: gzip (magic 1f 8b, whatever the name —
 * e.g. Pagefind's .pf_fragment / .pf_index / .pf_meta) is gunzipped, a `.br`
 * file is brotli-decompressed; anything else comes back as is. A file that
 * looks compressed but does not decompress comes back as is.
 */
export function decompressMaybe(bytes: Buffer, name = ''): Buffer {
  if (isGzip(bytes)) {
    try {
      return gunzipSync(bytes);
    } catch {
      return bytes;
    }
  }
  if (name.toLowerCase().endsWith('.br')) {
    try {
      return brotliDecompressSync(bytes);
    } catch {
      return bytes;
    }
  }
  return bytes;
}

/** Reads a file as UTF-8 text, transparently gunzipping gzip files and brotli-decompressing .br files. */
export function readMaybeCompressed(path: string): string {
  return decompressMaybe(readFileSync(path), path).toString('utf8');
}
