/**
 * npm run form:import -- <記入済み.xlsx> [--into <サービスファイル>] — turns a
 * filled Form B workbook into content/services/<認定番号>.yaml, or records
 * the differences as a 変更届出 (or 更新認定) in an existing service file,
 * keeping each changed item's previous text. Problems are named by sheet row.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { CatalogueError } from '../src/data/data-problem.ts';
import { resolveContentDir } from '../src/data/content-dir.ts';
import { loadTemplate, SERVICES_DIR } from '../src/data/load-catalogue.ts';
import { isIsoDate, todayInTokyo } from '../src/rules/calendar-date.ts';
import { slugOf } from '../src/rules/certification-number.ts';
import { readFormWorkbook } from './lib/form-workbook.ts';
import { cliArgs } from './lib/cli-args.ts';
import { formatSheetProblem, importInto, importNew, readServiceFile, type ImportResult } from './lib/form-import.ts';

const USAGE = `使い方:
  npm run form:import -- <記入済み.xlsx> [--date <認定日>] [--out <出力先.yaml>]
  npm run form:import -- <記入済み.xlsx> --into <サービスファイル> [--date <届出日>] [--event 変更届出|更新認定 --period-start <開始日>]

npm run form:export で作り、申請者が記入した申請書B（Excel）を取り込みます。
- --into なし: 新しいサービスファイル content/services/<認定番号>.yaml を作ります。
  --date を付けると認定の日付（YYYY-MM-DD）も書きます（付けなければ後で events に書いてください）。
- --into あり: 既存のサービスファイルと比べ、申請内容が変わった項目を書き換え、
  events に変更届出（--event 更新認定 で更新認定）を追加して変更前の内容（previous）を記録します。
  表紙の項目（サービス名称・事業者名称など）の変更と、データセンターの追加も記録します。
  --date は届出日・決定日です（既定: 今日）。更新認定には、認定証に記載された新しい認定期間の
  開始日を --period-start で必ず指定します。
問題があれば「シート 行 列」を示して何も書かずに終了します（終了コード 1）。
取り込んだ後は npm run check で検査してください。`;
// Without arguments: the usage, as an error (there is nothing to import).
if (process.argv.length <= 2) {
  console.log(USAGE);
  process.exit(1);
}
const { values, positionals: cliPositionals } = cliArgs(
  {
    into: { type: 'string' },
    date: { type: 'string' },
    out: { type: 'string' },
    dir: { type: 'string' },
    event: { type: 'string' },
    'period-start': { type: 'string' },
  },
  USAGE,
  { maxPositionals: 1 },
);
const input = cliPositionals[0];
if (!input) fail('取り込む .xlsx ファイルを指定してください');
const xlsx = resolve(input);
const shown = (p: string) => relative(process.cwd(), p) || p;
if (!existsSync(xlsx)) fail(`${shown(xlsx)} がありません`);
const date = values.date;
if (date !== undefined && !isIsoDate(date))
  fail(`--date「${date}」は日付として読めません。YYYY-MM-DD で指定してください`);
const event = values.event ?? '変更届出';
if (event !== '変更届出' && event !== '更新認定') fail('--event は 変更届出 か 更新認定 です');
const periodStart = values['period-start'];
if (event === '更新認定' && periodStart === undefined)
  fail('--event 更新認定 には --period-start（認定証に記載された新しい認定期間の開始日、YYYY-MM-DD）が必要です');
if (periodStart !== undefined && !isIsoDate(periodStart))
  fail(`--period-start「${periodStart}」は日付として読めません。YYYY-MM-DD で指定してください`);

try {
  const contentDir = values.dir ?? resolveContentDir();
  const template = loadTemplate(contentDir);
  console.log(`読み込み中: ${shown(xlsx)}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(xlsx);
  } catch {
    fail(`${shown(xlsx)} を Excel ファイル（.xlsx）として読めません`);
  }
  const into = values.into;
  let result: ImportResult;
  let target: string;
  if (into) {
    target = resolve(into);
    if (!existsSync(target)) fail(`${shown(target)} がありません`);
    const text = readFileSync(target, 'utf8');
    const existing = readServiceFile(shown(target), text);
    if (!existing.record) fail(`${shown(target)} を読めません:\n  ${existing.problems.join('\n  ')}`);
    const record = existing.record;
    const read = readFormWorkbook(
      wb,
      template,
      (label, i) => record.dataCentres.find((d) => d.label === label)?.id ?? `dc${record.dataCentres.length + i + 1}`,
    );
    console.log(`${read.rowOf.size} 行を読み取りました。${shown(target)} と比べています…`);
    result = importInto(read, template, record, {
      file: shown(target),
      text,
      date: date ?? todayInTokyo(new Date()),
      event,
      periodStart,
    });
  } else {
    const read = readFormWorkbook(wb, template, (_label, i) => `dc${i + 1}`);
    console.log(
      `${read.rowOf.size} 行を読み取りました（データセンター ${read.dataCentreLabels.length} か所）。検査しています…`,
    );
    result = importNew(read, template, date);
    target = resolve(
      values.out ?? join(contentDir, SERVICES_DIR, `${slugOf(read.service.certificationNumber.trim())}.yaml`),
    );
    if (!result.problems.length && existsSync(target))
      fail(`${shown(target)} は既にあります。変更を取り込むときは --into ${shown(target)} を付けてください`);
  }
  if (result.problems.length) {
    console.error(`申請書Bに ${result.problems.length} 件の問題があります。何も書き込んでいません。`);
    for (const p of result.problems) console.error(`  ${formatSheetProblem(shown(xlsx), p)}`);
    process.exit(1);
  }
  for (const line of result.summary) console.log(line);
  if (result.yaml) {
    writeFileSync(target, result.yaml);
    console.log(`書き込みました: ${shown(target)}\n次に npm run check で検査してください。`);
  }
} catch (e) {
  if (e instanceof CatalogueError) fail(e.message);
  throw e;
}

function fail(message: string): never {
  console.error(`エラー: ${message}`);
  process.exit(1);
}
