/**
 * Publication-boundary scanner: does any file of the built site contain a
 * string that must never be published?
 *
 * Every file is searched, compressed or not, text or binary:
 * - the raw bytes, and the decompressed bytes of gzip (magic 1f 8b) and .br files, and every entry of a zip (.xlsx);
 * - each as UTF-8 text, as the same text with HTML character references
 *   decoded (&amp; &#12354; &#x3042; … — so every entity spelling is caught),
 *   and, when the bytes are not valid UTF-8, as Latin-1 text.
 * Each needle is looked for in several spellings (see needleForms): raw,
 * HTML-escaped, JSON-string-escaped, URL-encoded — and a needle with line
 * breaks also line by line (each trimmed line of ≥ 8 characters).
 *
 * All spellings of all needles are matched in one pass per text
 * (Aho–Corasick), so thousands of needles over a large site stay fast.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { decompressMaybe, listFiles, relativePath, unzipEntries } from '../../scripts/lib/dist-files.ts';

export interface LeakHit {
  /** Path relative to the scanned folder, with forward slashes. */
  file: string;
  /** The needle as given. */
  needle: string;
  /** Which spelling matched, e.g. `raw`, `html-escaped`, `url-encoded`, `line 2 (json-escaped)`. */
  form: string;
}

export interface NeedleForm {
  form: string;
  text: string;
}

