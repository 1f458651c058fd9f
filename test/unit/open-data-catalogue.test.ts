import { describe, expect, test } from 'vitest';
import {
  answerKindName,
  jsonFields,
  openDataFiles,
  valueDescription,
} from '../../src/lib/formats/open-data-catalogue.ts';
import type { PublishedService } from '../../src/lib/publication.ts';

const withId = (id: string) => ({ id }) as PublishedService;

describe('the /data/ page catalogue', () => {
  test('the per-service example is the first published service, and left out when there is none', () => {
    const example = (services: PublishedService[]) =>
      openDataFiles(services).find((f) => f.name === 'services/<認定番号>.json')?.href;
    expect(example([withId('ip0007-1903'), withId('ip0008-2004')])).toBe('/data/services/ip0007-1903.json');
    expect(example([])).toBeUndefined();
    expect(openDataFiles([]).map((f) => f.name)).not.toContain('services/<認定番号>.json');
  });

  test('JSON fields come from the schema, each once, with the file that has it', () => {
    const fields = jsonFields();
    const where = (name: string) => fields.find((f) => f.name === name)?.where;
    expect(where('schemaVersion')).toBe('両方');
    expect(where('certificationNumber')).toBe('両方（一覧は services の各要素）');
    expect(where('answers')).toBe('services/<認定番号>.json');
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
  });

  test('a row kind and a typed value in words', () => {
    expect(answerKindName({ kind: 'practice' })).toBe('実施有無と説明');
    expect(valueDescription({ key: 'uptime', type: 'percent', label: '稼働率', better: 'higher' })).toBe(
      '稼働率: 割合（%）（大きいほど良い）',
    );
    expect(valueDescription({ key: 'c', type: 'choices', choices: ['ISMS', 'SOC2'] })).toBe(
      '選択肢から複数［ISMS、SOC2］',
    );
  });
});
