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
 * Words are compared normalised (src/rules/search-normalise.ts, the same
 * function the index's hidden words come from), so 「サーバー」 holds in a
 * page that says 「サーバ」. A word in the secretariat's dictionary
 * (content/search-synonyms.yaml, embedded in the page) is also searched as
 * its synonyms and region's prefectures; those pages come after the ones
 * that hold the words themselves, and the page says what was added, with a
 * link to search the words alone (?literal=1).
 *
 * What costs time on a large catalogue is each result's data (a fragment of
 * about 9 KB): a broad word matches thousands of pages. So the words are
 * checked only for the results about to be shown, in Pagefind's ranking, a
 * screen at a time (「さらに表示」 checks the next ones); the dictionary's and
 * the two-letter look-ups run only once the query's own results are used up,
 * and a page they find is fetched only when its turn comes. Counts are exact
 * once every candidate has been checked (always so on a small catalogue);
 * before that the page says how many candidates are left.
 */
import {
  findHit,
  markRanges,
  pageSegments,
  pageWords,
  queryWords,
  rowName,
  rowsNamed,
  unpackSearchRows,
  type PackedSearchRow,
  type PageAnchor,
  type SearchRow,
} from './search-excerpt.ts';
import { normaliseWithMap, type SearchDictionary } from '../rules/search-normalise.ts';
import { howHeld, japaneseBigrams, lookups, pagefindTerm, rankByPieces, type Holding } from './search-match.ts';
import { itemPath, itemsPath, searchIndexPath } from '../lib/paths.ts';
import { expandQuery, expansionNotice, type ExpandedWord } from '../lib/search-expansion.ts';
import { fill as fillIn, JA_SEARCH_WORDS, JAPANESE_TEXT, type SearchWords } from './search-words.ts';

/**
 * The index of the page's language (searchIndexPath: /pagefind/ for Japanese,
 * /en/pagefind/ for English; src/integrations/search-index.ts writes one per
 * language). Its shards.json lists the other shards of a large catalogue's index.
 */
