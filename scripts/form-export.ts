/**
 * npm run form:export — writes a blank Form B workbook (xlsx) from
 * content/form-b.yaml for applicants to fill in: one sheet, rows in template
 * order, 必須/選択 and 一定の要件 shown, guidance beside each row.
 */
import { resolve, relative } from 'node:path';
import { CatalogueError } from '../src/data/data-problem.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { loadTemplate } from '../src/data/load-catalogue.ts';
import { buildFormWorkbook } from './lib/form-workbook.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = `使い方: npm run form:export [-- --out <ファイル.xlsx>] [--dir <content フォルダ>]

申請書B様式（content/form-b.yaml）から、申請者が記入する空の申請書B（Excel 形式）を作ります。
1枚のシートに様式の順で項目が並び、必須/選択・一定の要件（★）・記入上の注意が見えます。
申請者は「申請内容」「添付書類等」（と実施有無・所在地）の列に記入します。
記入済みのファイルは npm run form:import で取り込めます。

既定の出力先: form-b-<様式の版>.xlsx（現在のフォルダ）`;
const { values } = cliArgs({ out: { type: 'string' }, dir: { type: 'string' } }, USAGE, { maxPositionals: 0 });

try {
  const template = loadTemplate(values.dir ?? resolveContentDir());
  const out = resolve(values.out ?? `form-b-${template.version}.xlsx`);
  console.log(`様式 ${template.version}（${template.rows.length} 項目）から申請書Bを作成しています…`);
  await buildFormWorkbook(template).xlsx.writeFile(out);
  console.log(`作成しました: ${relative(process.cwd(), out) || out}`);
} catch (e) {
  if (e instanceof CatalogueError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
