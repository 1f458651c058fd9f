/**
 * satori (element tree → SVG) and resvg (SVG → PNG). satori runs on the main
 * thread; resvg's renderAsync runs on libuv's pool, so while one image is
 * being encoded the next is being laid out — both cores work.
 */
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { ImageFont } from './image-fonts.ts';
import type { ImageNode } from './image-node.ts';

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

/** A PNG `width` pixels wide. No system fonts: satori has already turned text into paths. */
export async function renderPng(svg: string, width: number): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return image.asPng();
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
