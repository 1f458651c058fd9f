/**
 * Where a search hit is on a page and what to show of it: the Form B row (or
 * the section) that holds the query, and an excerpt of that row's 申請内容
 * cut at sentence boundaries. Pure functions over what Pagefind returns for
 * a page (its text, split into words with zero-width spaces, and the anchors:
 * every element with an id, e.g. a Form B row <tr id="item-sla">, with the
 * word it starts at), so this runs in the browser and in unit tests alike.
 */
import { findNormalised, normaliseWithMap } from '../rules/search-normalise.ts';

/** A Form B row as the search page needs it (embedded in /search/ as JSON). */
export interface SearchRow {
  id: string;
  no: number;
  middle: string;
  label?: string | undefined;
  description: string;
}

/**
 * A row as embedded in the search page: [id, no, middle, label ('' when none), description].
 * Positional rather than keyed because the page carries every row before the first result
 * can show, and the keys alone were a quarter of those bytes.
 */
export type PackedSearchRow = [string, number, string, string, string];

export function packSearchRows(rows: readonly SearchRow[]): PackedSearchRow[] {
  return rows.map((r) => [r.id, r.no, r.middle, r.label ?? '', r.description]);
}

export function unpackSearchRows(packed: readonly PackedSearchRow[]): SearchRow[] {
  return packed.map(([id, no, middle, label, description]) => ({
    id,
    no,
    middle,
    ...(label ? { label } : {}),
    description,
  }));
}

export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** One stretch of the page between two anchors. */
export interface PageSegment {
  /** The anchor it starts at; undefined for the text before the first one. */
  anchor?: PageAnchor | undefined;
  text: string;
  /** The Form B row it is, when the anchor is a row (`item-<row>`, `dc-<dc>-<row>`). */
  row?: SearchRow | undefined;
  /** The data-centre heading above a per-data-centre row. */
  dataCentre?: string | undefined;
  /** The nearest heading at or above the segment (h1–h4 text). */
  heading?: string | undefined;
}

/** What a result card shows about its hit. */
export interface SearchHit {
  /** e.g. 「No.29 サービス稼働率の設定値（月間）」, 「大阪データセンター No.44 …」, a section heading, or ''. */
  label: string;
  /** Fragment of the page to link to (without #), or ''. */
  anchor: string;
  /** The excerpt, plain text (highlight with markRanges). */
  excerpt: string;
}

/**
 * Where the word occurs in the text, both normalised as search normalises
 * them (src/rules/search-normalise.ts: width, case, サーバー/サーバ, 取扱い/取り扱い,
 * ISO/IEC 27001/ISO27001, separators ignored; numbers matched whole):
 * [start, end) offsets in the text as written.
 */
export function findWord(text: string, word: string, from = 0): [number, number][] {
  return findNormalised(normaliseWithMap(text), word).filter(([a]) => a >= from);
}

export function queryWords(query: string): string[] {
  return query.split(/\s+/u).filter(Boolean);
}

/** Every range of the text where one of the query's words occurs, sorted and merged. */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  const all = words.flatMap((w) => findWord(text, w)).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of all) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

/**
 * The words Pagefind counted a page's text in (anchors and match locations
 * are word numbers): a Japanese page's text has a zero-width space between
 * them; a page in a language Pagefind does not segment (English) is counted
 * in whitespace-separated words, each kept with the space after it so the
 * joined words are the text.
 */
export function pageWords(rawContent: string): string[] {
  return rawContent.includes('\u200b') ? rawContent.split('\u200b') : (rawContent.match(/\S+\s*/gu) ?? []);
}

/** Splits the page text (as Pagefind counted its words) into the stretches between anchors. */
export function pageSegments(
  rawContent: string,
  anchors: readonly PageAnchor[],
  rows: ReadonlyMap<string, SearchRow>,
): PageSegment[] {
  const words = pageWords(rawContent);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const segments: PageSegment[] = [];
  let heading: string | undefined;
  let dataCentre: string | undefined;
  const first = sorted[0]?.location ?? words.length;
  segments.push({ text: words.slice(0, first).join('') });
  sorted.forEach((anchor, i) => {
    const text = words.slice(anchor.location, sorted[i + 1]?.location ?? words.length).join('');
    if (/^h[1-4]$/i.test(anchor.element) && anchor.text) {
      heading = anchor.text.replace(/[.\s]+$/u, '').trim();
      if (anchor.element.toLowerCase() === 'h2') dataCentre = undefined;
      if (/^dc-/.test(anchor.id) && anchor.element.toLowerCase() === 'h3')
        // 「データセンター1: 東京第一」 on a Japanese page, "Data centre 1: 東京第一" on its English twin.
        dataCentre = heading.replace(/^(?:データセンター|Data centre )\d+[:：]\s*/u, '');
    }
    const row = rowOfAnchor(anchor.id, rows);
    segments.push({
      anchor,
      text,
      row,
      heading,
      dataCentre: row && anchor.id.startsWith('dc-') ? dataCentre : undefined,
    });
  });
  return segments;
}

/** The Form B row an element id names: `item-<row>` or `dc-<data centre>-<row>` (not history entries). */
export function rowOfAnchor(id: string, rows: ReadonlyMap<string, SearchRow>): SearchRow | undefined {
  if (id.startsWith('item-')) return rows.get(id.slice(5));
  if (id.startsWith('dc-')) {
    for (let i = id.indexOf('-', 3); i > 0; i = id.indexOf('-', i + 1)) {
      const row = rows.get(id.slice(i + 1));
      if (row) return row;
    }
  }
  return undefined;
}

