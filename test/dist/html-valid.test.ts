/**
 * Every page of the built site is valid HTML under html-validate's
 * recommended preset (accessibility rules included). Relaxed rules, if any,
 * are listed with their reasons in test/support/html-check.ts.
 */
import { expect, test } from 'vitest';
import { listHtmlFiles } from '../../scripts/lib/dist-files.ts';
import { formatHtmlProblems, validateHtmlFiles } from '../support/html-check.ts';
import { requireDist } from '../support/paths.ts';

test('every .html file in dist is valid (html-validate:recommended)', async () => {
  const dist = requireDist();
  const files = listHtmlFiles(dist);
  expect(files.length, `no .html files in ${dist}`).toBeGreaterThan(0);
  const problems = await validateHtmlFiles(dist, files);
  if (problems.length) expect.fail(formatHtmlProblems(problems));
});
