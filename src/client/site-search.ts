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
 *
 * Words are compared normalised (src/lib/search-normalise.ts, the same
 * function the index's hidden words come from), so 「サーバー」 holds in a
 * page that says 「サーバ」. A word in the secretariat's dictionary
 * (content/search-synonyms.yaml, embedded in the page) is also searched as
 * its synonyms and region's prefectures; those pages come after the ones
 * that hold the words themselves, and the page says what was added, with a
 * link to search the words alone (?literal=1).
 */
import {
  findHit,
  markRanges,
  pageSegments,
  queryWords,
  rowName,
  rowsNamed,
  type PageAnchor,
  type SearchRow,
} from './search-excerpt.ts';
import {
  holdsNormalised,
  normaliseSearchText,
  normaliseWithMap,
  type NormalisedText,
} from '../lib/search-normalise.ts';
import { expandQuery, expansionNotice, type ExpandedWord, type SearchDictionary } from '../lib/search-expansion.ts';

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
  ): Promise<{
    results: { id: string; data(): Promise<PagefindResultData> }[];
    filters: Record<string, Record<string, number>>;
  }>;
}

/** For comparing text as a reader means it: the search normalisation (width, case, spelling variants, separators). */
export function normaliseForMatch(s: string): string {
  return normaliseSearchText(s);
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
  const t = normaliseWithMap(text);
  return query
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => holdsNormalised(t, w));
}

/** How a page holds the query: every word as typed (or a spelling variant of it), or only through the dictionary. */
export type Holding = { kind: 'literal' | 'expanded'; words: string[] } | null;

export function howHeld(t: NormalisedText, words: readonly ExpandedWord[]): Holding {
  if (words.every((w) => holdsNormalised(t, w.word))) return { kind: 'literal', words: words.map((w) => w.word) };
  const chosen = words.map((w) => [w.word, ...w.alternatives].find((a) => holdsNormalised(t, a)));
  return chosen.every((c) => c !== undefined) ? { kind: 'expanded', words: chosen } : null;
}