/**
 * The 申請内容 of a Form B row's text: what follows the row's 記述内容 (the
 * last cell before the answer), without Pagefind's 「. 」 cell joiners.
 */
export function answerOfRow(text: string, row: SearchRow): string {
  const at = text.lastIndexOf(row.description);
  const rest = at >= 0 ? text.slice(at + row.description.length) : (text.split('. ').at(-1) ?? text);
  return tidy(rest);
}

function tidy(s: string): string {
  return s
    .replace(/^[\s.]+/u, '')
    .replace(/\.\s*$/u, '')
    .replace(/^(実施あり|実施なし)(?=\S)/u, '$1・')
    .trim();
}

/** Sentence spans of a text: each ends after 。！？ or before a 「・」 bullet that follows a space. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const end = /[。！？]/u.test(c) ? i + 1 : /\s/u.test(c) && text[i + 1] === '・' ? i + 1 : -1;
    if (end > 0) {
      if (text.slice(start, end).trim()) out.push([start, end]);
      start = end;
    }
  }
  if (text.slice(start).trim()) out.push([start, text.length]);
  return out;
}

/**
 * An excerpt of the text around [at, at+len): the sentence that holds it,
 * with the next sentences while they fit in `max` letters; a sentence longer
 * than `max` is cut around the hit (at a 「、」 when there is one). 「…」 marks
 * text left out at either end.
 */
export function cutExcerpt(text: string, at: number, len: number, max = 100): string {
  const spans = sentences(text);
  if (spans.length === 0) return '';
  let i = spans.findIndex(([, e]) => e > at);
  if (i < 0) i = spans.length - 1;
  let [from, to] = spans[i]!;
  for (let j = i + 1; j < spans.length && spans[j]![1] - from <= max; j++) to = spans[j]![1];
  if (to - from > max) {
    // One long sentence: a window around the hit, starting after a 「、」 if one is near.
    const windowStart = Math.max(from, at - Math.floor((max - len) / 3));
    const comma = text.lastIndexOf('、', at);
    const start = comma >= windowStart - 20 && comma >= from && comma < at ? comma + 1 : windowStart;
    from = start;
    to = Math.min(to, Math.max(at + len, from + max));
  }
  const body = text.slice(from, to).trim();
  return `${text.slice(0, from).trim() ? '…' : ''}${body}${text.slice(to).trim() ? '…' : ''}`;
}

/** How a result names a Form B row: 「No.29 サービス稼働率の設定値（月間）」. */
export function rowName(row: SearchRow): string {
  return `No.${row.no} ${row.description}`;
}

/**
 * The hit a result card shows: the first Form B row whose answer holds every
 * query word, else the first row whose item or answer does, else the first
 * stretch of the page that does; `fallbackWord` (a word Pagefind matched)
 * when none holds the query as written.
 */
export function findHit(segments: readonly PageSegment[], query: string, fallbackWord?: string): SearchHit | null {
  const words = queryWords(query);
  const holds = (text: string, ws: readonly string[]) => ws.length > 0 && ws.every((w) => findWord(text, w).length > 0);
  const rows = segments.filter((s) => s.row);
  const answered = (s: PageSegment) => answerOfRow(s.text, s.row!);
  const pick =
    rows.find((s) => holds(answered(s), words)) ??
    rows.find((s) => holds(s.text, words)) ??
    segments.find((s, i) => i > 0 && holds(s.text, words)) ??
    (holds(segments[0]?.text ?? '', words) ? segments[0] : undefined);
  const fallback = !pick && fallbackWord ? segments.find((s) => findWord(s.text, fallbackWord).length > 0) : undefined;
  const seg = pick ?? fallback;
  if (!seg) return null;
  const ws = pick ? words : [fallbackWord!];
  if (seg.row) {
    const answer = answered(seg);
    const hit = ws.map((w) => findWord(answer, w)[0]).find(Boolean);
    const excerpt = hit ? cutExcerpt(answer, hit[0], hit[1] - hit[0]) : cutExcerpt(answer, 0, 0);
    return { label: [seg.dataCentre, rowName(seg.row)].filter(Boolean).join(' '), anchor: seg.anchor!.id, excerpt };
  }
  // Not a Form B row: the cell (Pagefind joins cells with 「. 」) that holds the hit, cut at sentences.
  const cells = seg.text.split('. ');
  // Before the first anchor, the first cell is the page's hidden search words (認定番号 variants): never shown.
  const shown = seg.anchor ? cells : cells.slice(1);
  const cell = shown.find((c) => ws.some((w) => findWord(c, w).length > 0)) ?? shown[0] ?? '';
  const text = tidy(cell);
  const hit = ws.map((w) => findWord(text, w)[0]).find(Boolean);
  const excerpt = cutExcerpt(text, hit?.[0] ?? 0, hit ? hit[1] - hit[0] : 0);
  const heading = seg.anchor ? seg.heading : undefined;
  const anchor = seg.anchor && /^h[1-4]$/i.test(seg.anchor.element) ? seg.anchor.id : (seg.anchor?.id ?? '');
  return { label: heading ?? '', anchor, excerpt };
}

/** The Form B rows whose item names hold every query word (for 「項目別一覧で比べる」 links). */
export function rowsNamed(rows: readonly SearchRow[], query: string): SearchRow[] {
  const words = queryWords(query.normalize('NFKC'));
  if (words.length === 0) return [];
  return rows.filter((r) => {
    const name = `${r.middle} ${r.label ?? ''} ${r.description}`;
    return words.every((w) => findWord(name, w).length > 0);
  });
}
