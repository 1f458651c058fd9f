/**
 * A small HTML start-tag scanner for generated pages (no dependency): yields
 * each element's start tag with its attributes (entity-decoded) and line.
 * Skips comments, doctype, and the contents of script/style/textarea/title,
 * which is all that link and id checks need.
 */
import { decodeHtmlEntities } from './leak-scan.ts';

export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Lower-case attribute names → decoded values ('' for a bare attribute). First occurrence wins. */
  attrs: Map<string, string>;
  /** 1-based line of the '<'. */
  line: number;
  /** Text content, for raw-text elements (script, style, textarea, title) only. */
  rawText?: string;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let i = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number) => {
    for (; counted < pos; counted++) if (html.charCodeAt(counted) === 10) line++;
    return line;
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 200));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    let p = lt + nameMatch[0].length;
    // Attributes until '>' (quoted values may contain '>').
    for (;;) {
      while (p < html.length && /[\s/]/.test(html[p]!)) p++;
      if (p >= html.length || html[p] === '>') break;
      const an = /^[^\s/>=]+/.exec(html.slice(p, p + 500));
      if (!an) {
        p++;
        continue;
      }
      const attrName = an[0].toLowerCase();
      p += an[0].length;
      while (p < html.length && /\s/.test(html[p]!)) p++;
      let value = '';
      if (html[p] === '=') {
        p++;
        while (p < html.length && /\s/.test(html[p]!)) p++;
        const q = html[p];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, p + 1);
          value = html.slice(p + 1, end < 0 ? html.length : end);
          p = end < 0 ? html.length : end + 1;
        } else {
          const m = /^[^\s>]*/.exec(html.slice(p, p + 4000))!;
          value = m[0];
          p += m[0].length;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeHtmlEntities(value));
    }
    const tag: StartTag = { name, attrs, line: lineAt(lt) };
    i = p + 1;
    if (RAW_TEXT.has(name)) {
      const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
      closer.lastIndex = i;
      const close = closer.exec(html)?.index ?? -1;
      const end = close < 0 ? html.length : close;
      tag.rawText = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
}
