/**
 * /data/match-index.json holds only what the service pages publish: certified
 * services, values only for answered rows (never for a withheld one), and
 * every value is the one in that service's published JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { requireDist } from '../support/paths.ts';
import type { MatchEntry } from '../../src/lib/match-rule.ts';

const dist = requireDist();
const index = JSON.parse(readFileSync(join(dist, 'data', 'match-index.json'), 'utf8')) as { services: MatchEntry[] };
const list = JSON.parse(readFileSync(join(dist, 'data', 'services.json'), 'utf8')) as {
  services: { certificationNumber: string; status: string }[];
};
type Answer = { state: string; values?: { key: string; text: string }[] };
const serviceJson = (n: string) =>
  JSON.parse(readFileSync(join(dist, 'data', 'services', `${n.toLowerCase()}.json`), 'utf8')) as {
    answers: { row: string; answer: Answer }[];
  };

describe('/data/match-index.json', () => {
  test('lists exactly the certified services (有効・更新手続中)', () => {
    const certified = list.services
      .filter((s) => s.status === '有効' || s.status === '更新手続中')
      .map((s) => s.certificationNumber);
    expect(index.services.map((e) => e.n)).toEqual(certified);
  });

  test('every value is a published value of that service; a withheld row has none, only the fact that it is withheld', () => {
    let withheld = 0;
    for (const e of index.services) {
      const answers = new Map(serviceJson(e.n).answers.map((a) => [a.row, a.answer]));
      for (const [field, text] of Object.entries(e.t)) {
        const [row, key] = field.split('.');
        const a = answers.get(row!)!;
        expect(a.state, `${e.n} ${field}`).toBe('answered');
        expect(a.values?.find((v) => (key ? v.key === key : true))?.text).toBe(text);
      }
      for (const row of e.w) {
        withheld++;
        expect(answers.get(row)?.state).toBe('withheld');
        expect(Object.keys(e.v).some((f) => f.split('.')[0] === row)).toBe(false);
        expect(e.i[row]).toBeUndefined();
      }
    }
    expect(withheld, 'the sample has a withheld answer on a typed row').toBeGreaterThan(0);
  });
});
