/**
 * Views built from the published services: the /verify/ index (a field
 * whitelist: nothing else of a service may ride along), the 更新情報 list
 * (a total order, so every build lists it the same way) and the history's
 * fragment ids that both the service page and the updates page use.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalogueUpdates } from '../../src/lib/catalogue-updates.ts';
import { eventAnchors } from '../../src/lib/history-anchors.ts';
import { changeAnchor } from '../../src/lib/paths.ts';
import { verifyIndex } from '../../src/lib/verify-index.ts';
import { publishedView } from '../support/published-view.ts';

const { asOf, template, services } = publishedView();

describe('verifyIndex', () => {
  const index = verifyIndex(asOf, services);

  test('holds exactly the whitelisted fields of every published service, and nothing else', () => {
    expect(Object.keys(index).sort()).toEqual(['asOf', 'services']);
    expect(index.services).toHaveLength(services.length);
    for (const entry of index.services)
      expect(Object.keys(entry).sort()).toEqual(
        [
          'endedDate',
          'ended',
          'id',
          'number',
          'periodEnd',
          'periodStart',
          'providerName',
          'renewal',
          'serviceName',
        ].sort(),
      );
  });

  test('no answer text reaches it: not a single published answer of any service', () => {
    const text = JSON.stringify(index);
    for (const s of services)
      for (const a of Object.values(s.answers))
        // (The company-name answer is the provider's name, which the index does carry.)
        if (a.state === 'answered' && a.content.length > 12 && ![s.serviceName, s.providerName].includes(a.content))
          expect(text).not.toContain(a.content);
  });

  test('each entry is the service’s own number, names and dates', () => {
    for (const [i, s] of services.entries())
      expect(index.services[i]).toMatchObject({
        number: s.certificationNumber,
        id: s.id,
        serviceName: s.serviceName,
        providerName: s.providerName,
        periodStart: s.lifecycle.periodStart,
        periodEnd: s.lifecycle.periodEnd,
        ended: s.lifecycle.ended?.type ?? '',
        endedDate: s.lifecycle.ended?.date ?? '',
      });
  });
});

describe('catalogueUpdates', () => {
  const updates = catalogueUpdates(services, template, asOf);
  const key = (u: (typeof updates)[number]) => `${u.service.id}#${u.anchor}`;

  test('lists every published event once, plus the expiries on or before the publication date', () => {
    const events = services.reduce((n, s) => n + s.events.length, 0);
    const expiries = updates.filter((u) => u.type === '期限切れ');
    expect(updates.length).toBe(events + expiries.length);
    expect(new Set(updates.map(key)).size).toBe(updates.length);
    for (const e of expiries) expect(e.date <= asOf).toBe(true);
    expect(catalogueUpdates(services, template).filter((u) => u.type === '期限切れ')).toEqual([]);
  });

  test('is totally ordered: newest date first, then 認定番号, then later in the history first', () => {
    for (const [a, b] of updates.slice(1).map((u, i) => [updates[i]!, u] as const)) {
      const order =
        a.date > b.date ||
        (a.date === b.date && a.service.certificationNumber < b.service.certificationNumber) ||
        (a.date === b.date && a.service === b.service);
      expect(order, `${key(a)} before ${key(b)}`).toBe(true);
    }
  });

  test('property: the order does not depend on the order the services come in', () => {
    const reference = updates.map(key);
    fc.assert(
      fc.property(fc.shuffledSubarray(services, { minLength: services.length }), (shuffled) => {
        expect(catalogueUpdates(shuffled, template, asOf).map(key)).toEqual(reference);
      }),
      { numRuns: 20 },
    );
  });

  test('each update points at its event’s fragment id on the service page', () => {
    for (const s of services) {
      const anchors = eventAnchors(s.events);
      const own = updates.filter((u) => u.service === s && u.type !== '期限切れ').map((u) => u.anchor);
      expect([...own].sort()).toEqual([...anchors].sort());
    }
  });
});

describe('history anchors', () => {
  test('one id per event; a second event on the same day gets -2, a third -3', () => {
    expect(
      eventAnchors([{ date: '2025-09-16' }, { date: '2025-09-16' }, { date: '2026-01-05' }, { date: '2025-09-16' }]),
    ).toEqual(['event-2025-09-16', 'event-2025-09-16-2', 'event-2026-01-05', 'event-2025-09-16-3']);
    expect(eventAnchors([])).toEqual([]);
  });

  test('property: ids are unique within a history and stable when later events are added', () => {
    const dates = fc.array(fc.constantFrom('2025-01-01', '2025-01-02', '2026-12-31'), { maxLength: 12 });
    fc.assert(
      fc.property(dates, dates, (first, later) => {
        const a = eventAnchors(first.map((date) => ({ date })));
        const b = eventAnchors([...first, ...later].map((date) => ({ date })));
        expect(new Set(b).size).toBe(b.length);
        expect(b.slice(0, a.length)).toEqual(a);
      }),
    );
  });

  test('a change view’s id adds the item, and the data centre for housing rows', () => {
    expect(changeAnchor('event-2025-09-16', { item: 'support-hours' })).toBe('event-2025-09-16-support-hours');
    expect(changeAnchor('event-2025-09-16-2', { item: 'dc-location', dataCentre: 'west-2' })).toBe(
      'event-2025-09-16-2-dc-location-west-2',
    );
    expect(changeAnchor('event-2025-09-16', { item: 'dc-location', dataCentre: undefined })).toBe(
      'event-2025-09-16-dc-location',
    );
  });
});
