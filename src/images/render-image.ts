/**
 * satori (element tree → SVG) and resvg (SVG → pixels and PNG). In a build
 * these run in the render threads (./render-pool.ts), in `astro dev` in the
 * server's own.
 */
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { imageFonts, type ImageFont } from './image-fonts.ts';
import type { ImageNode } from './image-node.ts';
import { deflateRows, pngOf, pngRows, type DeflatedRows } from './png-encode.ts';

export async function renderSvg(
  node: ImageNode,
  size: { width: number; height: number },
  fonts: ImageFont[],
  embedFont = true,
): Promise<string> {
  // Satori's own element type is React's; ours is the same shape without React.
  return satori(node, { ...size, fonts, embedFont });
}

/** The same drawing at another size: only the root's width and height change (the viewBox stays). */
export function resizeSvg(svg: string, width: number, height: number): string {
  return svg.replace(/^<svg width="[\d.]+" height="[\d.]+"/, `<svg width="${width}" height="${height}"`);
}

const ROOT = /^<svg width="([\d.]+)" height="([\d.]+)" viewBox="0 0 \1 \2"/;

/** The drawing's own size, from the root of an SVG satori laid out. */
function drawnSize(svg: string): { width: number; height: number } {
  const root = ROOT.exec(svg);
  if (!root) throw new Error(`SVG の先頭が satori の形ではありません: ${svg.slice(0, 80)}`);
  return { width: Number(root[1]), height: Number(root[2]) };
}

/** Only the rows from `top` to `top + height` (the drawing's own units) of an SVG satori laid out. */
export function cropSvg(svg: string, top: number, height: number): string {
  const { width } = drawnSize(svg);
  return svg.replace(ROOT, `<svg width="${width}" height="${height}" viewBox="0 ${top} ${width} ${height}"`);
}

/**
 * Images whose rows above `top` (the drawing's units) are the same in every
 * image that gives the same `key`: those rows are rasterised and deflated
 * once per width in each thread (./png-encode.ts). They come from `from`,
 * a tree laid out at the image's size that draws only those rows (the OG
 * cards' header), or else from the image's own drawing (the marks, whose
 * whole SVG is published anyway). The caller vouches for the sameness; the
 * unit tests check it pixel for pixel against the whole drawing.
 */
export interface PngSplit {
  key: string;
  top: number;
  from?: ImageNode | undefined;
}

/** The shared rows of each split and width, in this thread (a few tens of KB each, deflated). */
const sharedRows = new Map<string, Promise<DeflatedRows>>();

async function rasterRows(svg: string, width: number, last: boolean): Promise<DeflatedRows> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return deflateRows(pngRows(image.pixels, image.width, image.height), last);
}

/**
 * A PNG `width` pixels wide. No system fonts: satori has already turned text
 * into paths. Without a split it is resvg's own PNG; with one, the shared
 * rows are drawn the first time this thread needs them at this width.
 */
export async function renderPng(svg: string, width: number, split?: PngSplit): Promise<Buffer> {
  if (!split) {
    const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
    return image.asPng();
  }
  const size = drawnSize(svg);
  const scale = width / size.width;
  const [height, top] = [size.height * scale, split.top * scale];
  // Bands must meet on a pixel edge, or the rows either side of the seam would each be half drawn.
  if (!Number.isInteger(height) || !Number.isInteger(top)) {
    throw new Error(`幅 ${width} では ${split.top} の境目が画素の境目に来ません`);
  }
  const id = `${split.key} ${width}`;
  let shared = sharedRows.get(id);
  if (!shared) {
    const { from } = split;
    const drawn = from ? renderSvg(from, size, imageFonts().fonts) : Promise.resolve(svg);
    shared = drawn.then((above) => rasterRows(cropSvg(above, 0, split.top), width, false));
    sharedRows.set(id, shared);
  }
  const own = await rasterRows(cropSvg(svg, split.top, size.height - split.top), width, true);
  return pngOf(width, height, [await shared, own]);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
