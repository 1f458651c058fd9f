/**
 * The publication boundary, enforced on the import graph (issue 15 item 3).
 *
 * Data flows one way: content/ → schemas (src/data) → the boundary
 * (src/lib/publication.ts) → route data (src/lib/site-data.ts) → pages,
 * components, integrations and browser code. Only the boundary decides what of
 * a raw record is published, so nothing past it may hold a raw-record value:
 *
 * - `astro:content` (the stored, unpublished records) is read only by the
 *   content loader and the route-data module;
 * - a value (not `import type`) from src/data/ is imported only by src/data/
 *   itself, the boundary, the route-data module, the content loader, the CLI
 *   tools in scripts/ and the tests;
 * - browser code (src/client/) imports nothing from src/data/, not even a
 *   type, and no module it pulls into the bundle does either;
 * - the CLI tools in scripts/ do not import from test/ (tests may use the
 *   tools' helpers in scripts/lib/, never the other way round).
 *
 * Imports are read with the TypeScript parser (frontmatter and <script>
 * blocks for .astro files), so multi-line imports and inline `type`
 * specifiers are judged as the compiler judges them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ImportEdge {
  /** The importing file, relative to the project root with forward slashes. */
  from: string;
  /** The specifier as written. */
  specifier: string;
  /** The imported file relative to the root when the specifier is relative, else the specifier. */
  target: string;
  /** False for `import type`, `export type` and imports whose every specifier is `type`. */
  value: boolean;
}

const rel = (p: string) => relative(ROOT, p).split(sep).join('/');

