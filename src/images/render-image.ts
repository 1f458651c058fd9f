/**
 * satori (element tree → SVG), resvg (SVG → pixels) and ./png-encode.ts
 * (pixels → PNG). In a build these run in the render threads
 * (./render-pool.ts).
 */
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { ImageFont } from './image-fonts.ts';
import type { ImageNode } from './image-node.ts';
import { encodePng } from './png-encode.ts';

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

/**
 * A PNG `width` pixels wide, deflated at `level` (each template says which:
 * MARK_PNG_LEVEL, OG_PNG_LEVEL). No system fonts: satori has already turned
 * text into paths.
 */
export async function renderPng(svg: string, width: number, level: number): Promise<Buffer> {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return encodePng(image.pixels, image.width, image.height, level);
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (view.getUint32(0) !== 0x89504e47 || view.getUint32(12) !== 0x49484452) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
