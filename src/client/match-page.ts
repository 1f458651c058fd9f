/**
 * /match/ and /en/match/: reads the conditions from the URL (the form's GET
 * query), judges every certified service in /data/match-index.json with the
 * shared rule (src/lib/match-rule.ts), and lists the result. Submitting the
 * form updates the URL in place, so the page is shareable and the back button
 * works. The words are those of the page's language (src/client/match-words.ts);
 * on the English page what a provider wrote is marked lang="ja" and results
 * lead to the English service pages.
 */
import { MAX_SERVICES, compareHref } from './compare-selection.ts';
import { fill, type MatchWords } from './match-words.ts';
import { matchPath, servicePath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import {
  conditionsFromParams,
  matchServices,
  paramsFromConditions,
  type Condition,
  type FieldInfo,
  type MatchEntry,
  type Verdict,
} from '../lib/match-rule.ts';

/** Wires the finder inside `root`: its form, summary line, compare link and result list. */
function start(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const summary = part('summary');
  const list = part('list');
  const compare = part('compare');
  const fields = JSON.parse(form.dataset.fields ?? '[]') as FieldInfo[];
  const locale = root.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'ja';
  const w = JSON.parse(form.dataset.words ?? '{}') as MatchWords;
  let index: Promise<MatchEntry[]> | undefined;

  function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  /** What a checkbox of the form is called (a choice's English name on /en/match/; the value itself is Japanese). */
  function boxLabel(name: string, value: string): string {
    const box = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
    return box?.parentElement?.textContent?.trim() || value;
  }

  /** A text of the page's language, or a place name as written (Japanese: marked on the English page). */
  function written(text: string): Node {
    if (locale === 'ja') return document.createTextNode(text);
    return el('span', text, { lang: 'ja' });
  }

  function labelOf(c: Condition): Node[] {
    const text = (t: string) => document.createTextNode(t);
    switch (c.kind) {
      case 'number': {
        const f = fields.find((x) => x.field === c.field);
        const unit = f?.type === 'number' && f.unit ? `${w.unitSpace}${f.unit}` : '';
        return [text(`${f?.label ?? c.field}: ${c.written}${unit}${c.op === 'lte' ? w.atMost : w.atLeast}`)];
      }
      case 'choice':
      case 'choices': {
        const chosen = (c.kind === 'choice' ? c.anyOf : c.allOf).map((v) => boxLabel(`${c.field}[]`, v));
        return [
          text(
            `${fields.find((x) => x.field === c.field)?.label ?? c.field}: ${chosen.join(c.kind === 'choice' ? w.or : w.and)}`,
          ),
        ];
      }
      case 'practice':
        return [text(`${boxLabel('practice[]', c.row)}: ${w.practiceDone}`)];
      case 'places': {
        const out: Node[] = [text(`${w.places}: `)];
        c.allOf.forEach((p, i) => out.push(...(i ? [text(w.placeAnd)] : []), written(p)));
        return out;
      }
    }
  }

  /** What the service's answer says, as quoted after a verdict: the provider's words as written, or ours. */
  function quoteOf(c: Condition, v: Verdict, entry: MatchEntry): Node[] {
    if (v.outcome === 'unknown') return [];
    const text = (t: string) => document.createTextNode(t);
    if (c.kind === 'practice')
      return [text(`${w.quote}${w.open}${v.outcome === 'met' ? w.practiceDone : w.practiceNotDone}${w.close}`)];
    if (c.kind === 'places' && entry.d.length === 0) return [text(`${w.quote}${w.open}${w.noPlaces}${w.close}`)];
    const quoted = c.kind === 'places' ? entry.d.join(w.placeJoin) : v.quote;
    if (!quoted) return [];
    return [text(`${w.quote}${w.open}`), written(quoted), text(w.close)];
  }

  /** Puts the URL's conditions into the form, so the form always shows what the list was judged by. */
  function fillForm(params: URLSearchParams): void {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      const name = input.name.replace(/\[\]$/u, '');
      const values = [...params.getAll(name), ...params.getAll(`${name}[]`)].flatMap((v) => v.split(','));
      if (input.type === 'checkbox') input.checked = values.includes(input.value);
      else input.value = params.get(input.name) ?? '';
    }
  }

  async function run(params: URLSearchParams): Promise<void> {
    const conditions = conditionsFromParams(params, fields);
    list.replaceChildren();
    compare.hidden = true;
    if (conditions.length === 0) {
      summary.textContent = w.prompt;
      return;
    }
    summary.textContent = w.searching;
    index ??= fetch('/data/match-index.json').then(
      async (r) => ((await r.json()) as { services: MatchEntry[] }).services,
    );
    const results = matchServices(await index, conditions);
    const all = results.filter((r) => r.met === conditions.length);
    summary.textContent = fill(conditions.length === 1 ? w.summaryOne : w.summary, {
      n: conditions.length,
      all: all.length,
      certified: results.length,
    });
    if (all.length >= 2) {
      const numbers = all.slice(0, MAX_SERVICES).map((r) => r.entry.n);
      compare.replaceChildren(
        el('a', fill(numbers.length === all.length ? w.compareAll : w.compareSome, { shown: numbers.length }), {
          href: compareHref(numbers, false, locale),
        }),
      );
      compare.hidden = false;
    }
    for (const r of results) {
      const li = el('li', undefined, {
        'data-number': r.entry.n,
        'data-meets': r.met === conditions.length ? 'all' : 'some',
      });
      const h = el('h3');
      const name = el('a', r.entry.s, { href: servicePath(slugOf(r.entry.n), locale) });
      if (locale === 'en') name.setAttribute('lang', 'ja');
      h.append(name);
      const provider = el('p');
      provider.append(written(r.entry.p), document.createTextNode(fill(w.number, { n: r.entry.n })));
      li.append(h, provider);
      li.append(
        el('p', r.met === conditions.length ? w.meetsAll : fill(w.meetsSome, { met: r.met, n: conditions.length }), {
          class: 'match-count',
        }),
      );
      const ul = el('ul', undefined, { class: 'match-verdicts' });
      conditions.forEach((c, i) => {
        const v = r.verdicts[i]!;
        const item = el('li', undefined, { class: v.outcome });
        const verdict =
          v.outcome === 'met'
            ? w.met
            : v.outcome === 'missed'
              ? w.missed
              : fill(w.unknown, { reason: w.reason[v.reason] });
        item.append(el('strong', `${verdict}: `), ...labelOf(c), ...quoteOf(c, v, r.entry));
        ul.append(item);
      });
      li.append(ul);
      list.append(li);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const conditions = conditionsFromParams(
      new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      fields,
    );
    const params = paramsFromConditions(conditions);
    const query = params.toString();
    history.pushState(null, '', matchPath(locale, query));
    void run(params);
  });

  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(location.search);
    fillForm(params);
    void run(params);
  });

  const initial = new URLSearchParams(location.search);
  fillForm(initial);
  void run(initial);
}

/** <match-finder> on /match/ and /en/match/: the conditions form and the results it lists, both inside the element. */
export class MatchFinder extends HTMLElement {
  connectedCallback(): void {
    start(this);
  }
}