/** The look-ups for a query: each word's forms (as typed, normalised, and its dictionary terms) combined, at most `max`. */
export function lookups(words: readonly ExpandedWord[], max = 24): string[] {
  const forms = words.map((w) => [
    ...new Set([w.word, ...w.alternatives].flatMap((t) => [t, normaliseSearchText(t)]).filter(Boolean)),
  ]);
  let combos: string[][] = [[]];
  for (const f of forms) {
    combos = combos.flatMap((c) => f.map((x) => [...c, x]));
    if (combos.length > max) combos = combos.slice(0, max);
  }
  return [...new Set(combos.map((c) => c.join(' ')))];
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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
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
function card(
  d: PagefindResultData,
  query: string,
  rows: ReadonlyMap<string, SearchRow>,
  via: [string, string][] = [],
): HTMLLIElement {
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
  if (via.length)
    li.append(el('p', 'search-result__via', via.map(([w, t]) => `『${w}』の代わりに『${t}』で一致`).join('、')));
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
  const rowList = JSON.parse(document.getElementById('search-form-rows')!.textContent) as SearchRow[];
  const rows = new Map(rowList.map((r) => [r.id, r]));
  const dictionary = JSON.parse(document.getElementById('search-synonyms')!.textContent) as SearchDictionary;
  const expansion = document.getElementById('search-expansion')!;
  let run = 0;

  // The filters work only with this script: shown now, open beside the results on a wide screen,
  // folded behind 「絞り込み」 on a phone so the results come first.
  filters.hidden = false;
  const wide = matchMedia('(min-width: 48.0625rem)');
  filters.open = wide.matches;
  wide.addEventListener('change', () => (filters.open = wide.matches));

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // ?literal=1: the words only, without the dictionary (kept until the words are changed).
  let literal = params.get('literal') === '1';
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
      expansion.hidden = true;
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
    const expanded = expandQuery(q, dictionary);
    const words = literal ? expanded.map((w) => ({ word: w.word, alternatives: [] })) : expanded;
    const r = await pf.search(q || null, { filters: chosen });
    const others = q ? lookups(words).filter((x) => x !== q) : [];
    const pieceWords = [...new Set([q, ...others].flatMap(japaneseBigrams))];
    const pieces = await Promise.all([...others, ...pieceWords].map((b) => pf.search(b, { filters: chosen })));
    const found = await Promise.all(r.results.map((x) => x.data()));
    // Each page's data is fetched once, whichever look-ups found it.
    const seen = new Set(r.results.map((x) => x.id));
    const extra = pieces.flatMap((p) => p.results).filter((x) => !seen.has(x.id) && seen.add(x.id));
    const byUrl = new Map<string, PagefindResultData>(found.map((d) => [d.url, d]));
    for (const d of await Promise.all(extra.map((x) => x.data()))) byUrl.set(d.url, d);
    if (mine !== run) return;
    // Pagefind keeps a zero-width space between the words it cut Japanese into.
    for (const d of byUrl.values()) d.content = d.content.replace(/\u200b/g, '');
    const held = new Map<PagefindResultData, NonNullable<Holding>>();
    for (const d of byUrl.values()) {
      const h = q ? howHeld(normaliseWithMap(`${d.meta['title'] ?? ''} ${d.content}`), words) : null;
      if (h) held.set(d, h);
    }
    // Pages that hold the words themselves first (in Pagefind's ranking, then those found only through the pieces),
    // then pages that hold them only through the dictionary.
    const all = [...byUrl.values()];
    const exact = q
      ? [...all.filter((d) => held.get(d)?.kind === 'literal'), ...all.filter((d) => held.get(d)?.kind === 'expanded')]
      : found;
    const rest = found.filter((d) => !exact.includes(d));
    const nExpanded = exact.filter((d) => held.get(d)?.kind === 'expanded').length;
    // Services and the scheme's own pages (/about/) are counted and listed apart.
    const isService = (d: PagefindResultData) => Boolean(d.meta['認定番号']);
    const services = exact.filter(isService);
    const pages = exact.filter((d) => !isService(d));
    const cardOf = (d: PagefindResultData) => {
      const h = held.get(d);
      if (!h) return card(d, q, rows);
      const via =
        h.kind === 'expanded'
          ? h.words.flatMap((t, i): [string, string][] => (t === words[i]!.word ? [] : [[words[i]!.word, t]]))
          : [];
      return card(d, h.words.join(' '), rows, via);
    };
    exactList.replaceChildren(...services.map(cardOf));
    pagesList.replaceChildren(...pages.map(cardOf));
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
    showExpansion(typed, expanded);
    const also = [
      nExpanded ? `合わせて検索した語で一致 ${nExpanded} 件` : '',
      pages.length ? `制度の説明のページ ${pages.length} 件` : '',
      rest.length ? `一部の語だけ一致 ${rest.length} 件` : '',
    ]
      .filter(Boolean)
      .join('、');
    status.textContent = q
      ? `「${typed}」を含むサービス ${services.length} 件${also ? `（${nExpanded ? 'うち' : 'ほかに'}${also}）` : ''}`
      : `条件に合うサービス ${services.length} 件`;
    // For people and tests alike: the results now shown are for this query.
    form.dataset['searched'] = typed;
  }

  /** The line that says which words the dictionary added, with a link to the words alone (or back). */
  function showExpansion(typed: string, expanded: ExpandedWord[]): void {
    const notice = expansionNotice(expanded);
    if (!notice) {
      expansion.hidden = true;
      expansion.replaceChildren();
      return;
    }
    const url = new URL(location.href);
    if (literal) url.searchParams.delete('literal');
    else url.searchParams.set('literal', '1');
    const a = el('a', undefined, literal ? notice.replace(/しました。/gu, 'する') : `「${typed}」の語だけで検索する`);
    a.href = `${url.pathname}${url.search}`;
    a.addEventListener('click', (e) => {
      e.preventDefault();
      literal = !literal;
      history.replaceState(null, '', a.href);
      void update();
    });
    expansion.replaceChildren(
      el(
        'p',
        undefined,
        literal ? `「${typed}」の語だけで検索しました（同義語・地域名は使っていません）。` : notice,
        ' ',
        a,
      ),
    );
    expansion.hidden = false;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      // Facet checkboxes have no name (several share a facet); they go into the URL as 区分=IaaS etc.
      const params = new URLSearchParams();
      if (input.value.trim()) params.set('q', input.value.trim());
      if (literal) params.set('literal', '1');
      for (const [facet, { any }] of Object.entries(selectedFilters(form)))
        for (const v of any) params.append(facet, v);
      url.search = params.toString();
      history.replaceState(null, '', url);
      void update();
    }, 150);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    schedule();
  });
  form.addEventListener('input', (e) => {
    // New words are searched with the dictionary again.
    if (e.target === input) literal = false;
    schedule();
  });
  form.addEventListener('change', schedule);
  void update();
}
