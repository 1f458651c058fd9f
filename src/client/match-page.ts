/**
 * /match/: reads the conditions from the URL (the form's GET query), judges
 * every certified service in /data/match-index.json with the shared rule
 * (src/lib/match-rule.ts), and lists the result. Submitting the form updates
 * the URL in place, so the page is shareable and the back button works.
 */
import { MAX_SERVICES, compareHref } from './compare-selection.ts';
import { servicePath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import {
  conditionsFromParams,
  matchServices,
  paramsFromConditions,
  type Condition,
  type FieldInfo,
  type MatchEntry,
} from '../lib/match-rule.ts';

/** Wires the finder inside `root`: its form, summary line, compare link and result list. */
function start(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const summary = part('summary');
  const list = part('list');
  const compare = part('compare');
  const fields = JSON.parse(form.dataset.fields ?? '[]') as FieldInfo[];
  let index: Promise<MatchEntry[]> | undefined;

  function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  function labelOf(c: Condition): string {
    switch (c.kind) {
      case 'number': {
        const f = fields.find((x) => x.field === c.field);
        return `${f?.label ?? c.field}: ${c.written}${f?.type === 'number' ? (f.unit ?? '') : ''}${c.op === 'lte' ? '以下' : '以上'}`;
      }
      case 'choice':
      case 'choices':
        return `${fields.find((x) => x.field === c.field)?.label ?? c.field}: ${c.kind === 'choice' ? c.anyOf.join(' または ') : c.allOf.join(' と ')}`;
      case 'practice': {
        const box = form.querySelector<HTMLInputElement>(`input[name="practice[]"][value="${CSS.escape(c.row)}"]`);
        return `${box?.parentElement?.textContent?.trim() ?? c.row}: 実施あり`;
      }
      case 'places':
        return `データセンターの所在地: ${c.allOf.join('・')}`;
    }
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
      summary.textContent = '条件を選んで「この条件で探す」を押してください。';
      return;
    }
    summary.textContent = '探しています…';
    index ??= fetch('/data/match-index.json').then(
      async (r) => ((await r.json()) as { services: MatchEntry[] }).services,
    );
    const results = matchServices(await index, conditions);
    const all = results.filter((r) => r.met === conditions.length);
    summary.textContent = `${conditions.length} つの条件をすべて満たすサービスは ${all.length} 件です（認定が有効な ${results.length} 件中）。`;
    if (all.length >= 2) {
      const numbers = all.slice(0, MAX_SERVICES).map((r) => r.entry.n);
      compare.replaceChildren(
        el('a', `条件を満たす${numbers.length === all.length ? '' : `上位${numbers.length}件の`}サービスを比較する`, {
          href: compareHref(numbers),
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
      h.append(el('a', r.entry.s, { href: servicePath(slugOf(r.entry.n)) }));
      li.append(h, el('p', `${r.entry.p}（認定番号 ${r.entry.n}）`));
      li.append(
        el(
          'p',
          r.met === conditions.length
            ? 'すべての条件を満たしています'
            : `${conditions.length} 条件中 ${r.met} 条件を満たしています`,
          {
            class: 'match-count',
          },
        ),
      );
      const ul = el('ul', undefined, { class: 'match-verdicts' });
      conditions.forEach((c, i) => {
        const v = r.verdicts[i]!;
        const item = el('li', undefined, { class: v.outcome });
        const verdict =
          v.outcome === 'met' ? '満たす' : v.outcome === 'missed' ? '満たさない' : `判断できません（${v.reason}）`;
        item.append(el('strong', `${verdict}: `), document.createTextNode(labelOf(c)));
        if (v.outcome !== 'unknown' && v.quote) item.append(document.createTextNode(` — 申請内容: 「${v.quote}」`));
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
    history.pushState(null, '', query ? `/match/?${query}` : '/match/');
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

/** <match-finder> on /match/: the conditions form and the results it lists, both inside the element. */
export class MatchFinder extends HTMLElement {
  connectedCallback(): void {
    start(this);
  }
}