const pagefindUrl = (bundle: string) => `${bundle}pagefind.js`;
const shardsUrl = (bundle: string) => `${bundle}shards.json`;

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
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: { filters: Record<string, { any: string[] }> }): Promise<PagefindSearch>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(bundle: string): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ pagefindUrl(bundle)) as Promise<Pagefind>).then(async (pf) => {
    // In this thread rather than Pagefind's worker: one script fewer to fetch (43 KB) before the first result,
    // and the work per query (a few index chunks, a screen of fragments) is small.
    // Results' addresses from the site's root (the pages' paths are the site's): Pagefind would otherwise put
    // them under the folder above the bundle, /en/ for /en/pagefind/. Each merged shard takes its own.
    await pf.options({ excerptLength: 24, noWorker: true, baseUrl: '/' });
    const { shards } = (await (await fetch(shardsUrl(bundle))).json()) as { shards: string[] };
    // One search over every shard: Pagefind merges their results and filters.
    await Promise.all(shards.map((path) => pf.mergeIndex(path, { baseUrl: '/' })));
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
  words: SearchWords,
  via: [string, string][] = [],
): HTMLLIElement {
  const english = words.locale !== 'ja';
  // On an English page, what a provider wrote (names, answers) is kept as written and marked as Japanese.
  const asWritten = <E extends HTMLElement>(e: E, always = false): E => {
    if (english && (always || JAPANESE_TEXT.test(e.textContent))) e.lang = 'ja';
    return e;
  };
  const li = el('li', 'search-result');
  const title = asWritten(el('a', undefined, (d.meta['title'] ?? d.url).replace(/（IP\d{4}-\d{4}）$/u, '')));
  title.href = d.url;
  li.append(el('h3', undefined, title));
  const number = d.meta['認定番号'];
  if (number) {
    const status = d.filters['状態']?.[0] ?? '';
    const [tone, mark] = STATUS_TONE[status] ?? ['ended', '×'];
    const badge = el(
      'span',
      `search-status search-status--${tone}`,
      el('span', undefined, mark),
      words.status[status] ?? status,
    );
    badge.firstElementChild!.setAttribute('aria-hidden', 'true');
    const provider = d.meta['事業者名称'];
    const facts = [d.filters['区分']?.[0], fillIn(words.number, { n: number })].filter(Boolean).join(words.factsJoin);
    const meta = el('p', 'search-result__meta', badge, ' ');
    if (provider) meta.append(asWritten(el('span', undefined, provider), true), words.factsJoin);
    meta.append(facts);
    li.append(meta);
  }
  const text = d.raw_content ?? d.content;
  const fallback = d.locations[0] !== undefined ? pageWords(text)[d.locations[0]]?.trim() : undefined;
  const hit = query || fallback ? findHit(pageSegments(text, d.anchors ?? [], rows), query, fallback) : null;
  if (hit && (hit.excerpt || hit.label)) {
    const p = el('p', 'search-result__hit');
    if (hit.label) {
      const where = asWritten(el('a', 'search-result__where', hit.label));
      where.href = hit.anchor ? `${d.url}#${hit.anchor}` : d.url;
      p.append(where, hit.excerpt ? words.hitJoin : '');
    }
    const marks = query ? queryWords(query) : fallback ? [fallback] : [];
    p.append(asWritten(el('span', undefined, ...marked(hit.excerpt, marks))));
    li.append(p);
  }
  if (via.length)
    li.append(
      el('p', 'search-result__via', via.map(([word, term]) => fillIn(words.via, { word, term })).join(words.listJoin)),
    );
  return li;
}

/** Results a screen holds: 「さらに表示」 adds as many again. */
export const SCREEN = 20;
/**
 * At most this many candidates are checked for one screen: a query whose
 * candidates rarely hold its words (a compound cut into common pieces) stops
 * here and offers to check more, instead of fetching every page's data.
 */
export const CHECK_BUDGET = 40;
/** Candidates fetched before the first card: few, so it does not wait behind a screen of fragments. */
const FIRST_BATCH = 1;

const PROVIDER_FACET = '事業者名称';
/** Providers offered as choices after a search: the most frequent in the results (and any already chosen). */
const PROVIDER_CHOICES = 20;

function selectedFilters(root: HTMLElement): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const box of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-facet]:checked')) {
    (out[box.dataset['facet']!] ??= { any: [] }).any.push(box.value);
  }
  return out;
}

/** One query's results, checked a screen at a time. */
interface Run {
  q: string;
  typed: string;
  words: ExpandedWord[];
  /** Found but not yet checked, in the order they are to be shown. */
  queue: PagefindResult[];
  seen: Set<string>;
  /** Further look-ups (the dictionary's, then the two-letter pieces), run only when the queue runs out. */
  later: (() => Promise<PagefindResult[]>)[];
  /** Ids of the query's own results (the others come from the dictionary's or the pieces' look-ups). */
  mainIds: Set<string>;
  services: PagefindResultData[];
  pages: PagefindResultData[];
  rest: PagefindResultData[];
  held: Map<PagefindResultData, NonNullable<Holding>>;
  nExpanded: number;
}

/**
 * The search page, as an element that owns its markup (src/pages/search.astro)
 * and finds its parts inside itself. Defined from a function, not at import,
 * so the pure helpers above load where there is no DOM (unit tests).
 */
