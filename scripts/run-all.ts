/**
 * node scripts/run-all.ts '<command>' '<command>' …
 *
 * Runs the commands at the same time (each through the shell, with npm's
 * PATH) and prints each one's output in one piece when it ends, so the
 * outputs never interleave. Exits with the first non-zero exit code, after
 * every command has ended.
 *
 * For `npm run lint`: prettier, astro check and the typed ESLint run one
 * after another in about 52 s of CPU on one core each (issue 16); here
 * prettier runs beside the other two. ESLint still waits for astro check:
 * its typed rules need the astro:content types that check writes, and on a
 * clean clone (CI) they do not exist before it has run.
 */
import { spawn } from 'node:child_process';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error("使い方: node scripts/run-all.ts '<コマンド>' '<コマンド>' …");
  process.exit(2);
}

const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise<{ command: string; code: number; output: string; ms: number }>((resolve) => {
        const started = performance.now();
        const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code, signal) => {
          const ms = performance.now() - started;
          const result = { command, code: code ?? (signal ? 1 : 0), output, ms };
          process.stdout.write(`\n> ${command}（${(ms / 1000).toFixed(1)} s、終了コード ${result.code}）\n${output}`);
          resolve(result);
        });
      }),
  ),
);
const failed = results.find((r) => r.code !== 0);
if (failed) {
  console.error(`\n失敗しました: ${failed.command}（終了コード ${failed.code}）`);
  process.exit(failed.code);
}
