/**
 * Which files a service's mark comes in and their pixel sizes. Their paths
 * are in src/lib/paths.ts (markPath, ogServicePath, ogPagePath).
 */
import { markHeight, MARK_WIDTHS, type MarkWidth } from '../images/mark-template.ts';

export type MarkVariant = { width: MarkWidth; format: 'svg' } | { width: MarkWidth; format: 'png'; scale: 1 | 2 };

/** Every file of a service's mark: SVG at each width, PNG at each width and 2×. */
export function markVariants(): MarkVariant[] {
  return MARK_WIDTHS.flatMap((width): MarkVariant[] => [
    { width, format: 'svg' },
    { width, format: 'png', scale: 1 },
    { width, format: 'png', scale: 2 },
  ]);
}

/** Pixel size of a variant's file. */
export function markPixels(v: MarkVariant): { width: number; height: number } {
  const scale = v.format === 'png' ? v.scale : 1;
  return { width: v.width * scale, height: markHeight(v.width) * scale };
}
