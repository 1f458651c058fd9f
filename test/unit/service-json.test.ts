/**
 * The per-service open-data file (src/lib/formats/service-json.ts), shared by the
 * compare view: only documented fields of the published view, copied field by
 * field; withheld answers carry nothing but their state.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serviceJson, serviceSchema } from '../../src/lib/formats/service-json.ts';
import { serviceJsonPath } from '../../src/lib/paths.ts';
import { flattenTemplate, type TemplateSource } from '../../src/data/form-b-template.ts';
import type { PublishedAnswer, PublishedService } from '../../src/lib/publication.ts';

const SITE = new URL('https://catalogue.example/');

/** A two-row template: one ordinary row and one per-data-centre row. */
const template = flattenTemplate({
  version: 't-1',
  title: '申請書B',
  guideline: '指針',
  categories: [
    {
      id: 'a',
      name: 'A',
      part: 'p',
      en: { name: 'A', part: 'p' },
      items: [
        {
          no: 1,
          middle: 'm',
          en: { middle: 'm' },
          required: false,
          rows: [{ id: 'x', description: 'd', en: { description: 'd' }, kind: 'practice' }],
        },
      ],
    },
    {
      id: 'h',
      name: 'ハウジング',
      part: 'p',
      perDataCentre: true,
      en: { name: 'Housing', part: 'p' },
      items: [
        {
          no: 2,
          middle: '所在地',
          en: { middle: 'Location' },
          required: false,
          rows: [{ id: 'dc-location', description: 'd', en: { description: 'd' }, kind: 'location' }],
        },
      ],
    },
  ],
} as TemplateSource);

const answered = (
  content: string,
  extra: Partial<Extract<PublishedAnswer, { state: 'answered' }>> = {},
): PublishedAnswer => ({
  state: 'answered',
  content,
  ...extra,
});

function service(x: PublishedAnswer, dc: PublishedAnswer): PublishedService {
  return {
    id: 'ip0001-1302',
    certificationNumber: 'IP0001-1302',
    serviceName: 'サービス',
    serviceSummary: '概要',
    providerName: '事業者',
    category: 'IaaS',
    serviceSite: 'https://example.test/',
    templateVersion: 't-1',
    answers: { x },
    dataCentres: [{ id: 'dc1', label: '東日本', answers: { 'dc-location': dc } }],
    removedDataCentres: [],
    events: [{ type: '認定', date: '2013-02-14' }],
    lifecycle: { status: '有効', firstCertified: '2013-02-14', periodStart: '2025-01-17', periodEnd: '2027-01-16' },
  };
}

describe('serviceJson', () => {
  test('fits its published JSON Schema and lives at /data/services/<id>.json', () => {
    const s = service(answered('x'), answered('東京都内', { location: { country: '日本', prefecture: '東京都' } }));
    const out = serviceJson(s, template, '2026-11-26', SITE);
    expect(serviceSchema.safeParse(out).success).toBe(true);
    expect(serviceJsonPath(s.id)).toBe('/data/services/ip0001-1302.json');
    expect(out.publicationDate).toBe('2026-11-26');
  });

  test('withheld and unanswered answers are only a state; answered keep text, 実施有無 and location', () => {
    const out = serviceJson(
      service(answered('説明', { implemented: false }), { state: 'withheld' }),
      template,
      '2026-11-26',
      SITE,
    );
    expect(out.answers).toEqual([
      { row: 'x', no: 1, answer: { state: 'answered', content: '説明', implemented: false } },
    ]);
    expect(out.dataCentres[0]!.answers).toEqual([{ row: 'dc-location', no: 2, answer: { state: 'withheld' } }]);
  });

  test('property: fields smuggled into any object of the published view never reach the file', () => {
    const smuggled = '__SMUGGLED_SECRET__';
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, withheld) => {
        const x = (withheld
          ? { state: 'withheld', content: smuggled }
          : { state: 'answered', content: text, evidence: smuggled }) as unknown as PublishedAnswer;
        const dc = { state: 'withheld', location: { country: smuggled } } as unknown as PublishedAnswer;
        const s = { ...service(x, dc), evidence: smuggled, reason: smuggled } as PublishedService;
        (s.lifecycle as unknown as Record<string, string>)['note'] = smuggled;
        (s.dataCentres[0] as unknown as Record<string, string>)['address'] = smuggled;
        (s.events[0] as unknown as Record<string, string>)['reason'] = smuggled;
        expect(JSON.stringify(serviceJson(s, template, '2026-11-26', SITE))).not.toContain(smuggled);
      }),
    );
  });
});
