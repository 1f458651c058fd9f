/**
 * The Digital Agency design tokens (@digital-go-jp/design-tokens, imported by
 * BaseLayout) define about 230 custom properties; the site uses about 70. The
 * file is in every page's render-blocking stylesheet, so the unused ones cost
 * every page about 6 KB before it can show anything (the search page's budget
 * before its first result is 300 KB). This keeps only the properties that
 * something in src/ names, and those their values name in turn.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const TOKENS_FILE = /@digital-go-jp[\\/]design-tokens[\\/]dist[\\/]tokens\.css(\?.*)?$/;
/** One declaration of the tokens file's :root block: `  --name: value;`. */
const DECLARATION = /^\s*(--[\w-]+)\s*:([^;]*);\s*$/gm;
const NAME = /--[\w-]+/g;
const SOURCE = /\.(astro|css|ts|mdx|md)$/;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
}

/**
 * The tokens CSS without the declarations nothing uses. A name counts as used
 * wherever it is written (var(), setProperty, a style attribute), since a
 * property dropped by mistake would silently fall back to nothing.
 */
export function trimTokens(css: string, sources: readonly string[]): string {
  const declared = new Map([...css.matchAll(DECLARATION)].map((m) => [m[1]!, m[2]!]));
  const used = new Set<string>();
  const use = (name: string): void => {
    if (used.has(name) || !declared.has(name)) return;
    used.add(name);
    for (const [n] of declared.get(name)!.matchAll(NAME)) use(n);
  };
  for (const source of sources) for (const [n] of source.matchAll(NAME)) use(n);
  return css.replace(DECLARATION, (line: string, name: string) => (used.has(name) ? line : ''));
}

export function catalogueDesignTokens(): AstroIntegration {
  return {
    name: 'catalogue-design-tokens',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const src = new URL('src/', config.root).pathname;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'catalogue-design-tokens:trim',
                enforce: 'pre',
                transform(code: string, id: string) {
                  // Read at each transform so a token first used while `astro dev` runs is kept on reload.
                  return TOKENS_FILE.test(id) ? { code: trimTokens(code, sourcesUnder(src)), map: null } : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
