/**
 * npm run check — the secretariat's fast validator, run before committing.
 * Checks content/ exactly as the build does and names every problem as
 * file:line:column, field and rule. Exit code 1 when anything is wrong.
 * After OK it says what the repository holds that the site never shows, and
 * what is still unfinished (Form B rows not yet confirmed, no open-data licence).
 */
import { loadCatalogue } from '../src/data/load-catalogue.ts';
import { CatalogueError, warningReport } from '../src/data/data-problem.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { LICENCE_UNSET_WARNING, licenceOf, loadSiteProfile } from '../src/data/site-profile.ts';
import { loadSearchDictionary } from '../src/data/search-synonyms.ts';
import { catalogueHoldings, holdingsReport } from '../src/data/catalogue-holdings.ts';
import { publicationDate } from '../src/lib/publication-date.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = `使い方: npm run check [-- <content フォルダ>]

content/form-b.yaml（申請書B様式）、content/site.yaml（運営者・問合せ先・オープンデータの利用条件）、
content/search-synonyms.yaml（検索の同義語・地域の辞書）と content/services/*.yaml（認定サービス）を検査します。
誤りがあれば「ファイル:行:列 フィールド: 内容」の形で一覧を表示し、終了コード 1 で終わります。
誤りがなければ、添付書類等のある回答と公表留保中の回答の件数（リポジトリにだけある非公開の情報）、
公式様式で未確認の様式の行数を表示します。公表留保は環境変数 PUBLICATION_DATE（既定: 日本時間の今日）の時点で数えます。
注意（表計算ソフトで数式と読まれる先頭の文字、一定の要件の回答の中の否定の言い回しなど）は表示するだけで、終了コードは 0 です。
フォルダは引数か環境変数 CATALOGUE_DIR で変えられます（既定: content）。`;

const { positionals } = cliArgs({}, USAGE, { maxPositionals: 1 });
const dir = positionals[0] ?? resolveContentDir();
const started = performance.now();
const problems: CatalogueError[] = [];
/** Runs one loader, keeping its data errors so that one run lists the problems of every file. */
function attempt<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (e) {
    if (!(e instanceof CatalogueError)) throw e;
    problems.push(e);
    return undefined;
  }
}
const profile = attempt(() => loadSiteProfile(dir));
const dictionary = attempt(() => loadSearchDictionary(dir));
const catalogue = attempt(() => loadCatalogue(dir));
if (!profile || !dictionary || !catalogue) {
  console.error(new CatalogueError(problems.flatMap((p) => p.problems)).message);
  process.exit(1);
}
const { template, services, warnings } = catalogue;
const ms = Math.round(performance.now() - started);
if (warnings.length) console.error(warningReport(warnings));
console.log(
  `OK: 様式 ${template.version}（${template.rows.length} 行）、認定サービス ${services.length} 件、検索の辞書（まとまり ${dictionary.groups.length}、広げる語 ${Object.keys(dictionary.expansions).length}）に誤りはありません（${ms} ms）`,
);
for (const line of holdingsReport(catalogueHoldings(catalogue, publicationDate()))) console.log(line);
// On stdout: a warning does not fail the check, and stderr is kept for the errors that do.
if (!licenceOf(profile)) console.log(`警告: ${LICENCE_UNSET_WARNING}`);
