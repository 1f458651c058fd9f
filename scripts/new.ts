/**
 * npm run new -- <認定番号> — scaffolds content/services/<認定番号>.yaml from
 * the Form B template: every row present, in template order, with what it
 * asks and how to answer it as comments. The secretariat fills it in and runs
 * `npm run check`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CatalogueError } from '../src/data/data-problem.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { loadTemplate, SERVICES_DIR } from '../src/data/load-catalogue.ts';
import { normaliseCertificationNumber, parseCertificationNumber, slugOf } from '../src/rules/certification-number.ts';
import { serviceYaml } from './lib/service-document.ts';
import { cliArgs } from './lib/cli-args.ts';

const USAGE = `使い方: npm run new -- <認定番号> [--dir <content フォルダ>]

申請書B様式（content/form-b.yaml）から、新しい認定サービスのファイル
content/services/<認定番号を小文字>.yaml を作ります。すべての項目が並び、
各項目の No.・必須/選択・一定の要件・記入上の注意がコメントとして付きます。

例: npm run new -- IP0013-2611

認定番号は IP + 通番4桁 + - + 初回認定の年月（西暦下2桁＋月2桁）です。
作成後、各項目の content（申請内容）と evidence（添付書類等）、events の認定日を書き、
npm run check で検査してください。既にあるファイルは上書きしません。`;

// Without arguments: the usage, as an error (there is nothing to make).
if (process.argv.length <= 2) {
  console.log(USAGE);
  process.exit(1);
}
const { values, positionals } = cliArgs({ dir: { type: 'string' } }, USAGE, { maxPositionals: 1 });
const contentDir = values.dir ?? resolveContentDir();
const input = positionals[0];
if (!input) fail('認定番号を指定してください（例: npm run new -- IP0013-2611）');

const number = normaliseCertificationNumber(input);
if (!number)
  fail(
    `認定番号「${input}」の形式が正しくありません。IP + 4桁の通番 + ハイフン + 初回認定の年月4桁（例: IP0013-2611）で指定してください`,
  );

const servicesDir = join(contentDir, SERVICES_DIR);
const path = join(servicesDir, `${slugOf(number)}.yaml`);
const shown = relative(process.cwd(), path) || path;
if (existsSync(path))
  fail(
    `${shown} は既にあります。上書きはしません（変更は直接編集するか npm run form:import -- <ファイル> --into ${shown}）`,
  );

// The serial is unique across the catalogue, whatever the month part says.
const serial = parseCertificationNumber(number)!.serial;
const clash = (existsSync(servicesDir) ? readdirSync(servicesDir) : []).find(
  (n) => parseCertificationNumber(n.replace(/\.yaml$/, '').toUpperCase())?.serial === serial,
);
if (clash)
  fail(
    `認定通番 ${String(serial).padStart(4, '0')} は ${join(servicesDir, clash)} で使われています。別の通番にしてください`,
  );

try {
  const template = loadTemplate(contentDir);
  mkdirSync(servicesDir, { recursive: true });
  writeFileSync(path, serviceYaml(template, { certificationNumber: number, answers: {}, dataCentres: [] }));
  console.log(`作成しました: ${shown}（様式 ${template.version}、${template.rows.length} 項目）
次にすること:
  1. serviceName などの基本情報と、各項目の content・evidence を書く
  2. events の date に認定日を書く
  3. npm run check で検査する`);
} catch (e) {
  if (e instanceof CatalogueError) fail(e.message);
  throw e;
}

function fail(message: string): never {
  console.error(`エラー: ${message}`);
  process.exit(1);
}
