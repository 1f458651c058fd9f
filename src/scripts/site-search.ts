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
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** The other shards of a large catalogue's index (written by scripts/search-index.ts). */
const SHARDS_URL = '/pagefind/shards.json';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
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
      from.push(i);
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

/** The excerpt as DOM: Pagefind's text with only its <mark> highlights kept. */
function excerptNodes(excerpt: string): Node[] {
  const t = document.createElement('template');
  t.innerHTML = excerpt;
  return [...t.content.childNodes].map((n) => {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      return m;
    }
    return document.createTextNode(n.textContent ?? '');
  });
}

/**
 * An excerpt around the query's first word as written, when Pagefind's own
 * excerpt (centred on the pieces it matched) does not show it.
 */
export function literalExcerpt(content: string, query: string, excerpt: string): string {
  const word = query.split(/\s+/u).find(Boolean);
  if (!word || excerpt.includes(word)) return excerpt;
  const at = content.toLowerCase().indexOf(word.toLowerCase());
  if (at < 0) return excerpt;
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const from = Math.max(0, at - 30);
  const to = Math.min(content.length, at + word.length + 30);
  return `${esc(content.slice(from, at))}<mark>${esc(content.slice(at, at + word.length))}</mark>${esc(content.slice(at + word.length, to))}`;
}

function card(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = d.url;
  a.textContent = d.meta['title'] ?? d.url;
  h.append(a);
  const dl = document.createElement('p');
  dl.className = 'search-result__meta';
  // Service pages carry their provider and number; the scheme pages (/about/) say what they are.
  dl.textContent = d.meta['認定番号'] ? `${d.meta['事業者名称'] ?? ''}・認定番号 ${d.meta['認定番号']}` : '制度の説明';
  const ex = document.createElement('p');
  ex.className = 'search-result__excerpt';
  ex.append(...excerptNodes(d.excerpt));
  li.append(h, dl, ex);
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
  const exactList = document.getElementById('search-results')!;
  const partial = document.getElementById('search-partial') as HTMLDetailsElement;
  const partialList = document.getElementById('search-partial-results')!;
  const partialCount = document.getElementById('search-partial-count')!;
  let run = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
    box.checked = params.getAll(box.dataset['facet']!).includes(box.value);
  }

  async function update(): Promise<void> {
    const mine = ++run;
    const typed = input.value.trim();
    // Full-width letters and digits (ＩＰ０００１) are searched as their ASCII forms.
    const q = typed.normalize('NFKC');
    const filters = selectedFilters(form);
    if (!q && Object.keys(filters).length === 0) {
      exactList.replaceChildren();
      partial.hidden = true;
      status.textContent = 'キーワードを入力するか、絞り込み条件を選んでください。';
      return;
    }
    status.textContent = '検索しています…';
    const pf = await loadPagefind();
    const r = await pf.search(q || null, { filters });
    const pieces = await Promise.all(japaneseBigrams(q).map((b) => pf.search(b, { filters })));
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
    for (const d of exact) d.excerpt = literalExcerpt(d.content, q, d.excerpt);
    exactList.replaceChildren(...exact.map(card));
    partialList.replaceChildren(...rest.map(card));
    partial.hidden = rest.length === 0;
    partialCount.textContent = String(rest.length);
    // Counts are of the services listed first, so they agree with what is shown.
    for (const box of form.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      const n = exact.filter((d) => d.filters[box.dataset['facet']!]?.includes(box.value)).length;
      box.parentElement!.querySelector('.facet-count')!.textContent = `（${n}）`;
    }
    status.textContent = q
      ? `「${typed}」を含むサービス ${exact.length} 件${rest.length ? `（ほかに一部の語だけ一致 ${rest.length} 件）` : ''}`
      : `条件に合うサービス ${exact.length} 件`;
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
