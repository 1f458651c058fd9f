/**
 * The secretariat's one-off settings files in content/ (site.yaml,
 * search-synonyms.yaml): read through the same door as every content file
 * (a regular file, strict UTF-8, the text policy, no tags), then checked
 * against their schema, with every problem placed at its line and field.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { CatalogueError, fieldPath } from './data-problem.ts';
import { positionOf, type SourceFile } from './yaml-source.ts';
import { readYamlFile } from './load-catalogue.ts';
import { schemaIssues } from './zod-messages.ts';

// A dangling link does not "exist", but it must still be refused by name rather than reported as missing.
const isSymlink = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

export interface SettingsFile<T> {
  /** The path as errors print it (relative to the working directory). */
  file: string;
  value: T;
  /** The source with positions, for checks that run after the schema. */
  locate: () => SourceFile;
}

export function readSettingsFile<S extends z.ZodType>(
  contentDir: string,
  name: string,
  options: { yaml: 'failsafe' | 'core'; schema: S; missing: string },
  cwd: string = process.cwd(),
): SettingsFile<z.output<S>> {
  const path = join(contentDir, name);
  const file = relative(cwd, path) || path;
  const read = existsSync(path) || isSymlink(path) ? readYamlFile(path, file, options.yaml) : null;
  if (read === null) throw new CatalogueError([{ file, line: 1, col: 1, field: '', message: options.missing }]);
  if ('problems' in read) throw new CatalogueError(read.problems);
  const parsed = options.schema.safeParse(read.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    const source = read.locate();
    throw new CatalogueError(
      schemaIssues(parsed.error).map((i) => ({
        file,
        ...positionOf(source, i.path),
        field: fieldPath(i.path),
        message: i.message,
      })),
    );
  }
  return { file, value: parsed.data, locate: read.locate };
}
