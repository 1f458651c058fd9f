/**
 * Expiry in the feeds: the catalogue-wide Atom feed, the 更新情報 list and
 * the per-service feed report the day a certification ran out — the day
 * after its last day — once that day is on or before the publication date,
 * and not a day earlier. IP0003-1409 (sample) withdrew its renewal on
 * 2026-08-07; its period's last day is 2026-08-19.
 */
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { toStored } from '../../src/data/stored-service.ts';
import { publishService, type PublishedService } from '../../src/lib/publication.ts';
import { atomFeed, feedEntries, serviceAtomFeed } from '../../src/lib/formats/lifecycle-feed.ts';
import { catalogueUpdates } from '../../src/lib/catalogue-updates.ts';
import { expiryOf } from '../../src/lib/expiry-event.ts';
import { contentDir } from '../support/paths.ts';
import { SITE } from '../support/published-view.ts';

const { template, services: raw } = loadCatalogue(contentDir());
const NAMES = { name: '認定 IaaS・PaaS 情報開示一覧', operator: 'ASPIC' };
function viewOn(asOf: string): PublishedService[] {
  return raw
    .map((s) => publishService(toStored(s.record), template, asOf))
    .filter((s): s is PublishedService => s !== null);
}
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' });
const expiries = (asOf: string) =>
  feedEntries(viewOn(asOf), template, asOf)
    .filter((e) => e.kind === '期限切れ')
    .map((e) => `${e.service.certificationNumber} ${e.date}`);

describe('expiry entries', () => {
  test('not on the last day of the period', () => {
    expect(expiries('2026-08-19')).not.toContain('IP0003-1409 2026-08-20');
    const s = viewOn('2026-08-19').find((x) => x.certificationNumber === 'IP0003-1409')!;
    expect(expiryOf(s, '2026-08-19')).toBeNull();
    expect(catalogueUpdates(viewOn('2026-08-19'), template, '2026-08-19').some((u) => u.type === '期限切れ')).toBe(
      false,
    );
  });

  test('on the day after the last day, and on every later publication date, with the same id and date', () => {
    const ids = new Set<string>();
    for (const asOf of ['2026-08-20', '2026-08-21', '2026-11-26']) {
      expect(expiries(asOf)).toContain('IP0003-1409 2026-08-20');
      const xml = atomFeed(feedEntries(viewOn(asOf), template, asOf), SITE, asOf, NAMES);
      expect(XMLValidator.validate(xml)).toBe(true);
      const entry = (
        parser.parse(xml) as { feed: { entry: { id: string; category: { '@term': string }; updated: string }[] } }
      ).feed.entry.find((e) => e.category['@term'] === '期限切れ' && e.id.includes('ip0003-1409'))!;
      expect(entry.updated).toBe('2026-08-20T00:00:00+09:00');
      ids.add(entry.id);
      const u = catalogueUpdates(viewOn(asOf), template, asOf).find((x) => x.type === '期限切れ')!;
      expect(u.service.certificationNumber).toBe('IP0003-1409');
      expect(u.anchor).toBe('expiry-2026-08-20');
    }
    expect(ids.size).toBe(1);
  });

  test('a renewal pending in the window is not an expiry; its refusal ends the certification on that day instead (IP0013-2303)', () => {
    expect(expiries('2026-11-26').filter((e) => e.startsWith('IP0013-2303'))).toEqual([]);
    expect(expiries('2025-03-10')).toEqual([]);
  });

  test('the per-service feed has the expiry after the outcome', () => {
    const s = viewOn('2026-11-26').find((x) => x.certificationNumber === 'IP0003-1409')!;
    const xml = serviceAtomFeed(s, template, SITE, '2026-11-26', NAMES);
    const feed = parser.parse(xml) as { feed: { entry: { category: { '@term': string } }[] } };
    expect(feed.feed.entry.slice(0, 2).map((e) => e.category['@term'])).toEqual(['期限切れ', '更新申請取下げ']);
  });
});
