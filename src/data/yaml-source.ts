/**
 * YAML files with their source positions, so that every data error can name
 * file:line:column — the secretariat edits these files by hand.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';

export type PathKey = string | number;

export interface SourceFile {
  /** Path as shown to people (relative to the project). */
  file: string;
  doc: Document;
  lines: LineCounter;
}

export interface Position {
  line: number;
  col: number;
}

export interface YamlProblem extends Position {
  message: string;
}

/**
 * The fast path for a service file: js-yaml with the failsafe schema (every
 * scalar a string), about ten times faster than a parse that keeps source
 * positions. Throws on invalid YAML, including duplicate keys.
 */
export function parseFailsafeFast(text: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA });
}

/**
 * Parses `text` keeping source positions. Service files use the failsafe schema (every scalar is the
 * string written); the template uses the core schema (numbers and booleans).
 */
export function parseYaml(file: string, text: string, schema: 'failsafe' | 'core'): { source: SourceFile; problems: YamlProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) => {
    const p = lines.linePos(errorStart(text, e.code, e.message, e.pos[0]));
    return { line: p.line, col: p.col, message: `YAML の書き方に誤りがあります: ${translateYamlError(e.code, e.message)}` };
  });
  return { source: { file, doc, lines }, problems };
}

/**
 * An unclosed quote runs to the end of the file, where the parser reports it.
 * Since no later quote of that kind exists (it would have closed the string),
 * the opening quote is the last one in the text: point there instead.
 */
function errorStart(text: string, code: string, message: string, pos: number): number {
  if (code === 'MISSING_CHAR' && /quote/.test(message)) {
    const quote = message.includes("'quote") ? "'" : '"';
    const open = text.lastIndexOf(quote, pos - 1);
    if (open >= 0) return open;
  }
  return pos;
}

function translateYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return '同じキーが2回書かれています';
    case 'MISSING_CHAR':
      return /quote/.test(first)
        ? '引用符（" または \'）が閉じられていません。記号を確認してください'
        : `YAML の記号が足りません。字下げや記号を確認してください（${first}）`;
    case 'BAD_INDENT':
      return '字下げ（行頭の空白）が正しくありません。同じ階層の行は同じ数の空白で始め、記号の位置を確認してください';
    case 'TAB_AS_INDENT':
      return '字下げにタブは使えません。空白で字下げしてください';
    default:
      return `YAML として読めません。字下げや記号を確認してください（${first}）`;
  }
}

/**
 * Where the field at `path` is written: the key's own line for a mapping entry
 * (its value may be a block starting on the next line), the item for a list
 * entry; falls back to the nearest existing parent for a missing field.
 */
export function positionOf(source: SourceFile, path: readonly PathKey[]): Position {
  const at = (offset: number): Position => {
    const p = source.lines.linePos(offset);
    return { line: p.line, col: p.col };
  };
  for (let n = path.length; n >= 0; n--) {
    if (n > 0) {
      const parent = n === 1 ? source.doc.contents : source.doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (pair && isNode(pair.key) && pair.key.range) return at(pair.key.range[0]);
        continue;
      }
    }
    const node = n === 0 ? source.doc.contents : source.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return at(node.range[0]);
  }
  return { line: 1, col: 1 };
}
