/** The HTML check reports real problems with file:line and passes real Astro output. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/dist-files.ts';
import { formatHtmlProblems, validateHtmlFiles } from './html-check.ts';
import { PROJECT_ROOT } from './paths.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('reports problems, including accessibility ones, as file:line:column', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'html-check-self-'));
  dirs.push(dir);
  writeFileSync(
    join(dir, 'bad.html'),
    '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>t</title></head>\n<body><img src="/a.png">\n<button>x</button><p id="d"></p><p id="d"></p></body></html>\n',
  );
  const problems = await validateHtmlFiles(dir, listHtmlFiles(dir));
  const rules = problems.map((p) => p.ruleId);
  expect(rules).toEqual(expect.arrayContaining(['wcag/h37', 'no-implicit-button-type', 'no-dup-id']));
  expect(problems.find((p) => p.ruleId === 'wcag/h37')).toMatchObject({ file: 'bad.html', line: 3 });
  expect(formatHtmlProblems(problems)).toMatch(/bad\.html:3:\d+ wcag\/h37: /);
});

test('real Astro output (the fixture site) is valid', async () => {
  const dir = join(PROJECT_ROOT, 'test/support/fixtures/site');
  expect(await validateHtmlFiles(dir, listHtmlFiles(dir))).toEqual([]);
});
