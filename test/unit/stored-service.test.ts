import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { serviceText, storedServices, toStored } from '../../src/data/stored-service.ts';
import { publishAll } from '../../src/lib/publication.ts';
import { writeSyntheticCatalogue } from '../../scripts/bench/synthetic-catalogue.ts';
import { contentDir } from '../support/paths.ts';

const synthetic = mkdtempSync(join(tmpdir(), 'aspic-stored-'));
afterAll(() => rmSync(synthetic, { recursive: true, force: true }));

describe('a service as the content store holds it (one JSON text)', () => {
  // The sample has every kind of record the scheme knows (ended, renewed, moved data centres, withheld
  // answers); the synthetic catalogue adds volume and variety of answers.
  test.each([
    ['the sample catalogue', () => contentDir()],
    [
      'a synthetic catalogue',
      () => {
        writeSyntheticCatalogue(contentDir(), synthetic, 60);
        return synthetic;
      },
    ],
  ])('%s reads back exactly as stored, undefined properties included', (_name, dir) => {
    const { services } = loadCatalogue(dir());
    const direct = services.map((s) => toStored(s.record));
    const throughText = [...storedServices(services.map((s) => serviceText(s.record)))];
    // toStrictEqual fails on a property that JSON would drop ({ a: undefined } against {}).
    expect(throughText).toStrictEqual(direct);
  });

  test('the text never carries 添付書類等', () => {
    const { services } = loadCatalogue(contentDir());
    const withEvidence = services.filter((s) => JSON.stringify(s.record).includes('"evidence"'));
    expect(withEvidence.length).toBeGreaterThan(0);
    for (const s of services) {
      const text = serviceText(s.record);
      expect(JSON.stringify([...storedServices([text])])).not.toContain('"evidence"');
      // Nothing in it for a JSON or JavaScript string to escape (see ServiceText).
      expect(text.deflated).toMatch(/^[A-Za-z0-9+/]*={0,2}$/);
    }
  });

  test('publishAll takes the texts one at a time: each is parsed only once the one before is published', () => {
    const { services, template } = loadCatalogue(contentDir());
    const texts = services.map((s) => serviceText(s.record));
    let parsed = 0;
    let previousRead = true;
    const counting = (function* () {
      for (const s of storedServices(texts)) {
        // Asked for the next record before the boundary read the previous one: all would be held at once.
        expect(previousRead).toBe(true);
        parsed++;
        previousRead = false;
        yield new Proxy(s, {
          get(target, key, receiver) {
            previousRead = true;
            return Reflect.get(target, key, receiver);
          },
        });
      }
    })();
    const view = publishAll(counting, template, '2026-11-26');
    expect(parsed).toBe(services.length);
    expect(view.length).toBeGreaterThan(0);
  });
});
