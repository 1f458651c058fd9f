/**
 * node scripts/repository-guard.ts --mode publish|check — run by the GitHub
 * Actions workflows before anything else. Reads the repository's visibility
 * and, in the publish workflow, stops the deploy when the repository is public
 * or its visibility cannot be read; in the pull-request check it only warns.
 *
 * The event payload carries the repository for push, pull_request and
 * workflow_dispatch but not for schedule, so when the workflow passes nothing
 * usable the script asks the REST API with the job's GITHUB_TOKEN
 * (repository metadata is readable with `contents: read`).
 */
import { appendFileSync } from 'node:fs';
import {
  needsLookup,
  verdict,
  visibilityOf,
  workflowCommand,
  type GuardMode,
  type RepositoryFacts,
} from './lib/repository-visibility.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = `使い方: node scripts/repository-guard.ts --mode publish|check

リポジトリが非公開かを確かめます（GitHub Actions の中で実行します）。
  --mode publish  公開（public）か確かめられないときは終了コード 1（公開ワークフローが止まります）
  --mode check    同じ場合に警告だけを表示（終了コード 0）
環境変数: REPOSITORY_VISIBILITY, REPOSITORY_PRIVATE（イベントの値。空なら GitHub API に問い合わせ）,
          GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL, GITHUB_STEP_SUMMARY`;
const { values } = cliArgs({ mode: { type: 'string' } }, USAGE, { maxPositionals: 0 });
const modeArg = values.mode;
if (modeArg !== 'publish' && modeArg !== 'check') {
  console.error('--mode publish または --mode check を指定してください（--help で使い方）');
  process.exit(2);
}
const mode: GuardMode = modeArg;
const env = process.env;

async function lookUp(): Promise<RepositoryFacts> {
  const repo = env['GITHUB_REPOSITORY'];
  const token = env['GITHUB_TOKEN'];
  if (!repo || !token) return {};
  const api = env['GITHUB_API_URL'] || 'https://api.github.com';
  try {
    const res = await fetch(`${api}/repos/${repo}`, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      },
      signal: AbortSignal.timeout(15_000),
    });
    if (!res.ok) {
      console.log(`GitHub API: ${res.status} ${res.statusText}`);
      return {};
    }
    const body = (await res.json()) as { visibility?: string; private?: boolean };
    return { visibility: body.visibility, private: body.private };
  } catch (e) {
    console.log(`GitHub API に問い合わせられませんでした: ${e instanceof Error ? e.message : String(e)}`);
    return {};
  }
}

const fromEvent: RepositoryFacts = { visibility: env['REPOSITORY_VISIBILITY'], private: env['REPOSITORY_PRIVATE'] };
const facts = needsLookup(fromEvent) ? await lookUp() : fromEvent;
const visibility = visibilityOf(facts);
const v = verdict(visibility, mode);

console.log(`リポジトリの公開設定: ${visibility}（${needsLookup(fromEvent) ? 'GitHub API ' : 'イベント'}から）`);
if (v.level !== 'ok') {
  // In Actions an annotation (shown in the log and on the run's page) plus the run summary; elsewhere plain text.
  if (env['GITHUB_ACTIONS'] === 'true') console.log(workflowCommand(v.level, v.title, v.lines));
  else console.log([v.title, ...v.lines].join('\n'));
  const summary = env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, [`### ${v.title}`, '', ...v.lines.map((l) => `${l}  `), ''].join('\n'));
}
process.exit(v.proceed ? 0 : 1);
