/** scripts/run-all.ts, which runs `npm run lint`'s three tools side by side. */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ROOT } from '../support/bad-catalogue.ts';

const runAll = (...commands: string[]) =>
  spawnSync(process.execPath, ['scripts/run-all.ts', ...commands], { cwd: ROOT, encoding: 'utf8' });
const node = (code: string) => `"${process.execPath}" -e "${code}"`;

test('prints each command’s output in one piece and exits with the failing one’s code', () => {
  const r = runAll(node("console.log('a1');setTimeout(()=>console.log('a2'),300)"), node('process.exit(3)'));
  expect(r.status).toBe(3);
  // The slow command's two lines stay together although the other ended in between.
  expect(r.stdout).toMatch(/a1\na2/);
  expect(r.stderr).toContain('process.exit(3)');
});

test('exits 0 when every command succeeds', () => {
  expect(runAll(node("console.log('ok')"), node("console.log('ok')")).status).toBe(0);
});
