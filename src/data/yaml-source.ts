/**
 * YAML files with their source positions, so that every data error can name
 * file:line:column — the secretariat edits these files by hand.
 */
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml';

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
 * The fast parser's own report of invalid YAML, for files too large for the
 * positional parser: on a large broken file it takes seconds (about 5 µs a
 * character when every character is an error), js-yaml milliseconds.
 */
export function fastParseProblem(e: unknown): YamlProblem | null {
  if (!(e instanceof jsYaml.YAMLException)) return null;
  const mark = (e as { mark?: { line: number; column: number } }).mark;
  return {
    line: (mark?.line ?? 0) + 1,
    col: (mark?.column ?? 0) + 1,
    message: `YAML の書き方に誤りがあります: YAML として読めません。字下げや記号を確認してください（${e.reason}）`,
  };
}

/**
 * Parses `text` keeping source positions. Service files use the failsafe schema (every scalar is the
 * string written); the template uses the core schema (numbers and booleans).
 */
export function parseYaml(
  file: string,
  text: string,
  schema: 'failsafe' | 'core',
): { source: SourceFile; problems: YamlProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) => {
    const p = lines.linePos(errorStart(text, e.code, e.message, e.pos[0]));
    return {
      line: p.line,
      col: p.col,
      message: `YAML の書き方に誤りがあります: ${translateYamlError(e.code, e.message)}`,
    };
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

/**
 * Explicit tags (!!binary, !!js/function, !foo, even !!str) are refused: the
 * data is plain text, and a tag either changes what a value means or is
 * silently dropped. Anchors and aliases are not tags and stay allowed.
 */
export const TAG_MESSAGE =
  'YAML のタグ（!!binary など）は使えません。「!」で始まる指定を消し、値をそのまま書いてください';

export function explicitTags(source: SourceFile, text: string): (Position & { path: PathKey[] })[] {
  const out: (Position & { path: PathKey[] })[] = [];
  visit(source.doc, (_key, node, ancestors) => {
    if (!isNode(node) || node.tag === undefined || !node.range) return;
    // The node's range starts at its value; the tag is the last "!" word written before it.
    let at = text.lastIndexOf('!', node.range[0]);
    while (at > 0 && !/\s/.test(text[at - 1]!)) at--;
    const p = source.lines.linePos(Math.max(at, 0));
    out.push({ line: p.line, col: p.col, path: pathOfAncestors(ancestors, node) });
  });
  return out;
}

function pathOfAncestors(ancestors: readonly unknown[], node: unknown): PathKey[] {
  const path: PathKey[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isSeq(parent)) path.push(parent.items.indexOf(child));
    else if (isPair(child) && isScalar(child.key)) path.push(String(child.key.value));
  }
  return path;
}

/** The field (key path) whose key or value covers `offset`: where a refused character was written. */
export function fieldAt(source: SourceFile, offset: number): PathKey[] {
  const path: PathKey[] = [];
  let node: unknown = source.doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => covers(p.key, offset) || covers(p.value, offset));
      if (!pair) return path;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      if (covers(pair.key, offset)) return path;
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => covers(item, offset));
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else return path;
  }
}

function covers(node: unknown, offset: number): boolean {
  return isNode(node) && !!node.range && node.range[0] <= offset && offset < node.range[2];
}

/** Where each alias (*name) is used, in document order. */
export function aliasPositions(source: SourceFile): Position[] {
  const out: Position[] = [];
  visit(source.doc, {
    Alias: (_key, node) => {
      if (node.range) out.push(source.lines.linePos(node.range[0]));
    },
  });
  return out;
}