/** Shortest line (in characters) of a multi-line needle that is looked for on its own. */
export const MIN_LINE_LENGTH = 8;

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function escapeJsonString(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function escapeJsonAscii(s: string, upper: boolean): string {
  return escapeJsonString(s).replace(/[^\x00-\x7f]/g, (c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${upper ? hex.toUpperCase() : hex}`;
  });
}

function spellings(s: string): NeedleForm[] {
  const forms: NeedleForm[] = [
    { form: 'raw', text: s },
    { form: 'html-escaped', text: escapeHtml(s) },
    { form: 'json-escaped', text: escapeJsonString(s) },
    { form: 'json-ascii-escaped', text: escapeJsonAscii(s, false) },
    { form: 'json-ascii-escaped', text: escapeJsonAscii(s, true) },
    { form: 'url-encoded', text: encodeURIComponent(s) },
    { form: 'url-encoded', text: encodeURI(s) },
    { form: 'url-encoded', text: encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()) },
    { form: 'form-encoded', text: encodeURIComponent(s).replace(/%20/g, '+') },
  ];
  return forms;
}

export interface ScanOptions {
  /**
   * Called with each plain string about to be looked for (a whole needle, or
   * one line of a multi-line needle); returning true leaves it out. For
   * strings that also occur in legitimately published text.
   */
  skip?: (plain: string) => boolean;
}

/**
 * Every spelling looked for, for one needle, without duplicates. The needle's
 * surrounding whitespace is trimmed and CRLF read as LF (a YAML block scalar
 * ends with a line break that no page reproduces).
 */
export function needleForms(needle: string, options: ScanOptions = {}): NeedleForm[] {
  const skip = options.skip ?? (() => false);
  const s = needle.replace(/\r\n?/g, '\n').trim();
  if (s === '') return [];
  const forms = skip(s) ? [] : spellings(s);
  if (s.includes('\n')) {
    s.split('\n').forEach((line, i) => {
      const t = line.trim();
      if ([...t].length >= MIN_LINE_LENGTH && t !== s && !skip(t)) {
        for (const f of spellings(t)) forms.push({ form: `line ${i + 1} (${f.form})`, text: f.text });
      }
    });
  }
  const seen = new Set<string>();
  return forms.filter((f) => f.text !== '' && !seen.has(f.text) && (seen.add(f.text), true));
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes HTML character references (numeric, and the few named ones a serializer emits), repeatedly for double escaping. */
export function decodeHtmlEntities(s: string): string {
  for (let i = 0; i < 3 && s.includes('&'); i++) {
    const next = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
      if (body[0] === '#') {
        const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      }
      return NAMED_ENTITIES[body.toLowerCase()] ?? m;
    });
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Aho–Corasick automaton over UTF-16 code units. */
export class MultiMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ids ending at a node (own), and the nearest proper suffix node that has any (dict link). */
  private readonly out: number[][] = [[]];
  private readonly dict: number[] = [-1];

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, id) => {
      if (p === '') return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let n = this.next[node]!.get(c);
        if (n === undefined) {
          n = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push([]);
          this.dict.push(-1);
          this.next[node]!.set(c, n);
        }
        node = n;
      }
      this.out[node]!.push(id);
    });
    const queue: number[] = [];
    for (const n of this.next[0]!.values()) queue.push(n);
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        const fl = target !== undefined && target !== child ? target : 0;
        this.fail[child] = fl;
        this.dict[child] = this.out[fl]!.length > 0 ? fl : this.dict[fl]!;
        queue.push(child);
      }
    }
  }

  /** Ids of every pattern occurring in text (each once). */
  findAll(text: string, found: Set<number> = new Set()): Set<number> {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let n = this.next[node]!.get(c);
      while (n === undefined && node !== 0) {
        node = this.fail[node]!;
        n = this.next[node]!.get(c);
      }
      node = n ?? 0;
      for (let m = this.out[node]!.length ? node : this.dict[node]!; m > 0; m = this.dict[m]!) {
        for (const id of this.out[m]!) found.add(id);
      }
    }
    return found;
  }
}

/** The texts a file is searched as (see the module comment). */
export function haystacks(bytes: Buffer, name: string): string[] {
  const buffers = [bytes];
  const inflated = decompressMaybe(bytes, name);
  if (inflated !== bytes) buffers.push(inflated);
  // Zip archives (.xlsx): every entry, inflated.
  for (const e of unzipEntries(bytes)) buffers.push(e.data);
  const texts: string[] = [];
  for (const b of buffers) {
    const utf8 = b.toString('utf8');
    texts.push(utf8);
    if (utf8.includes('&')) texts.push(decodeHtmlEntities(utf8));
    // Pagefind's fragments put a zero-width space between the words it cuts Japanese into.
    if (utf8.includes('\u200b')) texts.push(utf8.replace(/\u200b/g, ''));
    if (!isUtf8(b)) texts.push(b.toString('latin1'));
  }
  return texts;
}

/**
 * Searches every file under distDir for every needle in every spelling.
 * Returns one hit per (file, needle), sorted by file then needle; [] when clean.
 */
export function scanForLeaks(distDir: string, needles: readonly string[], options: ScanOptions = {}): LeakHit[] {
  const unique = [...new Set(needles)];
  const patterns: string[] = [];
  const owner: { needle: string; form: string }[] = [];
  for (const needle of unique) {
    for (const f of needleForms(needle, options)) {
      patterns.push(f.text);
      owner.push({ needle, form: f.form });
    }
  }
  if (patterns.length === 0) return [];
  const matcher = new MultiMatcher(patterns);
  const hits: LeakHit[] = [];
  for (const path of listFiles(distDir)) {
    const found = new Set<number>();
    for (const text of haystacks(readFileSync(path), path)) matcher.findAll(text, found);
    const byNeedle = new Map<string, string>();
    for (const id of [...found].sort((a, b) => a - b)) {
      const o = owner[id]!;
      if (!byNeedle.has(o.needle)) byNeedle.set(o.needle, o.form);
    }
    const file = relativePath(distDir, path);
    for (const [needle, form] of byNeedle) hits.push({ file, needle, form });
  }
  return hits.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.needle < b.needle ? -1 : a.needle > b.needle ? 1 : 0,
  );
}

/** A readable, bounded failure message for hits. */
export function formatLeakHits(hits: readonly LeakHit[], limit = 200): string {
  const show = (s: string) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}…` : s);
  const lines = hits.slice(0, limit).map((h) => `  ${h.file}: ${show(h.needle)} [${h.form}]`);
  if (hits.length > limit) lines.push(`  … and ${hits.length - limit} more`);
  return `${hits.length} unpublishable string(s) found in the built site:\n${lines.join('\n')}`;
}
