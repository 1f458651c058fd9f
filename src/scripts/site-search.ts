/**
 * The /search/ page's client: runs Pagefind over the built index with the
 * query and facets from the form (and the URL, so results can be linked).
 * Pagefind is imported only here, so other pages carry no search code.
 *
 * Pagefind's query-time Japanese word splitting sometimes differs from its
 * index-time splitting (Pagefind issue #1237), both ways:
 * - a compound query is cut into pieces that match pages holding only one
 *   piece (「石川県」 finds pages with just 「県」…): results whose text holds
 *   every query word as written come first; the rest are listed apart as
 *   partial matches;
 * - a query kept whole misses a page where the indexer cut the same letters
 *   differently (「大規模」 in 「最大規模」 was indexed as 最大/規模): for a
 *   Japanese word of three or more letters, its two-letter pieces are looked
 *   up too, and a page found that way counts when its text holds the word.
 */
import { findHit, markRanges, pageSegments, queryWords, rowName, rowsNamed, type PageAnchor, type SearchRow } from './search-excerpt.ts';

const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The other shards of a large catalogue's index (written by scripts/search-index.ts). */
const SHARDS_URL = '/pagefind/shards.json';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  /** The text with a zero-width space between the words Pagefind cut it into (anchors count these words). */
  raw_content?: string;
  anchors: PageAnchor[];
  /** Word positions of Pagefind's own matches. */
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(
    q: string | null,
    o: { filters: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

const SEPARATOR = /[\s\u200b\-‐―・]/u;
const SEPARATORS = new RegExp(SEPARATOR.source, 'gu');
const DIGIT = /\d/u;
/** One letter and the combining or half-width (ﾞ ﾟ) sound marks after it. */
const LETTER_WITH_MARKS = /[\s\S][\p{M}\uFF9E\uFF9F]*/gu;

/** For comparing text as a reader means it: full/half width, case, spaces, hyphens and middle dots ignored. */
export function normaliseForMatch(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(SEPARATORS, '');
}

/**
 * The text normalised as above, letter by letter, with where each letter
 * came from in the original, so a match can be checked against its
 * neighbours as written.
 */
function normaliseWithPositions(text: string): { norm: string; from: number[]; chars: string[] } {
  // A letter with the marks that follow it, normalised together, as normaliseForMatch does for the whole
  // text: half-width ﾄﾞ and ト + combining ゙ become ド (not ト and a stray mark).
  const chars = (text.match(LETTER_WITH_MARKS) ?? []).map((c) => c.normalize('NFKC').toLowerCase());
  let norm = '';
  const from: number[] = [];
  chars.forEach((c, i) => {
    for (const unit of c) {
      if (SEPARATOR.test(unit)) continue;
      norm += unit;
      // One entry per UTF-16 unit, as indexOf counts them (a letter beyond U+FFFF takes two).
      for (let k = 0; k < unit.length; k++) from.push(i);
    }
  });
  return { norm, from, chars };
}

/**
 * Whether the text holds the word as a reader means it. Numbers match whole:
 * 「0012」 is not found in 「27001・27017」 (where dropping the dot would join
 * the two), nor 「2700」 in 「27001」, but 「1302」 is in 「IP0001-1302」.
 */
function holdsWord(t: ReturnType<typeof normaliseWithPositions>, word: string): boolean {
  const w = normaliseForMatch(word);
  if (!w) return true;
  const digitStart = DIGIT.test(w[0]!);
  const digitEnd = DIGIT.test(w.at(-1)!);
  for (let at = t.norm.indexOf(w); at >= 0; at = t.norm.indexOf(w, at + 1)) {
    const first = t.from[at]!;
    const last = t.from[at + w.length - 1]!;
    if (digitStart && DIGIT.test(t.chars[first - 1]?.at(-1) ?? '')) continue;
    if (digitEnd && DIGIT.test(t.chars[last + 1]?.[0] ?? '')) continue;
    return true;
  }
  return false;
}

const JAPANESE_RUN = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]{3,}/gu;

/** Two-letter pieces of the query's Japanese runs of three or more letters. */
export function japaneseBigrams(query: string): string[] {
  const out = new Set<string>();
  for (const run of query.normalize('NFKC').match(JAPANESE_RUN) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) out.add(run.slice(i, i + 2));
  }
  return [...out];
}

export function holdsEveryWord(text: string, query: string): boolean {
  const t = normaliseWithPositions(text);
  return query
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => holdsWord(t, w));
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    const { shards } = (await (await fetch(SHARDS_URL)).json()) as { shards: string[] };
    // One search over every shard: Pagefind merges their results and filters.
    await Promise.all(shards.map((path) => pf.mergeIndex(path)));
    return pf;
  });
  return pagefind;
}

