/**
 * Whether this repository may publish the site. content/ holds what the site
 * must never show (添付書類等, withheld answers and their reasons); a public
 * repository shows all of it, history included, so the publish workflow
 * refuses to deploy from one and the pull-request check warns. The decision and
 * its message live here so both workflows say the same thing.
 */

export type Visibility = 'public' | 'private' | 'internal' | 'unknown';

/**
 * What the workflow could learn about the repository: `visibility` and
 * `private` from the event payload or the REST API (`GET /repos/{owner}/{repo}`).
 * Expressions such as `${{ github.event.repository.private }}` arrive as
 * strings, and as '' when the payload has no repository (a `schedule` run).
 */
export interface RepositoryFacts {
  visibility?: string | null | undefined;
  private?: boolean | string | null | undefined;
}

export function visibilityOf(facts: RepositoryFacts): Visibility {
  const v = (facts.visibility ?? '').trim().toLowerCase();
  if (v === 'public' || v === 'private' || v === 'internal') return v;
  const p = typeof facts.private === 'string' ? facts.private.trim().toLowerCase() : facts.private;
  if (p === true || p === 'true') return 'private';
  if (p === false || p === 'false') return 'public';
  return 'unknown';
}

/** True when the facts say nothing, so the caller should ask the REST API. */
export function needsLookup(facts: RepositoryFacts): boolean {
  return visibilityOf(facts) === 'unknown';
}

/** `publish`: the deploy workflow (refuses). `check`: the pull-request check (warns only). */
export type GuardMode = 'publish' | 'check';

export interface Verdict {
  /** False only when the publish workflow must stop. */
  proceed: boolean;
  level: 'ok' | 'warning' | 'error';
  title: string;
  /** Lines of the message (empty when there is nothing to say). */
  lines: string[];
}

const WHY = [
  'content/ の YAML には、サイトに出さない情報が入っています: 添付書類等（疎明資料の名称と記載箇所）、公表留保中の回答と留保の理由。',
  '公開リポジトリでは、これらがコミットの履歴ごと誰でも読め、フォークや複製にも履歴がそのまま引き継がれます。',
  '認定機関は、事業者から得た公になっていない情報を、事業者の承諾なく第三者に開示しないことになっています（制度の概要 §12(1) 守秘義務）。',
];

const WHAT_TO_DO = [
  '対処（どちらか）:',
  '  1. リポジトリを非公開（private）にし、非公開リポジトリで GitHub Pages を使えるプラン（GitHub Pro・Team・Enterprise）で公開する。',
  '  2. 非公開リポジトリで npm run build し、出来た dist/ だけを別の静的ホスティング（GitHub 以外でもよい）に置く。',
  '非公開にしても、すでに作られた公開フォークや複製は公開のまま残ります。フォークの有無を確かめ、必要なら事務局で対応を決めてください。',
];

export function verdict(visibility: Visibility, mode: GuardMode): Verdict {
  const stop = mode === 'publish';
  switch (visibility) {
    case 'private':
      return { proceed: true, level: 'ok', title: 'リポジトリは非公開です', lines: [] };
    case 'internal':
      // Not public, and Pages works from it; but every member of the enterprise can read the evidence.
      return {
        proceed: true,
        level: 'warning',
        title: 'リポジトリは internal（企業アカウントの全員が読める）です',
        lines: [
          'content/ の添付書類等・公表留保中の回答と理由は、企業アカウントに属する全員が読めます。',
          '読める人を事務局に限るには、リポジトリを非公開（private）にしてください（制度の概要 §12(1) 守秘義務）。',
        ],
      };
    case 'public':
      return {
        proceed: !stop,
        level: stop ? 'error' : 'warning',
        title: stop ? '公開リポジトリからは公開しません' : 'このリポジトリは公開（public）です',
        lines: ['このリポジトリは公開（public）に設定されています。', ...WHY, ...WHAT_TO_DO],
      };
    case 'unknown':
      // Fail closed: a deploy that cannot tell is treated as a deploy from a public repository.
      return {
        proceed: !stop,
        level: stop ? 'error' : 'warning',
        title: 'リポジトリが非公開か確かめられません',
        lines: [
          'リポジトリの公開設定を読めませんでした（イベントにリポジトリの情報がなく、GitHub API にも問い合わせられませんでした）。',
          ...(stop ? ['公開リポジトリからの公開を防ぐため、確かめられないときは公開しません。'] : []),
          ...WHY,
          ...WHAT_TO_DO,
        ],
      };
  }
}

/** A GitHub Actions workflow command (`::error title=…::…`); its data may hold line breaks only as %0A. */
export function workflowCommand(level: 'warning' | 'error', title: string, lines: readonly string[]): string {
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} title=${escapeProperty(title)}::${escapeData(lines.join('\n'))}`;
}