/** The script parts of a file: a .ts/.mjs as is; an .astro file's frontmatter and <script> blocks. */
export function scriptParts(path: string, text: string): string[] {
  if (!path.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts;
}

/** Every import and re-export of one file, judged value or type as the compiler would. */
export function importsOf(from: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const add = (specifier: string, value: boolean) => {
    const target = specifier.startsWith('.') ? rel(resolve(ROOT, dirname(from), specifier)) : specifier;
    edges.push({ from, specifier, target, value });
  };
  for (const part of scriptParts(from, text)) {
    const file = ts.createSourceFile(from, part, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        let value = true;
        if (clause) {
          const bindings = clause.namedBindings;
          const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : undefined;
          value =
            clause.phaseModifier !== ts.SyntaxKind.TypeKeyword &&
            (clause.name !== undefined ||
              (bindings !== undefined && ts.isNamespaceImport(bindings)) ||
              (named !== undefined && (named.length === 0 || named.some((e) => !e.isTypeOnly))));
        }
        add(node.moduleSpecifier.text, value);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.exportClause;
        const value =
          !node.isTypeOnly &&
          (clause === undefined || !ts.isNamedExports(clause) || clause.elements.some((e) => !e.isTypeOnly));
        add(node.moduleSpecifier.text, value);
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        add(node.arguments[0].text, true);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return edges;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mts|mjs|js|astro)$/.test(e.name)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

const FILES = ['src', 'scripts', 'test']
  .flatMap((d) => sourceFiles(join(ROOT, d)))
  .concat(join(ROOT, 'astro.config.mjs'));
const EDGES = FILES.flatMap((f) => importsOf(rel(f), readFileSync(f, 'utf8')));

const ASTRO_CONTENT_READERS = new Set(['src/content.config.ts', 'src/lib/site-data.ts']);
const DATA_VALUE_IMPORTERS = new Set(['src/lib/publication.ts', 'src/lib/site-data.ts', 'src/content.config.ts']);
const inData = (p: string) => p.startsWith('src/data/');
const mayImportDataValues = (p: string) =>
  inData(p) || DATA_VALUE_IMPORTERS.has(p) || p.startsWith('scripts/') || p.startsWith('test/');

const show = (edges: ImportEdge[]) => edges.map((e) => `${e.from} → ${e.specifier}`);

/** The violations of the four rules in a set of import edges. */
export function boundaryViolations(edges: ImportEdge[]): Record<string, string[]> {
  // Files the browser bundle pulls in: src/client/ and everything it imports by value, transitively.
  const valueImports = new Map<string, string[]>();
  for (const e of edges) if (e.value) valueImports.set(e.from, [...(valueImports.get(e.from) ?? []), e.target]);
  const bundled = new Set(edges.map((e) => e.from).filter((f) => f.startsWith('src/client/')));
  for (const todo = [...bundled]; todo.length > 0;) {
    for (const t of valueImports.get(todo.pop()!) ?? [])
      if (t.startsWith('src/') && !bundled.has(t)) {
        bundled.add(t);
        todo.push(t);
      }
  }
  return {
    astroContent: show(edges.filter((e) => e.specifier === 'astro:content' && !ASTRO_CONTENT_READERS.has(e.from))),
    dataValues: show(edges.filter((e) => e.value && inData(e.target) && !mayImportDataValues(e.from))),
    client: show(
      edges.filter(
        (e) =>
          inData(e.target) && (e.from.startsWith('src/client/') || (e.value && bundled.has(e.from) && !inData(e.from))),
      ),
    ),
    scriptsToTest: show(edges.filter((e) => e.from.startsWith('scripts/') && e.target.startsWith('test/'))),
    layers: show(edges.filter((e) => layerOf(e.from) >= 0 && layerOf(e.target) > layerOf(e.from))),
  };
}

/**
 * The layers, lowest first: src/rules imports nothing of the project's, src/data
 * only rules, and everything above builds on both (types included, so the
 * graph reads one way: rules ← data ← boundary ← route data ← pages, client).
 */
function layerOf(path: string): number {
  if (path.startsWith('src/rules/')) return 0;
  if (path.startsWith('src/data/')) return 1;
  if (path.startsWith('src/')) return 2;
  return -1; // scripts/, test/, packages: outside the layering
}

describe('the publication boundary in the import graph', () => {
  it('reads the whole source tree (so an empty graph cannot pass)', () => {
    expect(EDGES.filter((e) => e.specifier === 'astro:content').map((e) => e.from)).toContain('src/lib/site-data.ts');
    expect(EDGES.filter((e) => e.from.startsWith('src/client/')).length).toBeGreaterThan(10);
  });

  it('holds: no import crosses it', () => {
    expect(boundaryViolations(EDGES)).toEqual({
      astroContent: [],
      dataValues: [],
      client: [],
      scriptsToTest: [],
      layers: [],
    });
  });

  it('is judged as the compiler judges imports: type-only is not a value, a mixed import is', () => {
    const judged = importsOf(
      'src/components/X.astro',
      [
        '---',
        "import type { A } from '../data/service-record.ts';",
        "import { type B } from '../data/form-b-template.ts';",
        "import {\n  type C,\n  REVOCATION_GROUNDS,\n} from '../data/service-record.ts';",
        "export { D } from '../data/site-profile.ts';",
        '---',
        '<p>x</p>',
        "<script>import { e } from '../client/verify.ts'; await import('../data/x.ts');</script>",
      ].join('\n'),
    ).map((e) => [e.target, e.value]);
    expect(judged).toEqual([
      ['src/data/service-record.ts', false],
      ['src/data/form-b-template.ts', false],
      ['src/data/service-record.ts', true],
      ['src/data/site-profile.ts', true],
      ['src/client/verify.ts', true],
      ['src/data/x.ts', true],
    ]);
  });

  it('fails on a planted import of each kind', () => {
    const planted = [
      ...importsOf('src/pages/index.astro', "---\nimport { getCollection } from 'astro:content';\n---\n"),
      ...importsOf(
        'src/lib/formats/service-json.ts',
        "import { FACE_SHEET_FIELDS } from '../../data/service-record.ts';",
      ),
      ...importsOf('src/client/verify.ts', "import type { Catalogue } from '../data/load-catalogue.ts';"),
      // Transitively: a browser module imports a helper that imports a raw-record value.
      ...importsOf('src/client/compare.ts', "import { x } from '../lib/helper.ts';"),
      ...importsOf('src/lib/helper.ts', "import { y } from '../data/service-record.ts';"),
      ...importsOf('scripts/search-probe.ts', "import { listHtmlFiles } from '../test/support/dist-files.ts';"),
      // Upward: a rule that needs the data layer, data that needs a page-side module.
      ...importsOf('src/rules/status.ts', "import type { StoredService } from '../data/stored-service.ts';"),
      ...importsOf('src/data/search-synonyms.ts', "import type { X } from '../lib/search-expansion.ts';"),
    ];
    expect(boundaryViolations(planted)).toEqual({
      astroContent: ['src/pages/index.astro → astro:content'],
      dataValues: [
        'src/lib/formats/service-json.ts → ../../data/service-record.ts',
        'src/lib/helper.ts → ../data/service-record.ts',
      ],
      client: ['src/client/verify.ts → ../data/load-catalogue.ts', 'src/lib/helper.ts → ../data/service-record.ts'],
      scriptsToTest: ['scripts/search-probe.ts → ../test/support/dist-files.ts'],
      layers: [
        'src/rules/status.ts → ../data/stored-service.ts',
        'src/data/search-synonyms.ts → ../lib/search-expansion.ts',
      ],
    });
  });
});
