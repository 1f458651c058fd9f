/**
 * npm run check — the secretariat's fast validator, run before committing.
 * Checks content/ exactly as the build does and names every problem as
 * file:line:column, field and rule. Exit code 1 when anything is wrong.
 */
import { loadCatalogue } from '../src/data/load-catalogue.ts';
import { CatalogueError, warningReport } from '../src/data/data-problem.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`使い方: npm run check [-- <content フォルダ>]

content/form-b.yaml（申請書B様式）と content/services/*.yaml（認定サービス）を検査します。
誤りがあれば「ファイル:行:列 フィールド: 内容」の形で一覧を表示し、終了コード 1 で終わります。
注意（表計算ソフトで数式と読まれる先頭の文字など）は表示するだけで、終了コードは 0 です。
フォルダは引数か環境変数 CATALOGUE_DIR で変えられます（既定: content）。`);
  process.exit(0);
}

const dir = args[0] ?? resolveContentDir();
const started = performance.now();
try {
  const { template, services, warnings } = loadCatalogue(dir);
  const ms = Math.round(performance.now() - started);
  if (warnings.length) console.error(warningReport(warnings));
  console.log(
    `OK: 様式 ${template.version}（${template.rows.length} 行）、認定サービス ${services.length} 件に誤りはありません（${ms} ms）`,
  );
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