export function defineSearchPage(): void {
  if (customElements.get('search-page')) return;
  customElements.define(
    'search-page',
    class extends HTMLElement {
      #started = false;

      connectedCallback(): void {
        if (this.#started) return;
        this.#started = true;
        startSearchPage(this);
      }
    },
  );
}

export function startSearchPage(root: HTMLElement): void {
  const part = <T extends HTMLElement = HTMLElement>(selector: string): T => root.querySelector<T>(selector)!;
  const form = part<HTMLFormElement>('form');
  const input = part<HTMLInputElement>('input[name=q]');
  const status = part('#search-status');
  const filters = part<HTMLDetailsElement>('#search-filters');
  const filterCount = part('#search-filter-count');
  const providerChoices = part('#search-providers');
  const providerHint = part('#search-providers-hint');
  const items = part('#search-items');
  const servicesBox = part('#search-services');
  const servicesCount = part('#search-services-count');
  const exactList = part('#search-results');
  const partial = part<HTMLDetailsElement>('#search-partial');
  const partialList = part('#search-partial-results');
  const partialCount = part('#search-partial-count');
  const pagesBox = part('#search-pages-section');
  const pagesCount = part('#search-pages-count');
  const pagesList = part('#search-pages');
  const more = part<HTMLButtonElement>('#search-more');
  const rowList = unpackSearchRows(JSON.parse(part('#search-form-rows').textContent) as PackedSearchRow[]);
  const rows = new Map(rowList.map((r) => [r.id, r]));
  const say = root.dataset['words'] ? (JSON.parse(root.dataset['words']) as SearchWords) : JA_SEARCH_WORDS;
  const bundle = searchIndexPath(say.locale);
  // The dictionary's synonyms and regions are Japanese terms: only the Japanese page carries them.
  const synonyms = root.querySelector('#search-synonyms');
  const dictionary: SearchDictionary = synonyms
    ? (JSON.parse(synonyms.textContent) as SearchDictionary)
    : { groups: [], expansions: {} };
  const english = say.locale !== 'ja';
  const expansion = part('#search-expansion');
  let runId = 0;
  let current: Run | undefined;
  let providerSerial = 0;

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
  for (const box of root.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = params.getAll(box.dataset['facet']!).includes(box.value);
  }
  // Providers are too many to list (thousands on a large catalogue): one chosen in the URL becomes a choice.
  showProviders(new Map(), params.getAll(PROVIDER_FACET));

  /**
   * The provider choices: those already chosen, then the most frequent in the
   * results. An existing box is kept (with its focus) when it stays.
   */
  function showProviders(counts: ReadonlyMap<string, number>, chosenNow?: readonly string[], withCounts = true): void {
    const existing = new Map(
      [...providerChoices.querySelectorAll<HTMLInputElement>('input[data-facet]')].map((b) => [b.value, b]),
    );
    const chosen = chosenNow ?? [...existing.values()].filter((b) => b.checked).map((b) => b.value);
    const frequent = [...counts]
      .filter(([v, n]) => n > 0 && !chosen.includes(v))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'ja'))
      .slice(0, PROVIDER_CHOICES)
      .map(([v]) => v);
    const boxes = [...chosen, ...frequent].map((v) => {
      let box = existing.get(v);
      if (!box) {
        box = el('input');
        box.type = 'checkbox';
        box.id = `facet-provider-${providerSerial++}`;
        box.value = v;
        box.dataset['facet'] = PROVIDER_FACET;
        const label = el('label', undefined, v, el('span', 'facet-count'));
        // A provider's name as written: Japanese on an English page.
        if (english) label.firstChild!.replaceWith(Object.assign(el('span', undefined, v), { lang: 'ja' }));
        label.htmlFor = box.id;
        el('div', 'facet', box, label);
      }
      box.checked = chosen.includes(v);
      box.parentElement!.querySelector('.facet-count')!.textContent =
        withCounts && counts.has(v) ? fillIn(say.count, { n: counts.get(v)! }) : '';
      return box.parentElement!;
    });
    providerChoices.replaceChildren(...boxes);
    providerHint.hidden = boxes.length > 0;
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
      a.href = itemPath(r.id, say.locale);
      return i ? [say.listJoin, a] : [a];
    });
    const more =
      named.length > shown.length
        ? [
            fillIn(say.itemsMoreBefore, { n: named.length - shown.length }),
            Object.assign(el('a', undefined, say.itemsIndex), { href: itemsPath(undefined, say.locale) }),
            say.itemsMoreAfter,
          ]
        : [];
    items.replaceChildren(el('p', undefined, say.itemsLead, ...links, ...more));
    items.hidden = false;
  }

  const isService = (d: PagefindResultData) => Boolean(d.meta['認定番号']);

  function cardOf(r: Run, d: PagefindResultData): HTMLLIElement {
    const h = r.held.get(d);
    if (!h) return card(d, r.q, rows, say);
    const via =
      h.kind === 'expanded'
        ? h.words.flatMap((t, i): [string, string][] => (t === r.words[i]!.word ? [] : [[r.words[i]!.word, t]]))
        : [];
    return card(d, h.words.join(' '), rows, say, via);
  }

  /** Adds a checked page to its list: literal hits before those found through the dictionary. */
  function place(r: Run, d: PagefindResultData, fromQuery: boolean): void {
    const h = r.held.get(d);
    if (r.q && !h) {
      // Found by the query itself but without every word as written: listed apart (pieces' pages are dropped).
      if (fromQuery) {
        r.rest.push(d);
        partialList.append(card(d, '', rows, say));
      }
      return;
    }
    const [list, into] = isService(d) ? [r.services, exactList] : [r.pages, pagesList];
    list.push(d);
    const li = cardOf(r, d);
    li.dataset['kind'] = h?.kind ?? 'literal';
    if (h?.kind === 'expanded') {
      r.nExpanded++;
      into.append(li);
    } else into.insertBefore(li, into.querySelector(':scope > [data-kind=expanded]'));
  }

  /** Checks candidates in order until `target` results are shown, the candidates run out or the budget is spent. */
  async function fill(r: Run, mine: number, target: number): Promise<boolean> {
    let checked = 0;
    const shown = () => r.services.length + r.pages.length;
    while (shown() < target && checked < CHECK_BUDGET) {
      if (r.queue.length === 0) {
        const next = r.later.shift();
        if (!next) break;
        const found = await next();
        if (mine !== runId) return false;
        r.queue.push(...found.filter((x) => !r.seen.has(x.id) && r.seen.add(x.id)));
        continue;
      }
      // Fetched together, judged and shown in order as each arrives, so the first card does not wait for the last;
      // the very first batch is small, so the first card does not share the line with a whole screen's fragments.
      const size = shown() === 0 && checked === 0 ? FIRST_BATCH : Math.max(target - shown(), 8);
      const batch = r.queue.splice(0, Math.min(size, CHECK_BUDGET - checked));
      checked += batch.length;
      const data = batch.map((x) => x.data());
      for (const [i, pending] of data.entries()) {
        const d = await pending;
        if (mine !== runId) return false;
        // Pagefind keeps a zero-width space between the words it cut Japanese into.
        d.content = d.content.replace(/\u200b/g, '');
        const h = r.q ? howHeld(normaliseWithMap(`${d.meta['title'] ?? ''} ${d.content}`), r.words) : null;
        if (h) r.held.set(d, h);
        place(r, d, r.mainIds.has(batch[i]!.id));
        showCounts(r, false);
      }
    }
    return true;
  }

  /** Candidates not yet checked (the look-ups not yet run count as unknown). */
  const complete = (r: Run) => r.queue.length === 0 && r.later.length === 0;

  function showCounts(r: Run, final: boolean): void {
    const services = r.services.length;
    const pages = r.pages.length;
    servicesBox.hidden = services === 0;
    servicesCount.textContent = String(services);
    pagesBox.hidden = pages === 0;
    pagesCount.textContent = String(pages);
    partial.hidden = r.rest.length === 0;
    partialCount.textContent = String(r.rest.length);
    if (!final) return;
    const done = complete(r);
    // Counts are of the services listed, so they agree with what is shown; while candidates are left unchecked the
    // totals are unknown and left blank (Pagefind counts filters only after loading every shard's filter files).
    const countOf = (facet: string, value: string) =>
      r.services.filter((d) => d.filters[facet]?.includes(value)).length;
    for (const box of root.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      if (box.dataset['facet'] === PROVIDER_FACET) continue;
      box.parentElement!.querySelector('.facet-count')!.textContent = done
        ? fillIn(say.count, { n: countOf(box.dataset['facet']!, box.value) })
        : '';
    }
    // The providers offered are those of the services listed (all of them once every candidate is checked).
    const providers = new Map<string, number>();
    for (const d of r.services)
      for (const p of d.filters[PROVIDER_FACET] ?? []) providers.set(p, (providers.get(p) ?? 0) + 1);
    showProviders(providers, undefined, done);
    const also = [
      r.nExpanded ? fillIn(say.alsoExpanded, { n: r.nExpanded }) : '',
      pages ? fillIn(say.alsoPages, { n: pages }) : '',
      r.rest.length ? fillIn(say.alsoPartial, { n: r.rest.length }) : '',
    ]
      .filter(Boolean)
      .join(say.listJoin);
    const left = r.queue.length;
    // Not every candidate checked yet: say so, so 「20 件」 is not read as all there is.
    const pending = done
      ? ''
      : left
        ? fillIn(say.pendingLeft, { n: left.toLocaleString(english ? 'en-GB' : 'ja-JP') })
        : say.pendingLookups;
    status.textContent =
      (r.q
        ? fillIn(say.found, { q: r.typed, n: services }) +
          (also ? fillIn(r.nExpanded ? say.alsoAmong : say.alsoWith, { also }) : '')
        : fillIn(say.foundNoQuery, { n: services })) + pending;
    more.hidden = done;
  }

  async function update(): Promise<void> {
    const mine = ++runId;
    current = undefined;
    const typed = input.value.trim();
    // Full-width letters and digits (ＩＰ０００１) are searched as their ASCII forms.
    const q = typed.normalize('NFKC');
    const chosen = selectedFilters(root);
    const nChosen = Object.values(chosen).reduce((n, f) => n + f.any.length, 0);
    filterCount.textContent = nChosen ? fillIn(say.chosen, { n: nChosen }) : '';
    showItems(q);
    exactList.replaceChildren();
    pagesList.replaceChildren();
    partialList.replaceChildren();
    more.hidden = true;
    if (!q && nChosen === 0) {
      servicesBox.hidden = true;
      pagesBox.hidden = true;
      partial.hidden = true;
      expansion.hidden = true;
      status.textContent = say.empty;
      return;
    }
    status.textContent = say.searching;
    let pf: Pagefind;
    try {
      pf = await loadPagefind(bundle);
    } catch {
      pagefind = undefined;
      status.textContent = fillIn(say.loadFailed, { q: typed });
      return;
    }
    const expanded = expandQuery(q, dictionary);
    const words = literal ? expanded.map((w) => ({ word: w.word, alternatives: [] })) : expanded;
    const main = await pf.search(q ? pagefindTerm(q) : null, { filters: chosen });
    if (mine !== runId) return;
    // Pagefind compares words in lower case: a look-up that differs only in case would repeat the query's.
    const asked = (x: string) => pagefindTerm(x).toLowerCase();
    const others = q ? [...new Set(lookups(words).map(asked))].filter((x) => x !== asked(q)) : [];
    const pieceWords = [...new Set([q, ...others].flatMap(japaneseBigrams))];
    const search = (w: string) => pf.search(w, { filters: chosen });
    const r: Run = {
      q,
      typed,
      words,
      queue: [...main.results],
      seen: new Set(main.results.map((x) => x.id)),
      later: [
        ...(others.length ? [async () => (await Promise.all(others.map(search))).flatMap((s) => s.results)] : []),
        ...(pieceWords.length
          ? [async () => rankByPieces((await Promise.all(pieceWords.map(search))).map((s) => s.results))]
          : []),
      ],
      mainIds: new Set(main.results.map((x) => x.id)),
      services: [],
      pages: [],
      rest: [],
      held: new Map(),
      nExpanded: 0,
    };
    current = r;
    showExpansion(typed, expanded);
    if (!(await fill(r, mine, SCREEN))) return;
    showCounts(r, true);
    // For people and tests alike: the results now shown are for this query.
    form.dataset['searched'] = typed;
  }

  async function showMore(): Promise<void> {
    const r = current;
    if (!r) return;
    const mine = runId;
    more.disabled = true;
    status.textContent = say.checkingMore;
    const ok = await fill(r, mine, r.services.length + r.pages.length + SCREEN);
    more.disabled = false;
    if (ok) showCounts(r, true);
  }
  more.addEventListener('click', () => void showMore());

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
      for (const [facet, { any }] of Object.entries(selectedFilters(root)))
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