/** Text as DOM with the query's words marked. */
function marked(text: string, words: readonly string[]): Node[] {
  const out: Node[] = [];
  let at = 0;
  for (const [from, to] of markRanges(text, words)) {
    if (from > at) out.push(document.createTextNode(text.slice(at, from)));
    const m = document.createElement('mark');
    m.textContent = text.slice(from, to);
    out.push(m);
    at = to;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

const STATUS_TONE: Record<string, [string, string]> = { 有効: ['ok', '✓'], 更新手続中: ['renewal', '↻'] };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

/**
 * One result: the service (or scheme page) linked by name; for a service its
 * status, provider, 区分 and 認定番号; then where the hit is — the Form B item
 * (「No.29 サービス稼働率の設定値（月間）」, linked to that row) or the
 * section — and an excerpt of the answer cut at sentence boundaries.
 */
function card(d: PagefindResultData, query: string, rows: ReadonlyMap<string, SearchRow>): HTMLLIElement {
  const li = el('li', 'search-result');
  const title = el('a', undefined, (d.meta['title'] ?? d.url).replace(/（IP\d{4}-\d{4}）$/u, ''));
  title.href = d.url;
  li.append(el('h3', undefined, title));
  const number = d.meta['認定番号'];
  if (number) {
    const status = d.filters['状態']?.[0] ?? '';
    const [tone, mark] = STATUS_TONE[status] ?? ['ended', '×'];
    const badge = el('span', `search-status search-status--${tone}`, el('span', undefined, mark), status);
    badge.firstElementChild!.setAttribute('aria-hidden', 'true');
    const facts = [d.meta['事業者名称'], d.filters['区分']?.[0], `認定番号 ${number}`].filter(Boolean).join('・');
    li.append(el('p', 'search-result__meta', badge, ' ', facts));
  }
  const text = d.raw_content ?? d.content;
  const fallback = d.locations[0] !== undefined ? text.split('\u200b')[d.locations[0]] : undefined;
  const hit = query || fallback ? findHit(pageSegments(text, d.anchors ?? [], rows), query, fallback) : null;
  if (hit && (hit.excerpt || hit.label)) {
    const p = el('p', 'search-result__hit');
    if (hit.label) {
      const where = el('a', 'search-result__where', hit.label);
      where.href = hit.anchor ? `${d.url}#${hit.anchor}` : d.url;
      p.append(where, hit.excerpt ? '：' : '');
    }
    const words = query ? queryWords(query) : fallback ? [fallback] : [];
    p.append(...marked(hit.excerpt, words));
    li.append(p);
  }
  return li;
}

function selectedFilters(form: HTMLFormElement): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-facet]:checked')) {
    (out[box.dataset['facet']!] ??= { any: [] }).any.push(box.value);
  }
  return out;
}

