import { expect, test } from 'vitest';
import { slowestLine } from './summary-reporter.ts';

test('the slowest files line lists the slowest first, at most n of them', () => {
  const files = [
    { project: 'unit', file: 'a.test.ts', ms: 1200 },
    { project: 'e2e', file: 'b.test.ts', ms: 45_000 },
    { project: 'dist', file: 'c.test.ts', ms: 9_050 },
  ];
  expect(slowestLine(files, 2)).toBe('slowest files: e2e/b.test.ts 45.0 s, dist/c.test.ts 9.1 s');
});
