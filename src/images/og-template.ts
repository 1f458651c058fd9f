/**
 * THE Open Graph image template (1200×630): a service card (サービス名称,
 * 事業者名称, 認定番号, status) or a page card (home, compare, item index).
 * Flat fills only: a gradient costs about three times as much to encode.
 *
 * A card is in Japanese or, for the English edition's pages, in English: the
 * header, labels and status are English there, while the service and
 * provider names stay as the provider wrote them (issue 18).
 */
import type { Status } from '../rules/lifecycle.ts';
import { FONT_FAMILY } from './image-fonts.ts';
import { div, img, type ImageNode } from './image-node.ts';
import { IMAGE_HEADER } from '../site.config.ts';
import { statusTone, type StatusTone } from '../lib/words.ts';
import { en, enPages } from '../i18n/en.ts';

/** The language of a card's own words. */
export type OgLocale = 'ja' | 'en';

/** Part of every cache key. The element tree is hashed too, so edits re-render without a bump; bump to force one. */
export const OG_TEMPLATE_VERSION = 'og-1';
export const OG_SIZE = { width: 1200, height: 630 } as const;
/**
 * The header band (logo, organisation, site name) is the same on every card
 * of a language, so its rows are drawn once per language and width
 * (./render-image.ts, split `renderPng`); each card lays out and draws only
 * what is below it.
 */
export const OG_HEADER_HEIGHT = 128;

export type OgInput =
  | {
      kind: 'service';
      locale: OgLocale;
      certificationNumber: string;
      serviceName: string;
      providerName: string;
      status: Status;
      /** A date that goes with the status, in the card's language, e.g. 有効期限 2027年6月9日. */
      statusDetail: string;
    }
  | { kind: 'page'; locale: OgLocale; title: string; subtitle: string };

const INK = '#12277A';
const TEXT = '#1A1A1A';
const MUTED = '#4D4D4D';
const TONES: Record<StatusTone, { fg: string; bg: string }> = {
  ok: { fg: '#1A6B3C', bg: '#E6F5EC' },
  renewal: { fg: '#9A4A00', bg: '#FFF1E0' },
  ended: { fg: '#B3261E', bg: '#FDECEC' },
};

/** Width of a string in ems, roughly: CJK is 1, Latin about half. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x2000 ? 0.56 : 1;
  return n;
}

/** The largest size from 72 down to 44 px at which the name fits in two lines. */
export function titleSize(text: string, width = 1088, lines = 2): number {
  for (let size = 72; size > 44; size -= 4) if (ems(text) * size <= width * lines * 0.95) return size;
  return 44;
}

/** The header's two lines: the Japanese ones are the images' own (site.config.ts), the English the edition's chrome. */
function headerWords(locale: OgLocale): { org: string; name: string } {
  return locale === 'en' ? { org: enPages.chrome.org, name: enPages.chrome.siteName } : IMAGE_HEADER;
}

function header(logo: string, locale: OgLocale): ImageNode {
  const words = headerWords(locale);
  return div(
    {
      height: OG_HEADER_HEIGHT,
      display: 'flex',
      alignItems: 'center',
      padding: '0 56px',
      background: INK,
      color: '#FFFFFF',
    },
    img(logo, 84, 84, { borderRadius: 14, border: '3px solid #FFFFFF' }),
    div(
      { display: 'flex', flexDirection: 'column', marginLeft: 28, lineHeight: 1.35 },
      div({ fontSize: 26 }, words.org),
      div({ fontSize: 38, fontWeight: 700 }, words.name),
    ),
  );
}

function serviceBody(s: Extract<OgInput, { kind: 'service' }>): ImageNode {
  const tone = TONES[statusTone(s.status)];
  const english = s.locale === 'en';
  const number = english ? `${enPages.list.number} ${s.certificationNumber}` : `認定番号 ${s.certificationNumber}`;
  const status = english
    ? `${enPages.list.status}: ${en.status[s.status]} · ${s.statusDetail}`
    : `状態：${s.status}　${s.statusDetail}`;
  return div(
    { flexGrow: 1, display: 'flex', flexDirection: 'column', padding: '44px 56px 48px' },
    div({ fontSize: 32, fontWeight: 700, color: INK }, number),
    div(
      {
        fontSize: titleSize(s.serviceName),
        fontWeight: 700,
        color: TEXT,
        lineHeight: 1.25,
        marginTop: 14,
        lineClamp: 2,
      },
      s.serviceName,
    ),
    div({ fontSize: 34, color: MUTED, marginTop: 14, lineClamp: 1 }, s.providerName),
    div(
      { display: 'flex', marginTop: 'auto' },
      div(
        {
          display: 'flex',
          alignItems: 'center',
          padding: '8px 28px',
          border: `3px solid ${tone.fg}`,
          borderRadius: 40,
          background: tone.bg,
          color: tone.fg,
          fontSize: 32,
          fontWeight: 700,
        },
        status,
      ),
    ),
  );
}

function pageBody(p: Extract<OgInput, { kind: 'page' }>): ImageNode {
  return div(
    { flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '0 56px 24px' },
    div({ fontSize: titleSize(p.title), fontWeight: 700, color: TEXT, lineHeight: 1.25 }, p.title),
    div({ fontSize: 34, color: MUTED, marginTop: 20, lineHeight: 1.5 }, p.subtitle),
  );
}

/**
 * The card, or one part of it at its place on the card: `header` is the
 * header band alone; `body` is the rest, with the header's place left empty
 * so every shape sits exactly where it sits on the whole card (the split
 * rows then meet pixel for pixel, which the unit test checks).
 */
export function ogTree(input: OgInput, logo: string, part: 'whole' | 'header' | 'body' = 'whole'): ImageNode {
  return div(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#FFFFFF',
      fontFamily: FONT_FAMILY,
    },
    part === 'body' ? div({ height: OG_HEADER_HEIGHT }) : header(logo, input.locale),
    ...(part === 'header'
      ? []
      : [input.kind === 'service' ? serviceBody(input) : pageBody(input), div({ height: 16, background: INK })]),
  );
}
