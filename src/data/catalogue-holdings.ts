/**
 * What the repository holds that the site does not publish, counted for the
 * end of `npm run check`: answers that carry 添付書類等, withholdings still in
 * force, and Form B rows not yet confirmed against the official form. The
 * secretariat sees at every check why the repository must stay private.
 */
import type { Catalogue } from './load-catalogue.ts';
import type { RawAnswer } from './service-record.ts';
import { isWithheld } from '../rules/withholding.ts';
import type { IsoDate } from '../rules/calendar-date.ts';

export interface CatalogueHoldings {
  asOf: IsoDate;
  services: number;
  /** Answers (Form B and per-data-centre) written in the files. */
  answers: number;
  /** Answers with at least one evidence entry, and the entries themselves. */
  answersWithEvidence: number;
  evidenceEntries: number;
  /** Withholdings in force on asOf (their answers and reasons are in the files but not on the site). */
  withholdingsInForce: number;
  /** Withholdings whose period has ended (the answer is published; the reason stays in the files). */
  withholdingsEnded: number;
  /** Template rows marked provisional, out of all rows. */
  provisionalRows: number;
  rows: number;
}

export function catalogueHoldings(catalogue: Catalogue, asOf: IsoDate): CatalogueHoldings {
  const h: CatalogueHoldings = {
    asOf,
    services: catalogue.services.length,
    answers: 0,
    answersWithEvidence: 0,
    evidenceEntries: 0,
    withholdingsInForce: 0,
    withholdingsEnded: 0,
    provisionalRows: catalogue.template.rows.filter((r) => r.provisional).length,
    rows: catalogue.template.rows.length,
  };
  const count = (a: RawAnswer) => {
    h.answers++;
    const evidence = a.evidence?.length ?? 0;
    if (evidence > 0) h.answersWithEvidence++;
    h.evidenceEntries += evidence;
    if (a.withhold) {
      // The one rule for "still withheld" (src/rules/withholding.ts), so this count matches the site.
      if (isWithheld(a.withhold, asOf)) h.withholdingsInForce++;
      else h.withholdingsEnded++;
    }
  };
  for (const { record } of catalogue.services) {
    Object.values(record.answers).forEach(count);
    // Removed centres keep their answers (and evidence) in the file for the history.
    for (const dc of [...record.dataCentres, ...(record.removedDataCentres ?? [])])
      Object.values(dc.answers).forEach(count);
  }
  return h;
}

/** The lines `npm run check` prints after OK. */
export function holdingsReport(h: CatalogueHoldings): string[] {
  return [
    `非公開の情報（このリポジトリにだけあり、サイトには出ません。リポジトリは必ず非公開にしてください）:`,
    `  添付書類等のある回答 ${h.answersWithEvidence} 件（回答 ${h.answers} 件中、資料 ${h.evidenceEntries} 件）`,
    `  公表留保中の回答 ${h.withholdingsInForce} 件（${h.asOf} 時点。留保の理由もファイルにあります）` +
      (h.withholdingsEnded ? `、留保が終わった回答 ${h.withholdingsEnded} 件（理由はファイルに残っています）` : ''),
    `申請書B様式: 公式様式で未確認（provisional）の行 ${h.provisionalRows} 行（全 ${h.rows} 行中）`,
  ];
}
