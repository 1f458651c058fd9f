/**
 * Reading the built site from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateRawSync } from 'node:zlib';

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

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The entries of a zip archive (an .xlsx is one), stored or deflated, read
 * through the central directory: [] when the bytes are not a readable zip.
 */
export function unzipEntries(bytes: Buffer): { name: string; data: Buffer }[] {
  if (!isZip(bytes)) return [];
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return [];
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const out: { name: string; data: Buffer }[] = [];
  for (let k = 0; k < count && bytes.readUInt32LE(at) === 0x02014b50; k++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    try {
      out.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) });
    } catch {
      // An entry that does not inflate is scanned as the raw bytes of the archive only.
    }
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Reads a file as UTF-8 text, transparently gunzipping gzip files and brotli-decompressing .br files. */
export function readMaybeCompressed(path: string): string {
  return decompressMaybe(readFileSync(path), path).toString('utf8');
}
