/**
 * PNG files from resvg's raw pixels, encoded here with node:zlib instead of
 * resvg's own `asPng()`. The pixels are the same (a test decodes both and
 * compares them); only the compression differs, and ours is both cheaper and
 * smaller (thread CPU time on one 2026-12-01 run, docs/performance.md):
 *
 * | image             | asPng()          | here                      |
 * | ----------------- | ---------------- | ------------------------- |
 * | OG card 1200×630  | 13.3 ms, 58.1 KB | level 3: 4.5 ms, 55.3 KB  |
 * | mark 960×1200     | 19.3 ms, 49.4 KB | level 4: 12.0 ms, 42.0 KB |
 * | mark 480×600      | 5.5 ms, 22.7 KB  | level 4: 2.6 ms, 18.2 KB  |
 *
 * resvg filters every row (Sub) and compresses with its default level; our
 * images are large flat fills, where unfiltered rows give deflate long exact
 * repeats, so no filter and a low level do better.
 *
 * The bytes depend on zlib's version as well as the pixels, so that version
 * is part of every image's cache key (PNG_ENCODER in ./image-set.ts).
 */
import { crc32, deflateSync } from 'node:zlib';

/** Changes whenever the bytes this module writes for the same pixels could change. */
export const PNG_ENCODER = `png-1 zlib@${process.versions.zlib}`;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * A PNG (8-bit RGBA, no filter, no ancillary chunks) of `width` × `height`
 * premultiplied RGBA pixels as resvg and tiny-skia hold them. PNG wants
 * straight alpha, so partly transparent pixels are demultiplied exactly as
 * tiny-skia does before its own encoder (round(c × 255 / a)).
 */
export function encodePng(premultiplied: Uint8Array, width: number, height: number, level: number): Buffer {
  const stride = width * 4;
  if (premultiplied.length !== stride * height) throw new Error(`画素数が ${width}×${height} と合いません`);
  const from = Buffer.from(premultiplied.buffer, premultiplied.byteOffset, premultiplied.length);
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    // Filter type 0 (None) for every row.
    rows[y * (stride + 1)] = 0;
    from.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  // Alpha is every 4th byte; read as 32-bit words when aligned (a third of the time of byte reads), little-endian.
  const words =
    premultiplied.byteOffset % 4 === 0 && new Uint8Array(new Uint32Array([1]).buffer)[0] === 1
      ? new Uint32Array(premultiplied.buffer, premultiplied.byteOffset, width * height)
      : null;
  for (let p = 0; p < width * height; p++) {
    const a = words ? words[p]! >>> 24 : premultiplied[p * 4 + 3]!;
    if (a === 255 || a === 0) continue;
    const at = Math.floor(p / width) * (stride + 1) + 1 + (p % width) * 4;
    for (let k = 0; k < 3; k++) rows[at + k] = Math.min(255, Math.round((premultiplied[p * 4 + k]! * 255) / a));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Compression, filter method and interlace stay 0.
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
