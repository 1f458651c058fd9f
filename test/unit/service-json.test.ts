/**
 * The per-service JSON file (src/lib/service-json.ts): only the documented
 * fields of the published view, copied field by field; withheld answers carry
 * nothing but their state.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serviceJson, serviceJsonPath, serviceJsonText, SERVICE_JSON_FORMAT } from '../../src/lib/service-json.ts';
import type { PublishedAnswer, PublishedService } from '../../src/lib/publication.ts';

const answered = (content: string, extra: Partial<Extract<PublishedAnswer, { state: 'answered' }>> = {}): PublishedAnswer => ({
  state: 'answered',
  content,
  ...extra,
});

function service(answers: Record<string, PublishedAnswer>, dcAnswers: Record<string, PublishedAnswer> = {}): PublishedService {
  return {
    id: 'ip0001-1302',
    certificationNumber: 'IP0001-1302',
    serviceName: 'サービス',
    serviceSummary: '概要',
    providerName: '事業者',
    category: 'IaaS',
    serviceSite: 'https://example.test/',
    templateVersion: 'ip-2011.1',
    answers,
    dataCentres: [{ id: 'dc1', label: '東日本', answers: dcAnswers }],
    events: [{ type: '認定', date: '2013-02-14' }],
    lifecycle: { status: '有効', firstCertified: '2013-02-14', periodStart: '2025-01-17', periodEnd: '2027-01-16' },
  };
}

const KEYS = [
  'format',
  'asOf',
  'id',
  'certificationNumber',
  'serviceName',
  'serviceSummary',
  'providerName',
  'category',
  'serviceSite',
  'templateVersion',
  'lifecycle',
  'answers',
  'dataCentres',
];

describe('serviceJson', () => {
  test('has exactly the documented top-level fields, in a fixed order', () => {
    const out = serviceJson(service({ a: answered('x') }), '2026-11-26');
    expect(Object.keys(out)).toEqual(KEYS);
    expect(out.format).toBe(SERVICE_JSON_FORMAT);
    expect(out.asOf).toBe('2026-11-26');
    expect(serviceJsonPath(out.id)).toBe('/data/services/ip0001-1302.json');
  });

  test('withheld and unanswered answers are only a state; answered keep text, 実施有無 and location', () => {
    const out = serviceJson(
      service(
        { w: { state: 'withheld' }, u: { state: 'unanswered' }, p: answered('説明', { implemented: false }) },
        { 'dc-location': answered('東京都内', { location: { country: '日本', prefecture: '東京都' } }) },
      ),
      '2026-11-26',
    );
    expect(out.answers).toEqual({
      w: { state: 'withheld' },
      u: { state: 'unanswered' },
      p: { state: 'answered', content: '説明', implemented: false },
    });
    expect(out.dataCentres[0]!.answers['dc-location']).toEqual({
      state: 'answered',
      content: '東京都内',
      location: { country: '日本', prefecture: '東京都' },
    });
    expect(JSON.parse(serviceJsonText(service({ w: { state: 'withheld' } }), '2026-11-26')).answers.w).toEqual({ state: 'withheld' });
  });

  test('property: fields smuggled into any object of the published view never reach the file', () => {
    const smuggled = '__SMUGGLED_SECRET__';
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z][a-z-]{0,8}$/), fc.string()), fc.boolean(), (texts, withheld) => {
        const answers: Record<string, PublishedAnswer> = {};
        for (const [k, v] of Object.entries(texts)) {
          answers[k] = (withheld
            ? { state: 'withheld', content: smuggled }
            : { state: 'answered', content: v, evidence: smuggled }) as unknown as PublishedAnswer;
        }
        const s = { ...service(answers), evidence: smuggled, reason: smuggled } as PublishedService;
        (s.lifecycle as unknown as Record<string, string>).note = smuggled;
        (s.dataCentres[0] as unknown as Record<string, string>).address = smuggled;
        expect(serviceJsonText(s, '2026-11-26')).not.toContain(smuggled);
      }),
    );
  });

  test('events are not part of the file (they are on the service page)', () => {
    expect(serviceJsonText(service({}), '2026-11-26')).not.toContain('"events"');
  });
});
