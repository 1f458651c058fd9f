/**
 * <watch-list> (WatchList.astro on /watch/): reads the watch list and the last visit from localStorage, fetches
 * only the watched services' /data/services/<id>.json, and lists for each its
 * status, period end, days left and events — those dated after the last
 * visit marked 「前回以降」 — with links to the history entries on the service
 * page. Then records today as the last visit. Text goes in as text nodes.
 */
import type { ServiceJson } from '../lib/formats/service-json.ts';
import { eventAnchors } from '../lib/history-anchors.ts';
import { expiryOf } from '../lib/expiry-event.ts';
import { daysBetween, formatJapaneseDate, todayInTokyo } from '../rules/calendar-date.ts';
import { lastVisit, loadWatch, saveWatch, setLastVisit } from './watch-store.ts';
import { serviceFeedPath, serviceIcsPath, serviceJsonPath, servicePath, servicePlacePath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';

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
function time(date: string): HTMLElement {
  const t = el('time', '', formatJapaneseDate(date));
  t.setAttribute('datetime', date);
  return t;
}

interface Happening {
  date: string;
  type: string;
  anchor: string;
  detail?: string;
}

function happenings(s: ServiceJson): Happening[] {
  const anchors = eventAnchors(s.events);
  const out: Happening[] = s.events.map((e, i) => {
    const n =
      (e.changes?.length ?? 0) +
      (e.fieldChanges?.length ?? 0) +
      (e.dataCentresAdded?.length ?? 0) +
      (e.dataCentresRemoved?.length ?? 0);
    return { date: e.date, type: e.type, anchor: anchors[i]!, ...(n ? { detail: `変更 ${n} 項目` } : {}) };
  });
  const expiry = expiryOf({ lifecycle: { periodEnd: s.periodEnd }, events: s.events }, s.publicationDate);
  if (expiry) out.push({ date: expiry.date, type: '期限切れ', anchor: expiry.anchor });
  return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function daysLeft(s: ServiceJson, today: string): string {
  if (s.ended) return `—（${s.ended.type}）`;
  const n = daysBetween(today, s.periodEnd);
  if (n < 0) return s.status === '更新手続中' ? '有効期限を過ぎ、更新の決定を待っています' : '有効期限を過ぎています';
  return n === 0 ? '今日が最終日です' : `あと ${n} 日`;
}

function card(
  s: ServiceJson,
  since: string | null,
  today: string,
  asOf: string,
  summary: HTMLElement,
): { node: HTMLElement; fresh: number } {
  const id = slugOf(s.certificationNumber);
  const box = el('section', 'watch-item');
  const hid = `watch-${id}`;
  box.setAttribute('aria-labelledby', hid);
  const h = el('h2');
  h.id = hid;
  h.append(link(servicePath(id), s.serviceName), ' ', el('span', 'mono', `（${s.certificationNumber}）`));
  const facts = el('dl', 'watch-facts');
  const fact = (k: string, v: string | Node) => {
    const dd = el('dd');
    dd.append(v);
    facts.append(el('dt', '', k), dd);
  };
  fact('事業者', s.providerName);
  fact(`状態（${formatJapaneseDate(asOf)}時点）`, s.status);
  fact('有効期限', time(s.periodEnd));
  fact('残り日数', daysLeft(s, today));
  const all = happenings(s);
  const isNew = (x: Happening) => since !== null && x.date > since;
  const fresh = all.filter(isNew);
  const shown = [...fresh, ...all.filter((x) => !isNew(x)).slice(0, RECENT)];
  const events = el('ol', 'watch-events');
  events.setAttribute('aria-label', `${s.serviceName}の出来事（新しい順）`);
  for (const x of shown) {
    const li = el('li');
    if (isNew(x)) li.dataset.new = '';
    li.append(time(x.date), ' ', link(servicePlacePath(id, x.anchor), x.type));
    if (x.detail) li.append(`（${x.detail}）`);
    if (isNew(x)) li.append(el('strong', 'watch-new', '前回以降'));
    events.append(li);
  }
  const more = all.length - shown.length;
  const links = el('p', 'watch-links');
  links.append(link(servicePlacePath(id, 'history'), more > 0 ? `すべての経緯（ほか ${more} 件）` : 'すべての経緯'));
  links.append(link(serviceFeedPath(id), 'Atom フィード'));
  if (!s.ended) links.append(link(serviceIcsPath(id), '有効期限（iCalendar）'));
  const stop = el('button', 'button button--secondary', 'ウォッチをやめる') as HTMLButtonElement;
  stop.type = 'button';
  stop.setAttribute('aria-label', `${s.serviceName}のウォッチをやめる`);
  stop.addEventListener('click', () => {
    saveWatch(loadWatch().filter((x) => x !== s.certificationNumber));
    box.remove();
    summary.textContent = `${s.serviceName}のウォッチをやめました。ウォッチ中のサービスは ${loadWatch().length} 件です。`;
  });
  links.append(stop);
  box.append(h, facts, el('h3', '', '出来事'), events, links);
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
    const ids = loadWatch();
    const since = lastVisit();
    const today = todayInTokyo();
    if (!ids.length) {
      summary.textContent =
        'ウォッチ中のサービスはありません。サービスのページや比較の画面の「ウォッチ」を押すと、ここに表示します。';
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
      const c = card(s, since, today, asOf, summary);
      fresh += c.fresh;
      list.append(c.node);
    });
    const parts = [`${ids.length - missing.length} 件のサービスをウォッチしています。`];
    if (since === null)
      parts.push('このページを開くのは初めてです。次からは、今日より後の出来事に「前回以降」を付けます。');
    else parts.push(`前回（${formatJapaneseDate(since)}）以降の出来事は ${fresh} 件です。`);
    if (missing.length) parts.push(`認定番号 ${missing.join('、')} のサービスは見つかりません。`);
    summary.textContent = parts.join('');
    setLastVisit(today);
  }
}
