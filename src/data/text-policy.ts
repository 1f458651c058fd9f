/**
 * The one rule for characters in the catalogue, applied by the loader to
 * every file before anything else reads it. A character is refused when it
 * is invisible on the page yet changes what other programs do with the text:
 *
 * - control characters other than TAB, LF and CR (C0, DEL and C1): a NUL
 *   makes the Atom feed invalid XML and ESC drives terminals;
 * - U+FFFE, U+FFFF and lone surrogates: not characters at all, and forbidden
 *   in XML 1.0;
 * - bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they
 *   reorder the letters on screen, so text can pretend to say something else.
 */

/** One refused character of a text. */
export interface ForbiddenCharacter {
  /** UTF-16 index in the text. */
  index: number;
  codePoint: number;
  message: string;
}

// Lone surrogates are matched without the `u` flag, where each half is a unit of its own.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A quick first look (one pass, no lookaround); any surrogate, even a valid pair, sends the text to the full scan. */
const SUSPECT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF\uD800-\uDFFF]/;

/** U+001B, U+202E: the notation the message uses. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function messageFor(cp: number): string {
  const u = codePointName(cp);
  if (cp >= 0xd800 && cp <= 0xdfff)
    return `対になっていないサロゲート ${u} は使えません（文字として表せず、XML などに出力できないため）。削除してください`;
  if (cp === 0xfffe || cp === 0xffff)
    return `文字 ${u} は使えません（Unicode の非文字で、XML などに出力できないため）。削除してください`;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
    return `表示の向きを変える制御文字 ${u} は使えません（画面に見えず、文字の並びを偽装できるため）。削除してください`;
  return `制御文字 ${u} は使えません（画面に見えず、CSV・フィードなどの出力を壊すため。使えるのはタブと改行だけです）。削除してください`;
}

/** Every refused character of `text`, in order. */
export function forbiddenCharacters(text: string): ForbiddenCharacter[] {
  const out: ForbiddenCharacter[] = [];
  if (!SUSPECT.test(text)) return out;
  for (const m of text.matchAll(FORBIDDEN)) {
    const codePoint = m[0].charCodeAt(0);
    out.push({ index: m.index, codePoint, message: messageFor(codePoint) });
  }
  return out;
}

export interface TextIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Refused characters in parsed values and keys — those written as YAML
 * escapes ("\0", "\u202E") that a look at the raw file cannot see. Shared
 * objects (YAML aliases) are visited once, so an alias bomb costs nothing.
 */
export function valueTextIssues(value: unknown): TextIssue[] {
  interface Step {
    parent: Step | null;
    key: string | number;
  }
  const pathOf = (step: Step | null): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let s = step; s; s = s.parent) path.unshift(s.key);
    return path;
  };
  const out: TextIssue[] = [];
  const seen = new Set<object>();
  // A loop, not recursion: a deeply nested document must not overflow the stack.
  const todo: [unknown, Step | null][] = [[value, null]];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [v, at] = next;
    if (typeof v === 'string') {
      const first = forbiddenCharacters(v)[0];
      if (first) out.push({ path: pathOf(at), message: first.message });
      continue;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    const entries: [string | number, unknown][] = Array.isArray(v) ? v.map((item, i) => [i, item]) : Object.entries(v);
    for (const [k, item] of entries.reverse()) {
      const step = { parent: at, key: k };
      const first = typeof k === 'string' ? forbiddenCharacters(k)[0] : undefined;
      if (first) out.push({ path: pathOf(step), message: `キーに${first.message}` });
      todo.push([item, step]);
    }
  }
  return out;
}
