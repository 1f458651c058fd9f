/**
 * <watch-list> (WatchList.astro on /watch/): reads the watch list and the last visit from localStorage, fetches
 * only the watched services' /data/services/<id>.json, and lists for each its
 * status, period end, days left and events — those dated after the last
 * visit marked 「前回以降」 — with links to the history entries on the service
 * page. Then records today as the last visit. Text goes in as text nodes;
 * the words are the page's (data-words), so the English page runs it too.
 */
import type { ServiceJson } from '../lib/formats/service-json.ts';
import { eventAnchors } from '../lib/history-anchors.ts';
import { expiryOf } from '../lib/expiry-event.ts';
import { daysBetween, formatJapaneseDate, todayInTokyo } from '../rules/calendar-date.ts';
import { lastVisit, loadWatch, saveWatch, setLastVisit } from './watch-store.ts';
import { serviceFeedPath, serviceIcsPath, serviceJsonPath, servicePath, servicePlacePath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import { formatEnglishDate } from '../i18n/date.ts';
import type { WatchWords } from '../i18n/widget-words.ts';
import { asWritten, fill, pageLocale, readWords } from './widget-words.ts';

/** Events shown besides those since the last visit, for context. */
const RECENT = 3;

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', '', text) as HTMLAnchorElement;
  a.href = href;
  return a;
}
function time(date: string, w: WatchWords): HTMLElement {
  const t = el('time', '', (w.dates === 'en' ? formatEnglishDate : formatJapaneseDate)(date));
  t.setAttribute('datetime', date);
  return t;
}

interface Happening {
  date: string;
  type: string;
  anchor: string;
  detail?: string;
}

function happenings(s: ServiceJson, w: WatchWords): Happening[] {
  const anchors = eventAnchors(s.events);
  const out: Happening[] = s.events.map((e, i) => {
    const n =
      (e.changes?.length ?? 0) +
      (e.fieldChanges?.length ?? 0) +
      (e.dataCentresAdded?.length ?? 0) +
      (e.dataCentresRemoved?.length ?? 0);
    return {
      date: e.date,
      type: w.event[e.type] ?? e.type,
      anchor: anchors[i]!,
      ...(n ? { detail: fill(w.changes, { n }) } : {}),
    };
  });
  const expiry = expiryOf({ lifecycle: { periodEnd: s.periodEnd }, events: s.events }, s.publicationDate);
  if (expiry) out.push({ date: expiry.date, type: w.expired, anchor: expiry.anchor });
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function daysLeft(s: ServiceJson, today: string, w: WatchWords): string {
  if (s.ended) return fill(w.endedDays, { type: w.event[s.ended.type] ?? s.ended.type });
  const n = daysBetween(today, s.periodEnd);
  if (n < 0) return s.status === '更新手続中' ? w.pastRenewal : w.past;
  return n === 0 ? w.lastDay : fill(w.daysLeft, { n });
}

function card(
  s: ServiceJson,
  since: string | null,
  today: string,
  asOf: string,
  summary: HTMLElement,
  w: WatchWords,
): { node: HTMLElement; fresh: number } {
  const locale = pageLocale();
  const id = slugOf(s.certificationNumber);
  const box = el('section', 'watch-item');
  const hid = `watch-${id}`;
  box.setAttribute('aria-labelledby', hid);
  const h = el('h2');
  h.id = hid;
  h.append(
    asWritten(link(servicePath(id, locale), s.serviceName)),
    ' ',
    el('span', 'mono', fill(w.number, { number: s.certificationNumber })),
  );
  const facts = el('dl', 'watch-facts');
  const fact = (k: string, v: string | Node) => {
    const dd = el('dd');
    dd.append(v);
    facts.append(el('dt', '', k), dd);
  };
  fact(w.provider, asWritten(el('span', '', s.providerName)));
  fact(
    fill(w.statusOn, { date: (w.dates === 'en' ? formatEnglishDate : formatJapaneseDate)(asOf) }),
    w.status[s.status] ?? s.status,
  );
  fact(w.expiry, time(s.periodEnd, w));
  fact(w.remaining, daysLeft(s, today, w));
  const all = happenings(s, w);
  const isNew = (x: Happening) => since !== null && x.date > since;
  const fresh = all.filter(isNew);
  const shown = [...fresh, ...all.filter((x) => !isNew(x)).slice(0, RECENT)];
  const events = el('ol', 'watch-events');
  events.setAttribute('aria-label', fill(w.eventsOf, { name: s.serviceName }));
  for (const x of shown) {
    const li = el('li');
    if (isNew(x)) li.dataset.new = '';
    li.append(time(x.date, w), ' ', link(servicePlacePath(id, x.anchor, locale), x.type));
    if (x.detail) li.append(fill(w.detail, { detail: x.detail }));
    if (isNew(x)) li.append(el('strong', 'watch-new', w.sinceLast));
    events.append(li);
  }
  const more = all.length - shown.length;
  const links = el('p', 'watch-links');
  links.append(
    link(servicePlacePath(id, 'history', locale), more > 0 ? fill(w.allHistoryMore, { n: more }) : w.allHistory),
  );
  links.append(link(serviceFeedPath(id), w.feed));
  if (!s.ended) links.append(link(serviceIcsPath(id), w.calendar));
  const stop = el('button', 'button button--secondary', w.stop) as HTMLButtonElement;
  stop.type = 'button';
  stop.setAttribute('aria-label', fill(w.stopName, { name: s.serviceName }));
  stop.addEventListener('click', () => {
    saveWatch(loadWatch().filter((x) => x !== s.certificationNumber));
    box.remove();
    summary.textContent = fill(w.stopped, { name: s.serviceName, n: loadWatch().length });
  });
  links.append(stop);
  box.append(h, facts, el('h3', '', w.events), events, links);
  return { node: box, fresh: fresh.length };
}

export class WatchList extends HTMLElement {
  connectedCallback(): void {
    void this.#show();
  }

  async #show(): Promise<void> {
    const summary = this.querySelector<HTMLElement>('[data-part="summary"]')!;
    const list = this.querySelector<HTMLElement>('[data-part="list"]')!;
    const asOf = this.dataset['asOf']!;
    const w = readWords<WatchWords>(this);
    const ids = loadWatch();
    const since = lastVisit();
    const today = todayInTokyo();
    if (!ids.length) {
      summary.textContent = w.none;
      setLastVisit(today);
      return;
    }
    const results = await Promise.all(
      ids.map((n) =>
        fetch(serviceJsonPath(slugOf(n)))
          .then((r) => (r.ok ? (r.json() as Promise<ServiceJson>) : null))
          .catch(() => null),
      ),
    );
    let fresh = 0;
    const missing: string[] = [];
    results.forEach((s, i) => {
      if (!s) {
        missing.push(ids[i]!);
        return;
      }
      const c = card(s, since, today, asOf, summary, w);
      fresh += c.fresh;
      list.append(c.node);
    });
    const date = w.dates === 'en' ? formatEnglishDate : formatJapaneseDate;
    const parts = [fill(w.watching, { n: ids.length - missing.length })];
    if (since === null) parts.push(w.firstVisit);
    else parts.push(fill(w.sinceVisit, { date: date(since), n: fresh }));
    if (missing.length) parts.push(fill(w.unknown, { numbers: missing.join(w.listSeparator) }));
    summary.textContent = parts.join(w.sentenceGap);
    setLastVisit(today);
  }
}
