/**
 * THE certification-mark template (overview §8 図2: the logo plus the
 * 認定番号). One layout, drawn once per service at the base size; every
 * published size is a scaling of that drawing. Colours are fixed: 運用規程
 * 第10条5 forbids changing them, so no variant takes a colour.
 */
import { FONT_FAMILY } from './image-fonts.ts';
import { div, img, type ImageNode } from './image-node.ts';

/** Part of every cache key. The element tree is hashed too, so edits re-render without a bump; bump to force one. */
export const MARK_TEMPLATE_VERSION = 'mark-1';

export const MARK_BASE = { width: 240, height: 300 } as const;
/** The band at the foot that carries the 認定番号. */
const NUMBER_BAND = 58;
/**
 * Everything above this line (the drawing's units) is the same in every
 * mark: the number is drawn only in the band below it, whose height is
 * fixed, so nothing above moves. The PNGs draw and deflate those rows once
 * per width (./render-image.ts, split `renderPng`). At every published width
 * the line falls on a pixel edge (242 × ½, 1, 2, 4).
 */
export const MARK_SHARED_TOP = MARK_BASE.height - NUMBER_BAND;
/** Published widths in CSS pixels; each PNG also comes at 2×. */
export const MARK_WIDTHS = [120, 240, 480] as const;
export type MarkWidth = (typeof MARK_WIDTHS)[number];

export const MARK_COLOURS = { ink: '#12277A', paper: '#FFFFFF' } as const;

/** Only the 認定番号 goes into a mark: nothing else about the service. */
export interface MarkInput {
  certificationNumber: string;
}

export function markHeight(width: number): number {
  return Math.round((width * MARK_BASE.height) / MARK_BASE.width);
}

export function markTree(input: MarkInput, logo: string): ImageNode {
  const { ink, paper } = MARK_COLOURS;
  return div(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: ink,
      borderRadius: 18,
      fontFamily: FONT_FAMILY,
    },
    div(
      {
        flexGrow: 1,
        // Margins, not padding: satori sizes boxes content-box, so padding would overflow the canvas.
        margin: '5px 5px 0',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        background: paper,
        color: ink,
        borderRadius: 13,
      },
      img(logo, 116, 116, { marginTop: 16 }),
      div({ fontSize: 23, fontWeight: 700, marginTop: 8, lineHeight: 1.3 }, '情報開示認定'),
      div({ fontSize: 16, fontWeight: 400, lineHeight: 1.3 }, 'IaaS・PaaS'),
    ),
    div(
      {
        height: NUMBER_BAND,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        color: paper,
        fontSize: 29,
        fontWeight: 700,
        letterSpacing: 0.5,
      },
      input.certificationNumber,
    ),
  );
}
