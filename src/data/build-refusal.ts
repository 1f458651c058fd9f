/**
 * A build refused for bad data says so in the secretariat's words and stops:
 * the same Japanese list as `npm run check`, one line saying the build
 * stopped, exit code 1. Thrown from a content loader, the error would also
 * get Astro's "Location:" and "Stack trace:" with the machine's absolute
 * paths — noise to the secretariat, and nothing they can act on.
 */
import { CatalogueError } from './data-problem.ts';

export const BUILD_STOPPED =
  'データに誤りがあるため、ビルドを中止しました。何も出力していません（npm run check で同じ一覧を確認できます）。';

/** Prints the problems and ends the process when `e` is bad data; rethrows anything else (a bug deserves its stack trace). */
export function stopBuildOnBadData(e: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): never {
  if (!(e instanceof CatalogueError)) throw e;
  write(`${e.message}\n${BUILD_STOPPED}\n`);
  process.exit(1);
}
