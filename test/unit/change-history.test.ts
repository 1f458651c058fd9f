/**
 * The publication boundary's view of change notices (変更届出, 更新認定):
 * a change records only the old text, so the new text is the old text of the
 * next change to the same item, or the current answer; and while the item's
 * answer is withheld, neither side is published.
 *
 * Fixture: test/fixtures/change-history/services/ip0001-1302.yaml (fictional,
 * not part of content/), loaded with the real template.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { toStored } from '../../src/data/stored-service.ts';
import { publishService, type PublishedChange, type PublishedService } from '../../src/lib/publication.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'aspic-change-history-'));
cpSync(join(ROOT, 'content', 'form-b.yaml'), join(dir, 'form-b.yaml'));
cpSync(join(ROOT, 'test', 'fixtures', 'change-history', 'services'), join(dir, 'services'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { template, services } = loadCatalogue(dir);
const record = toStored(services[0]!.record);

function publishedOn(asOf: string): PublishedService {
  const s = publishService(record, template, asOf);
  if (!s) throw new Error('not published');
  return s;
}

function changesOf(s: PublishedService, date: string): PublishedChange[] {
  const e = s.events.find((x) => x.date === date);
  return e?.changes ?? [];
}

const text = (content: string) => ({ state: 'answered', content });

describe('change views: old and new text of each changed item', () => {
  const s = publishedOn('2026-11-26');

  test('the first of two changes to an item shows the second change’s old text as its new text', () => {
    const [hours] = changesOf(s, '2014-05-01').filter((c) => c.item === 'support-hours');
    expect(hours?.previous).toEqual(text('平日 9:00〜17:00'));
    expect(hours?.current).toEqual(text('平日 9:00〜18:00'));
  });

  test('the last change to an item shows the current answer as its new text', () => {
    const [hours] = changesOf(s, '2015-03-02');
    expect(hours?.previous).toEqual(text('平日 9:00〜18:00'));
    expect(hours?.current).toEqual(text('平日 9:00〜20:00'));
  });

  test('a data-centre item change reads that data centre’s answer', () => {
    const [power] = changesOf(s, '2015-02-10');
    expect(power).toMatchObject({ item: 'dc-power', dataCentre: 'tokyo-1' });
    expect(power?.previous).toEqual(text('UPS あり、燃料備蓄で24時間連続運転'));
    expect(power?.current).toEqual(text('UPS と非常用発電機あり、燃料備蓄で48時間連続運転'));
  });

  test('while the item is withheld on the publication date, neither old nor new text is published', () => {
    const [scope] = changesOf(s, '2014-05-01').filter((c) => c.item === 'service-scope');
    expect(scope?.previous).toEqual({ state: 'withheld' });
    expect(scope?.current).toEqual({ state: 'withheld' });
    expect(JSON.stringify(s)).not.toContain('試験用の留保中');
    expect(JSON.stringify(s)).not.toContain('試験用の留保理由');
  });

  test('from the withholding’s end date on, both texts are published', () => {
    const [scope] = changesOf(publishedOn('2027-04-01'), '2014-05-01').filter((c) => c.item === 'service-scope');
    expect(scope?.previous).toEqual(text('IaaS。仮想サーバのみを提供（試験用の留保中の旧文）'));
    expect(scope?.current).toEqual(
      text('IaaS。仮想サーバ、ブロックストレージ、仮想ネットワーク、液冷 GPU クラスタ（試験用の留保中の文）を提供'),
    );
  });

  test('a later change not yet published still ends the earlier change’s new text', () => {
    // On 2015-03-01 the second change to support-hours is in the future: it is not listed,
    // but the first change's new text is still the text that was in force then.
    const early = publishedOn('2015-03-01');
    expect(early.events.map((e) => e.date)).not.toContain('2015-03-02');
    const [hours] = changesOf(early, '2014-05-01').filter((c) => c.item === 'support-hours');
    expect(hours?.current).toEqual(text('平日 9:00〜18:00'));
  });
});

describe('the leak scan knows a withheld item’s change history is secret', () => {
  test('the old text of a change to a withheld item is a needle, not public text', async () => {
    const { collectSecrets, occursInPublicText } = await import('../support/catalogue-secrets.ts');
    const c = collectSecrets(dir, '2026-11-26');
    const needle = c.secrets.find((s) => s.kind === 'withheld.previous');
    expect(needle?.text).toBe('IaaS。仮想サーバのみを提供（試験用の留保中の旧文）');
    expect(occursInPublicText(needle!.text, c.publicTexts)).toBe(false);
    // Once the withholding has ended, it is public.
    expect(collectSecrets(dir, '2027-04-01').secrets.some((s) => s.kind === 'withheld.previous')).toBe(false);
  });
});
