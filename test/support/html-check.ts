/**
 * HTML validation of the built pages with html-validate's recommended preset
 * (which includes its accessibility rules: WCAG techniques, aria-*, labels,
 * headings, landmarks…).
 *
 * The configuration is static (StaticConfigLoader): no .htmlvalidate.json is
 * looked up, so what is checked is exactly what is written here.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { relativePath } from '../../scripts/lib/dist-files.ts';

/**
 * Rules relaxed because they conflict with legitimate Astro output — each
 * with a one-line reason. None are needed so far: Astro 7's output (scoped
 * data-astro-cid-* attributes, hoisted <style>, inlined module <script>) is
 * clean under the recommended preset. Never relax an accessibility rule
 * (wcag/*, aria-*, *-label*, heading, landmark, alt, text-content) here: fix
 * the page instead.
 *
 * - prefer-native-element, for role="region" only: a `.table-scroll` box is a
 *   <div> whose role, name and tabindex come together from one helper
 *   (src/lib/scroll-region.ts, the usual focusable-scroll-region pattern); it
 *   is a scroll container for one table, not a section of the page's outline.
 */
export const RELAXED_RULES: ConfigData['rules'] = {
  'prefer-native-element': ['error', { exclude: ['region'] }],
};

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { ...RELAXED_RULES },
};

export interface HtmlProblem {
  /** File relative to dist. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  /** Error (2) or warning (1). */
  severity: number;
  selector: string | null;
}

export function createValidator(config: ConfigData = HTML_VALIDATE_CONFIG): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** Validates each file; returns every message (errors and warnings), in file order. */
export async function validateHtmlFiles(
  distDir: string,
  files: readonly string[],
  validator = createValidator(),
): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const path of files) {
    const file = relativePath(distDir, path);
    const report = await validator.validateString(readFileSync(path, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) {
        problems.push({
          file,
          line: m.line,
          column: m.column,
          ruleId: m.ruleId,
          message: m.message,
          severity: m.severity,
          selector: m.selector,
        });
      }
    }
  }
  return problems;
}

export function formatHtmlProblems(problems: readonly HtmlProblem[], limit = 300): string {
  const lines = problems
    .slice(0, limit)
    .map((p) => `  ${p.file}:${p.line}:${p.column} ${p.ruleId}: ${p.message}${p.selector ? ` (${p.selector})` : ''}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  const byRule = new Map<string, number>();
  for (const p of problems) byRule.set(p.ruleId, (byRule.get(p.ruleId) ?? 0) + 1);
  const summary = [...byRule]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r}×${n}`)
    .join(', ');
  return `${problems.length} HTML problem(s) (${summary}):\n${lines.join('\n')}`;
}
