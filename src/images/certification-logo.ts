/**
 * The logo in the certification mark and the social images. It is one SVG
 * file, src/assets/certification-logo.svg — the project's own placeholder
 * design; the secretariat swaps in ASPIC's official artwork by replacing that
 * file (same square proportions) and nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOGO_PATH = 'src/assets/certification-logo.svg';

let cached: string | undefined;

/** The logo file's text (its bytes are part of every image's cache key). */
export function logoSvg(root: string = process.cwd()): string {
  cached ??= readFileSync(join(root, LOGO_PATH), 'utf8');
  return cached;
}

/** The logo as a data: URI for satori's <img>. */
export function logoDataUri(svg: string = logoSvg()): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
