/**
 * YAML files with their source positions, so that every data error can name
 * file:line:column — the secretariat edits these files by hand.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

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
 * Parses `text`. Service files use the failsafe schema (every scalar is the
 * string written); the template uses the core schema (numbers and booleans).
 */
export function parseYaml(file: string, text: string, schema: 'failsafe' | 'core'): { source: SourceFile; problems: YamlProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema, prettyErrors: false, uniqueKeys: true });
  const problems = doc.errors.map((e) => {
    const p = lines.linePos(e.pos[0]);
    return { line: p.line, col: p.col, message: translateYamlError(e.code, e.message) };
  });
  return { source: { file, doc, lines }, problems };
}

function translateYamlError(code: string, message: string): string {
  const first = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return `同じキーが2回書かれています（${first}）`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `YAML の書き方が正しくありません。字下げや記号を確認してください（${first}）`;
    default:
      return `YAML として読めません（${first}）`;
  }
}

/** Where the value at `path` starts; falls back to the nearest existing parent. */
export function positionOf(source: SourceFile, path: readonly PathKey[]): Position {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? source.doc.contents : source.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const p = source.lines.linePos(node.range[0]);
      return { line: p.line, col: p.col };
    }
  }
  return { line: 1, col: 1 };
}