export function startSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.getElementById('search-status')!;
  const filters = document.getElementById('search-filters') as HTMLDetailsElement;
  const filterCount = document.getElementById('search-filter-count')!;
  const items = document.getElementById('search-items')!;
  const servicesBox = document.getElementById('search-services')!;
  const servicesCount = document.getElementById('search-services-count')!;
  const exactList = document.getElementById('search-results')!;
  const partial = document.getElementById('search-partial') as HTMLDetailsElement;
  const partialList = document.getElementById('search-partial-results')!;
  const partialCount = document.getElementById('search-partial-count')!;
  const pagesBox = document.getElementById('search-pages-section')!;
  const pagesCount = document.getElementById('search-pages-count')!;
  const pagesList = document.getElementById('search-pages')!;
  const rowList = JSON.parse(document.getElementById('search-form-rows')!.textContent!) as SearchRow[];
  const rows = new Map(rowList.map((r) => [r.id, r]));
  let run = 0;

  // The filters work only with this script: shown now, open beside the results on a wide screen,
  // folded behind 「絞り込み」 on a phone so the results come first.
  filters.hidden = false;
  const wide = matchMedia('(min-width: 48.0625rem)');
  filters.open = wide.matches;
  wide.addEventListener('change', () => (filters.open = wide.matches));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = params.getAll(box.dataset['facet']!).includes(box.value);
  }

  function showItems(q: string): void {
    const named = rowsNamed(rowList, q);
    if (named.length === 0) {
      items.hidden = true;
      items.replaceChildren();
      return;
    }
    const shown = named.slice(0, 6);
    const links = shown.flatMap((r, i) => {
      const a = el('a', undefined, rowName(r));
      a.href = `/items/${r.id}/`;
      return i ? ['、', a] : [a];
    });
    const more =
      named.length > shown.length
        ? [
            '、ほか',
            String(named.length - shown.length),
            '項目（',
            Object.assign(el('a', undefined, '項目別一覧'), { href: '/items/' }),
            '）',
          ]
        : [];
    items.replaceChildren(el('p', undefined, '全サービスの回答を項目ごとに比べる: ', ...links, ...more));
    items.hidden = false;
  }

  async function update(): Promise<void> {
    const mine = ++run;
    const typed = input.value.trim();
    // Full-width letters and digits (ＩＰ０００１) are searched as their ASCII forms.
    const q = typed.normalize('NFKC');
    const chosen = selectedFilters(form);
    const nChosen = Object.values(chosen).reduce((n, f) => n + f.any.length, 0);
    filterCount.textContent = nChosen ? `（${nChosen} 件選択中）` : '';
    showItems(q);
    if (!q && nChosen === 0) {
      exactList.replaceChildren();
      pagesList.replaceChildren();
      servicesBox.hidden = true;
      pagesBox.hidden = true;
      partial.hidden = true;
      status.textContent = 'キーワードを入力するか、絞り込み条件を選んでください。';
      return;
    }
    status.textContent = '検索しています…';
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      pagefind = undefined;
      status.textContent = `「${typed}」を検索できませんでした（検索の索引を読み込めませんでした）。認定サービス一覧・項目別一覧からも探せます。`;
      return;
    }
    const r = await pf.search(q || null, { filters: chosen });
    const pieces = await Promise.all(japaneseBigrams(q).map((b) => pf.search(b, { filters: chosen })));
    const found = await Promise.all(r.results.map((x) => x.data()));
    // Each page's data is fetched once, whichever look-ups found it.
    const seen = new Set(r.results.map((x) => x.id));
    const extra = pieces.flatMap((p) => p.results).filter((x) => !seen.has(x.id) && seen.add(x.id));
    const byUrl = new Map<string, PagefindResultData>(found.map((d) => [d.url, d]));
    for (const d of await Promise.all(extra.map((x) => x.data()))) byUrl.set(d.url, d);
    if (mine !== run) return;
    // Pagefind keeps a zero-width space between the words it cut Japanese into.
    for (const d of byUrl.values()) d.content = d.content.replace(/\u200b/g, '');
    const holds = (d: PagefindResultData) => holdsEveryWord(`${d.meta['title'] ?? ''} ${d.content}`, q);
    // Pagefind's ranking first, then pages found only through the pieces.
    const exact = q ? [...byUrl.values()].filter(holds) : found;
    const rest = found.filter((d) => !exact.includes(d));
    // Services and the scheme's own pages (/about/) are counted and listed apart.
    const isService = (d: PagefindResultData) => Boolean(d.meta['認定番号']);
    const services = exact.filter(isService);
    const pages = exact.filter((d) => !isService(d));
    exactList.replaceChildren(...services.map((d) => card(d, q, rows)));
    pagesList.replaceChildren(...pages.map((d) => card(d, q, rows)));
    partialList.replaceChildren(...rest.map((d) => card(d, '', rows)));
    servicesBox.hidden = services.length === 0;
    servicesCount.textContent = String(services.length);
    pagesBox.hidden = pages.length === 0;
    pagesCount.textContent = String(pages.length);
    partial.hidden = rest.length === 0;
    partialCount.textContent = String(rest.length);
    // Counts are of the services listed first, so they agree with what is shown.
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      const n = services.filter((d) => d.filters[box.dataset['facet']!]?.includes(box.value)).length;
      box.parentElement!.querySelector('.facet-count')!.textContent = `（${n}）`;
    }
    const also = [pages.length ? `制度の説明のページ ${pages.length} 件` : '', rest.length ? `一部の語だけ一致 ${rest.length} 件` : '']
      .filter(Boolean)
      .join('、');
    status.textContent = q
      ? `「${typed}」を含むサービス ${services.length} 件${also ? `（ほかに${also}）` : ''}`
      : `条件に合うサービス ${services.length} 件`;
    // For people and tests alike: the results now shown are for this query.
    form.dataset['searched'] = typed;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      // Facet checkboxes have no name (several share a facet); they go into the URL as 区分=IaaS etc.
      const params = new URLSearchParams();
      if (input.value.trim()) params.set('q', input.value.trim());
      for (const [facet, { any }] of Object.entries(selectedFilters(form))) for (const v of any) params.append(facet, v);
      url.search = params.toString();
      history.replaceState(null, '', url);
      void update();
    }, 150);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    schedule();
  });
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  void update();
}
