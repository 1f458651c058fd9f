/**
 * PNG files assembled from separately deflated bands of rows. The marks use
 * it (./render-image.ts `renderPng` with a split): every mark is the same
 * drawing above the 認定番号, so that band of rows is rasterised and deflated
 * once per width and thread, and each mark only rasterises and deflates the
 * rows below it. The file is one zlib stream all the same: the shared band
 * ends with a full flush (a byte boundary, no back-references across it),
 * the service's band follows as its own deflate blocks, and the stream's
 * Adler-32 is combined from the two bands' sums.
 *
 * The OG cards do the same with their header band (the same on every card
 * of a language).
 *
 * The pixels are the ones resvg's own `asPng()` writes (the unit tests
 * decode both and compare them); only the compression differs. Rows are
 * unfiltered: our images are large flat fills, where plain rows give deflate
 * long exact repeats (the Up filter made the OG rows larger and slower).
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * Changes whenever the bytes written for the same pixels could change: the
 * encoder here and the zlib that deflates (Node's own, pinned by node@24).
 */
export const PNG_ENCODER = `png-rows-2 zlib@${process.versions.zlib}`;

/**
 * zlib levels. An image's own rows are deflated for every image, so at 3:
 * on the OG cards' rows 3.0 ms and 38 KB against 9.8 ms and 26 KB at 6
 * (resvg's asPng: 41 KB). Shared rows are deflated once per thread and
 * width, so as small as zlib makes them.
 */
const OWN_LEVEL = 3;
const SHARED_LEVEL = 9;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Some rows of an image as raw deflate blocks, with what the zlib stream around them needs. */
export interface DeflatedRows {
  /** Deflate blocks; not final when the rows are followed by more. */
  blocks: Buffer;
  /** Adler-32 of the uncompressed rows (filter bytes included). */
  adler: number;
  /** Length of the uncompressed rows. */
  length: number;
}

/**
 * Unfiltered PNG rows (a 0 filter byte, then RGBA) from premultiplied RGBA
 * pixels as resvg and tiny-skia hold them. PNG wants straight alpha, so a
 * partly transparent pixel is demultiplied exactly as tiny-skia does before
 * its own encoder: c ÷ (a ÷ 255) + 0.5, truncated and saturated to a byte.
 */
export function pngRows(premultiplied: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (premultiplied.length !== stride * height) throw new Error(`画素数が ${width}×${height} と合いません`);
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    rows[at] = 0;
    rows.set(premultiplied.subarray(y * stride, (y + 1) * stride), at + 1);
    for (let x = 3; x < stride; x += 4) {
      const a = premultiplied[y * stride + x]!;
      if (a === 255 || a === 0) continue;
      const alpha = a / 255;
      for (let k = x - 3; k < x; k++)
        rows[at + 1 + k] = Math.min(255, Math.trunc(premultiplied[y * stride + k]! / alpha + 0.5));
    }
  }
  return rows;
}

/** `rows` deflated; `last` ends the stream, otherwise the blocks end with a full flush so more can follow. */
export function deflateRows(rows: Buffer, last: boolean): DeflatedRows {
  if (last) {
    // A whole zlib stream: 2 header bytes, the blocks, and the rows' Adler-32.
    const z = deflateSync(rows, { level: OWN_LEVEL });
    return { blocks: z.subarray(2, -4), adler: z.readUInt32BE(z.length - 4), length: rows.length };
  }
  const z = deflateSync(rows, { level: SHARED_LEVEL, finishFlush: constants.Z_FULL_FLUSH });
  // An unfinished stream has no trailer, so the sum comes from a stored (level 0, copy-speed) one.
  const stored = deflateSync(rows, { level: 0 });
  return { blocks: z.subarray(2), adler: stored.readUInt32BE(stored.length - 4), length: rows.length };
}

const ADLER_BASE = 65521;

/** Adler-32 of A followed by B from the two sums and B's length (zlib's adler32_combine). */
export function adler32Combine(a: number, b: number, lengthOfB: number): number {
  const rem = lengthOfB % ADLER_BASE;
  const aLow = a & 0xffff;
  const low = (aLow + (b & 0xffff) + ADLER_BASE - 1) % ADLER_BASE;
  const high = (((rem * aLow) % ADLER_BASE) + (a >>> 16) + (b >>> 16) + ADLER_BASE - rem) % ADLER_BASE;
  return ((high << 16) | low) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** An 8-bit RGBA PNG of `width` × `height` whose rows are `bands`, top to bottom (only the last final). */
export function pngOf(width: number, height: number, bands: DeflatedRows[]): Buffer {
  if (bands.reduce((n, b) => n + b.length, 0) !== (width * 4 + 1) * height) {
    throw new Error(`行の数が ${width}×${height} と合いません`);
  }
  const adler = bands.slice(1).reduce((sum, b) => adler32Combine(sum, b.adler, b.length), bands[0]!.adler);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler);
  // 0x78 0x9c: deflate with a 32 KB window (the level bits are only a hint to recompressors).
  const stream = Buffer.concat([Buffer.from([0x78, 0x9c]), ...bands.map((b) => b.blocks), trailer]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA; compression, filter method and interlace stay 0
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', stream), chunk('IEND', Buffer.alloc(0))]);
}
