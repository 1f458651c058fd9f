/**
 * axe-core in a real page, the one way every test runs it.
 *
 *   await useAxe(context);                       // once per context: axe loads with every page
 *   expect(await axeViolations(page)).toEqual([]);
 *
 * or, for a single page, `await axeViolations(page)` alone (it injects axe if
 * the page has none). Rules: WCAG 2.0/2.1/2.2 A and AA (WCAG_TAGS) unless
 * `tags` says otherwise. `include` limits the check to parts of the page (the
 * sitemap sweep checks the header and footer once and then only <main>).
 * Results are one line per violation: `rule-id: help — target, target (N)`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

export const WCAG_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Loads axe into every page the context opens from now on (cheaper than injecting after each navigation). */
export async function useAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

export interface AxeOptions {
  /** axe tags to run (default WCAG_TAGS). */
  tags?: readonly string[];
  /** CSS selectors of the parts to check (default: the whole document). */
  include?: readonly string[];
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function axeViolations(page: Page, { tags = WCAG_TAGS, include }: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(
    async ({ tags, include }) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const context = include ? { include: include.map((s) => [s]) } : document;
      return (await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }))
        .violations;
    },
    { tags: [...tags], include: include ? [...include] : undefined },
  );
  return found.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 5 ? ', …' : ''} (${v.nodes.length})`,
  );
}
