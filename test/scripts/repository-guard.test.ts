/**
 * The repository guard (scripts/repository-guard.ts): the publish workflow
 * deploys only from a private repository, whatever triggered it, and the
 * pull-request check warns with the same message without failing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { needsLookup, verdict, visibilityOf, workflowCommand } from '../../scripts/lib/repository-visibility.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('visibilityOf: what the workflow context says', () => {
  test.each([
    [{ visibility: 'public', private: 'false' }, 'public'],
    [{ visibility: 'private', private: 'true' }, 'private'],
    [{ visibility: 'internal', private: 'true' }, 'internal'],
    [{ visibility: 'PUBLIC' }, 'public'],
    // Older payloads and GHES: only the boolean.
    [{ visibility: '', private: 'true' }, 'private'],
    [{ visibility: '', private: 'false' }, 'public'],
    [{ private: true }, 'private'],
    [{ private: false }, 'public'],
    // A schedule run: `${{ github.event.repository.* }}` are empty strings.
    [{ visibility: '', private: '' }, 'unknown'],
    [{}, 'unknown'],
    [{ visibility: 'secret' }, 'unknown'],
  ] as const)('%j → %s', (facts, expected) => {
    expect(visibilityOf(facts)).toBe(expected);
  });

  test('visibility wins over a contradicting boolean (it is the newer, finer field)', () => {
    expect(visibilityOf({ visibility: 'public', private: 'true' })).toBe('public');
  });

  test('only an empty context needs the REST API', () => {
    expect(needsLookup({ visibility: '', private: '' })).toBe(true);
    expect(needsLookup({ visibility: 'public' })).toBe(false);
    expect(needsLookup({ private: 'false' })).toBe(false);
  });
});

describe('verdict: publish refuses, check warns', () => {
  test('a private repository deploys silently', () => {
    expect(verdict('private', 'publish')).toMatchObject({ proceed: true, level: 'ok', lines: [] });
    expect(verdict('private', 'check')).toMatchObject({ proceed: true, level: 'ok', lines: [] });
  });

  test('a public repository stops the deploy, and the message says why (§12) and what to do', () => {
    const v = verdict('public', 'publish');
    expect(v.proceed).toBe(false);
    expect(v.level).toBe('error');
    const text = v.lines.join('\n');
    expect(text).toContain('§12');
    expect(text).toMatch(/添付書類等/);
    expect(text).toMatch(/公表留保/);
    expect(text).toMatch(/履歴/);
    expect(text).toMatch(/フォーク/);
    expect(text).toMatch(/非公開（private）/);
    expect(text).toMatch(/dist\/ だけを別の静的ホスティング/);
  });

  test('the pull-request check prints the same reasons as a warning and does not fail', () => {
    const check = verdict('public', 'check');
    expect(check).toMatchObject({ proceed: true, level: 'warning' });
    expect(check.lines).toEqual(verdict('public', 'publish').lines);
  });

  test('an unreadable visibility fails closed when publishing', () => {
    expect(verdict('unknown', 'publish')).toMatchObject({ proceed: false, level: 'error' });
    expect(verdict('unknown', 'check')).toMatchObject({ proceed: true, level: 'warning' });
  });

  test('internal deploys with a warning (readable by the whole enterprise)', () => {
    expect(verdict('internal', 'publish')).toMatchObject({ proceed: true, level: 'warning' });
  });
});

test('workflowCommand keeps a multi-line message in one annotation', () => {
  expect(workflowCommand('error', 'a: b, c', ['1行目', '100%', '3行目'])).toBe(
    '::error title=a%3A b%2C c::1行目%0A100%25%0A3行目',
  );
});

describe('the script, as the workflows run it', () => {
  const run = (mode: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'repository-guard.ts'), '--mode', mode], {
      cwd: ROOT,
      encoding: 'utf8',
      // No token and no repository: the REST API is never asked from a test.
      env: { PATH: process.env['PATH'] ?? '', GITHUB_ACTIONS: 'true', ...env },
    });

  test('publish exits 1 for a public repository and prints an error annotation', () => {
    const r = run('publish', { REPOSITORY_VISIBILITY: 'public', REPOSITORY_PRIVATE: 'false' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error title=/m);
  });

  test('publish exits 0 for a private repository', () => {
    expect(run('publish', { REPOSITORY_VISIBILITY: 'private', REPOSITORY_PRIVATE: 'true' }).status).toBe(0);
  });

  test('a schedule run with no payload and no way to ask the API does not deploy', () => {
    expect(run('publish', { REPOSITORY_VISIBILITY: '', REPOSITORY_PRIVATE: '' }).status).toBe(1);
  });

  test('check exits 0 with a warning annotation for a public repository', () => {
    const r = run('check', { REPOSITORY_VISIBILITY: 'public' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=/m);
  });
});

describe('both workflows run the guard before anything reads content/', () => {
  const steps = (file: string, job: string) =>
    (
      parse(readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8')) as {
        jobs: Record<string, { steps: { run?: string }[] }>;
      }
    ).jobs[job]!.steps;

  test.each([
    ['publish.yml', 'build', '--mode publish'],
    ['check.yml', 'check-and-test', '--mode check'],
  ])('%s', (file, job, mode) => {
    const runs = steps(file, job).map((s) => s.run ?? '');
    const guard = runs.findIndex((r) => r.includes('scripts/repository-guard.ts') && r.includes(mode));
    expect(guard).toBeGreaterThanOrEqual(0);
    expect(guard).toBeLessThan(runs.findIndex((r) => r.startsWith('npm ')));
  });
});
