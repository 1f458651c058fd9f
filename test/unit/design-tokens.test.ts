import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { trimTokens } from '../../src/integrations/design-tokens.ts';

const TOKENS = `/**
 * generated
 */

:root {
  --color-primitive-blue-50: #e8f1fe;
  --color-primitive-blue-900: #0017c1;
  --color-primitive-red-800: #ec0000;
  --space-4: 16px;
  --accent-token: var(--color-primitive-blue-900);
  --unused-token: var(--color-primitive-red-800);
}
`;
const declared = (css: string) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);

describe('design tokens kept in the stylesheet', () => {
  test('only those a source names, and those their values name in turn', () => {
    const css = trimTokens(TOKENS, ['.a { padding: var(--space-4); color: var(--accent-token); }']);
    expect(declared(css)).toEqual(['--color-primitive-blue-900', '--space-4', '--accent-token']);
    expect(css).toContain(':root {');
  });

  test('a name written outside var() (setProperty, a style attribute) keeps its token', () => {
    const css = trimTokens(TOKENS, ["el.style.setProperty('--color-primitive-blue-50', x)"]);
    expect(declared(css)).toEqual(['--color-primitive-blue-50']);
  });

  test('the real tokens file: what the site uses stays, most of the rest goes', () => {
    const real = readFileSync(
      join(import.meta.dirname, '../../node_modules/@digital-go-jp/design-tokens/dist/tokens.css'),
      'utf8',
    );
    const css = trimTokens(real, [
      'body { font-size: var(--font-size-16); color: var(--color-neutral-solid-gray-800); }',
    ]);
    expect(declared(css)).toEqual(expect.arrayContaining(['--font-size-16', '--color-neutral-solid-gray-800']));
    expect(declared(css).length).toBeLessThan(declared(real).length / 10);
  });
});
