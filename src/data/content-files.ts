/**
 * The files of content/, read without ever following a link: a symlink could
 * point outside the repository (and be published), a dangling one crashed the
 * check, and a FIFO would block the build forever. Only regular files are
 * read; everything else is a problem for the secretariat, in Japanese.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';

export type FileRead = { bytes: Buffer } | { problem: string };

export const SYMLINK_MESSAGE = 'シンボリックリンクは使えません。リンクではなく、ファイルそのものを置いてください';
export const NOT_A_FILE_MESSAGE = '通常のファイルではありません。YAML のファイルだけを置いてください';

/** Why the entry `stats` describes cannot be read as a data file, or null when it can. */
export function notRegularFile(stats: Stats): string | null {
  if (stats.isSymbolicLink()) return SYMLINK_MESSAGE;
  if (!stats.isFile()) return NOT_A_FILE_MESSAGE;
  return null;
}

/** Reads a regular file; null when there is nothing at `path`. */
export function readRegularFile(path: string): FileRead | null {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return null;
  }
  const problem = notRegularFile(stats);
  if (problem) return { problem };
  let fd: number;
  try {
    // O_NOFOLLOW and O_NONBLOCK: the entry may have been swapped for a link or a FIFO since the look above.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return { problem: 'ファイルを開けません。ファイルの権限を確認してください' };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile() || opened.ino !== stats.ino) return { problem: NOT_A_FILE_MESSAGE };
    return { bytes: readFileSync(fd) };
  } catch {
    return { problem: 'ファイルを読めません。ファイルの権限を確認してください' };
  } finally {
    closeSync(fd);
  }
}

export interface DirEntry {
  name: string;
  path: string;
  /** Why this entry is not a plain file, or null. */
  problem: string | null;
  isDirectory: boolean;
}

/** Why `path` cannot serve as a folder of content/ (a link to one, or a file), or null when it is a real folder or absent. */
export function directoryProblem(path: string): string | null {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return null;
  }
  if (stats.isSymbolicLink()) return SYMLINK_MESSAGE;
  return stats.isDirectory() ? null : 'フォルダであるべき場所にファイルがあります';
}

/** The entries of a real directory (not a link to one), sorted, hidden files left out; null when there is none. */
export function listDirectory(dir: string): DirEntry[] | null {
  try {
    if (!lstatSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.'))
    .map((d) => ({
      name: d.name,
      path: join(dir, d.name),
      isDirectory: d.isDirectory(),
      problem: d.isSymbolicLink() ? SYMLINK_MESSAGE : d.isFile() || d.isDirectory() ? null : NOT_A_FILE_MESSAGE,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
