/**
 * A problem in the secretariat's data: where it is, which field, which rule.
 * Messages are Japanese because the people who fix them read Japanese.
 */
export interface DataProblem {
  file: string;
  line: number;
  col: number;
  /** Field path such as answers.sales.content (empty for the whole file). */
  field: string;
  message: string;
}

export function formatProblem(p: DataProblem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`;
}

export class CatalogueError extends Error {
  readonly problems: readonly DataProblem[];
  constructor(problems: readonly DataProblem[]) {
    super(
      [
        `データに ${problems.length} 件の誤りがあります。公開できません。`,
        ...problems.map((p) => `  ${formatProblem(p)}`),
      ].join('\n'),
    );
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Warnings do not stop publication; they are printed for a second look. */
export function warningReport(warnings: readonly DataProblem[]): string {
  return [
    `注意が ${warnings.length} 件あります（誤りではないので公開はできます）。`,
    ...warnings.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
