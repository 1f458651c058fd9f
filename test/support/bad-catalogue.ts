/**
 * Temp catalogues for the bad-data tests: the real template plus the valid
 * fixture service, with one thing changed. Shared by the loader's table
 * (test/unit/bad-data.test.ts) and the `npm run check` CLI tests
 * (test/scripts/check-cli.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TEMPLATE = join(ROOT, 'content', 'form-b.yaml');
export const VALID_SERVICES = join(ROOT, 'test', 'fixtures', 'bad-data', 'valid', 'services');
export const FILE = 'ip0001-1302.yaml';
export const VALID = readFileSync(join(VALID_SERVICES, FILE), 'utf8');

const made: string[] = [];

/** A temp folder for removeCatalogues to remove too. */
export function removeLater(dir: string): void {
  made.push(dir);
}

/** Removes the temp catalogues made so far: `afterEach(removeCatalogues)`. */
export function removeCatalogues(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Setup {
  /** New text (or bytes) of the fixture service file. */
  text?: string | Uint8Array;
  fileName?: string;
  extra?: Record<string, string>;
  /** Anything else done to the temp catalogue (links, folders, other encodings). */
  then?: (dir: string) => void;
}

/** A temp catalogue: the real template plus the valid fixture services, then the given changes. */
export function catalogue(opts: Setup = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-bad-data-'));
  made.push(dir);
  cpSync(TEMPLATE, join(dir, 'form-b.yaml'));
  // npm run check also reads the site's identity and open-data terms.
  cpSync(join(ROOT, 'content', 'site.yaml'), join(dir, 'site.yaml'));
  cpSync(join(ROOT, 'content', 'search-synonyms.yaml'), join(dir, 'search-synonyms.yaml'));
  cpSync(VALID_SERVICES, join(dir, 'services'), { recursive: true });
  const path = join(dir, 'services', FILE);
  if (opts.text !== undefined) writeFileSync(path, opts.text);
  if (opts.fileName !== undefined) renameSync(path, join(dir, 'services', opts.fileName));
  for (const [name, text] of Object.entries(opts.extra ?? {})) writeFileSync(join(dir, 'services', name), text);
  opts.then?.(dir);
  return dir;
}

/** Replaces exactly one occurrence, so a mutation can never silently do nothing. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`fixture edit: expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line of the first line equal to `line`, searching after the line equal to `after` if given. */
export function lineOf(text: string, line: string, after?: string): number {
  const lines = text.split('\n');
  const from = after === undefined ? 0 : lines.indexOf(after) + 1;
  if (after !== undefined && from === 0) throw new Error(`anchor line not found: ${after}`);
  const i = lines.indexOf(line, from);
  if (i < 0) throw new Error(`line not found: ${line}`);
  return i + 1;
}
