/**
 * Every page of the built site passes the Nu HTML checker (vnu-jar, the W3C
 * validator), errors only. One java run checks every .html file in dist; the
 * checker stops at the first fatal error of a page (e.g. a <script> after
 * </html>), so a page with one is reported, never silently half-checked.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { listHtmlFiles, relativePath } from '../../scripts/lib/dist-files.ts';
import { requireDist } from '../support/paths.ts';

const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build',
  'dist',
  'vnu.jar',
);

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

test('every .html file in dist has no Nu HTML checker errors', async () => {
  const dist = requireDist();
  const files = listHtmlFiles(dist);
  expect(files.length, `no .html files in ${dist}`).toBeGreaterThan(0);
  // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
  const { stderr } = await promisify(execFile)(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files],
    {
      maxBuffer: 64 * 1024 * 1024,
    },
  ).catch((e: { stderr?: string; message: string }) => {
    if (e.stderr && e.stderr.trimStart().startsWith('{')) return { stderr: e.stderr };
    throw new Error(`vnu did not run (is Java installed?): ${e.message}`);
  });
  const { messages } = JSON.parse(stderr) as { messages: NuMessage[] };
  const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
  const where = (m: NuMessage) => relativePath(dist, decodeURIComponent(new URL(m.url).pathname));
  expect(
    errors.map((m) => `${where(m)}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'} ${m.message} — ${m.extract ?? ''}`),
  ).toEqual([]);
}, 120_000);
