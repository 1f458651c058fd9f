/**
 * <compare-app> (CompareApp.astro): reads the selection and the 差分のみ表示
 * toggle from the URL (falling back to the stored selection), fetches only
 * the chosen services' published JSON, and fills one column per service into
 * the server-rendered Form B skeleton. Answers are cloned from the server's
 * <template>s (answer-node.ts), and so is each column's status badge; service
 * URLs come from paths.ts. Every part is found inside the element, and so
 * are its words (data-words), so the English page runs the same code.
 */
import { AnswerNodes } from './answer-node.ts';
import {
  MAX_SERVICES,
  MIN_SERVICES,
  compareHref,
  loadSelection,
  saveSelection,
  selectionFromUrl,
} from './compare-selection.ts';
import type { ServiceJson } from '../lib/formats/service-json.ts';
import { loadWatch, saveWatch } from './watch-store.ts';
import type { PublishedAnswer } from '../lib/publication.ts';
import type { SheetService } from '../lib/compare-sheet.ts';
import { sheetService } from '../lib/sheet-service.ts';
import { serviceJsonPath, servicePath } from '../lib/paths.ts';
import { slugOf } from '../rules/certification-number.ts';
import type { CompareWords } from '../i18n/widget-words.ts';
import { asWritten, fill, fillNodes, pageLocale, readWords } from './widget-words.ts';

/** The open-data file (/data/services/<id>.json) keyed by row id, as the table needs it. */
type CompareService = SheetService & { id: string; category: string };

/** The service's page in the page's language, at the site's own address (s.page's). */
function toCompare(s: ServiceJson, locale: 'ja' | 'en'): CompareService {
  const id = slugOf(s.certificationNumber);
  return { ...sheetService(s), page: new URL(servicePath(id, locale), s.page).href, id, category: s.category };
}

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** What decides "same answer": state, 実施有無 and the text; a missing data centre is its own value. */
const keyOf = (a: PublishedAnswer | undefined | null) =>
  a === null
    ? '-'
    : !a || a.state !== 'answered'
      ? (a?.state ?? 'unanswered')
      : a.values?.length
        ? // Where a value is declared, two services are the same when their values are.
          `v|${a.implemented ?? ''}|${a.values.map((v) => v.text).join('/')}`
        : `${a.implemented ?? ''}|${a.content}`;

/** Marks the best declared value of a row (per the template's `better`), when at least two services have one. */
function markBest(row: HTMLTableRowElement, list: CompareService[], bestWord: string): void {
  const better = row.dataset.better;
  if (!better) return;
  const numbers = list.map((s) => {
    const a = s.answers[row.dataset.row!];
    const v = a?.state === 'answered' ? a.values?.[0] : undefined;
    return v && 'number' in v ? v.number : undefined;
  });
  const present = numbers.filter((n): n is number => n !== undefined);
  if (present.length < 2) return;
  const best = better === 'higher' ? Math.max(...present) : Math.min(...present);
  if (present.every((n) => n === best)) return;
  numbers.forEach((n, i) => {
    if (n !== best) return;
    const value = row.cells[i + 1]?.querySelector('.answer__value');
    if (!value) return;
    value.classList.add('answer__value--best');
    value.append(el('span', 'visually-hidden', bestWord));
  });
}

export class CompareApp extends HTMLElement {
  #words!: CompareWords;
  #locale = pageLocale();
  #part = <T extends HTMLElement = HTMLElement>(name: string) => this.querySelector<T>(`[data-part="${name}"]`)!;
  #boxes: HTMLInputElement[] = [];
  /** Ended services (not offered by default): what ended and when, as the service page says it. */
  #endedText = new Map<string, string>();
  #table!: HTMLTableElement;
  #answers = new AnswerNodes(this);
  #cache = new Map<string, Promise<CompareService>>();
  #selection: string[] = [];
  #diffOnly = false;
  #unknown: string[] = [];
  #shown: CompareService[] = [];
  #generation = 0;

  connectedCallback(): void {
    this.#words = readWords<CompareWords>(this);
    this.#boxes = [...this.#part('pick').querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    this.#endedText = new Map(this.#boxes.filter((b) => b.dataset.ended).map((b) => [b.value, b.dataset.ended!]));
    this.#table = this.#part<HTMLTableElement>('table');
    const known = new Set(this.#boxes.map((b) => b.value));
    const params = new URLSearchParams(location.search);
    const fromUrl = selectionFromUrl(params);
    this.#selection = (fromUrl.length ? fromUrl : loadSelection()).filter((id) => known.has(id)).slice(0, MAX_SERVICES);
    this.#diffOnly = params.get('diff') === '1';
    this.#unknown = fromUrl.filter((id) => !known.has(id));
    this.#wire();
    void this.#render();
  }

  #wire(): void {
    const table = this.#table;
    for (const b of this.#boxes) {
      b.addEventListener('change', () => {
        this.#selection = b.checked ? [...this.#selection, b.value] : this.#selection.filter((id) => id !== b.value);
        void this.#render();
      });
    }
    const diffBox = this.#part<HTMLInputElement>('diff-only');
    diffBox.addEventListener('change', () => {
      this.#diffOnly = diffBox.checked;
      void this.#render();
    });
    this.#part('print').addEventListener('click', () => print());
    // The workbook writer loads only when asked for (not part of the page's first load).
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-save]')) {
      const kind = button.dataset.save as 'xlsx' | 'csv';
      button.addEventListener('click', async () => {
        const status = this.#part('save-status');
        button.disabled = true;
        status.textContent = this.#words.saving;
        try {
          const { saveComparison } = await import('./compare-export.ts');
          const name = await saveComparison({
            kind,
            table,
            services: this.#shown,
            diffOnly: this.#diffOnly,
            asOf: this.dataset.asOf!,
            siteName: this.dataset.site!,
            words: this.#words.sheet,
            status: this.#words.status,
          });
          status.textContent = fill(this.#words.saved, { file: name });
        } catch {
          status.textContent = this.#words.saveFailed;
        } finally {
          button.disabled = false;
        }
      });
    }
    table.tHead!.addEventListener('click', (e) => {
      const watch = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-watch]');
      if (watch) {
        const n = watch.dataset.watch!;
        const list = loadWatch();
        const on = !list.includes(n);
        saveWatch(on ? [...list, n] : list.filter((x) => x !== n));
        watch.setAttribute('aria-pressed', String(on));
        watch.firstChild!.textContent = on ? this.#words.watching : this.#words.watch;
        return;
      }
      const id = (e.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset.remove;
      if (!id) return;
      const at = this.#selection.indexOf(id);
      this.#selection = this.#selection.filter((x) => x !== id);
      void this.#render().then(() => {
        // Keep the keyboard where it was: the next column's ×, else the picker.
        const next = table.tHead!.querySelectorAll<HTMLElement>('[data-remove]');
        (next[Math.min(at, next.length - 1)] ?? this.#part('pick').querySelector('summary')!).focus();
      });
    });
  }

  #header(s: CompareService): HTMLElement {
    const w = this.#words;
    const ended = this.#endedText.get(s.certificationNumber);
    const th = el('th', `compare__service${ended ? ' compare__ended' : ''}`);
    th.setAttribute('scope', 'col');
    const remove = el('button', 'compare__remove', '×') as HTMLButtonElement;
    remove.type = 'button';
    remove.setAttribute('aria-label', fill(w.remove, { name: s.serviceName }));
    remove.dataset.remove = s.certificationNumber;
    th.append(remove);
    const link = asWritten(el('a', '', s.serviceName) as HTMLAnchorElement);
    link.href = servicePath(s.id, this.#locale);
    const st = s.status;
    const watching = loadWatch().includes(s.certificationNumber);
    const watch = el('button', 'compare__watch', watching ? w.watching : w.watch) as HTMLButtonElement;
    watch.type = 'button';
    watch.dataset.watch = s.certificationNumber;
    watch.setAttribute('aria-pressed', String(watching));
    const watchFor = el('span', 'visually-hidden');
    watchFor.append(...fillNodes(w.watchFor, { name: asWritten(el('span', '', s.serviceName)) }));
    watch.append(watchFor);
    th.append(
      link,
      el('span', 'compare__sub mono', s.certificationNumber),
      asWritten(el('span', 'compare__sub', s.providerName)),
      el('span', 'compare__sub', fill(w.categoryBefore, { category: s.category })),
    );
    // The status badge as the server renders it (StatusBadge.astro), one <template> per status.
    const badge = this.querySelector<HTMLTemplateElement>(`template[data-status="${CSS.escape(st)}"]`);
    th.lastElementChild!.append(badge?.content.firstElementChild?.cloneNode(true) ?? st);
    if (ended) th.append(el('span', 'compare__ended-note', fill(w.endedNote, { text: ended.replace(/^[^:]*: /, '') })));
    th.append(watch);
    return th;
  }

  #fill(list: CompareService[]): void {
    const w = this.#words;
    const table = this.#table;
    const endedText = this.#endedText;
    const cols = list.length + 1;
    table.style.setProperty('--services', String(list.length));
    const head = table.tHead!.rows[0]!;
    while (head.cells.length > 1) head.lastElementChild!.remove();
    head.append(...list.map((s) => this.#header(s)));
    table.querySelectorAll('tr[data-clone]').forEach((r) => r.remove());
    const maxDc = Math.max(1, ...list.map((s) => s.dataCentres.length));
    for (const row of [...table.querySelectorAll<HTMLTableRowElement>('tr[data-dc="0"]')]) {
      let after = row;
      for (let k = 1; k < maxDc; k++) {
        const copy = row.cloneNode(true) as HTMLTableRowElement;
        copy.dataset.dc = String(k);
        copy.dataset.clone = '';
        copy.querySelector('[data-dc-n]')!.textContent = String(k + 1);
        after.after(copy);
        after = copy;
      }
    }
    let same = 0;
    for (const body of table.tBodies) {
      body.rows[0]!.cells[0]!.colSpan = cols;
      let shown = 0;
      for (const row of [...body.rows].slice(1)) {
        while (row.cells.length > 1) row.lastElementChild!.remove();
        const id = row.dataset.row!;
        const keys = new Set<string>();
        for (const s of list) {
          const td = el('td', endedText.has(s.certificationNumber) ? 'compare__ended' : undefined);
          if (row.dataset.dc === undefined) {
            td.append(this.#answers.node(s.answers[id]));
            keys.add(keyOf(s.answers[id]));
          } else {
            const dc = s.dataCentres[Number(row.dataset.dc)];
            if (dc) {
              td.append(asWritten(el('span', 'compare__dc-label', dc.label)), this.#answers.node(dc.answers[id]));
              keys.add(keyOf(dc.answers[id]));
            } else {
              td.append(el('span', 'compare__none', fill(w.dataCentreCount, { n: s.dataCentres.length })));
              keys.add(keyOf(null));
            }
          }
          row.append(td);
        }
        markBest(row, list, w.best);
        const isSame = keys.size === 1;
        row.classList.toggle('is-same', isSame);
        if (isSame) same++;
        else shown++;
      }
      body.classList.toggle('is-same', shown === 0);
    }
    const endedBox = this.#part('ended');
    const gone = list.filter((s) => endedText.has(s.certificationNumber));
    endedBox.hidden = !gone.length;
    endedBox.replaceChildren();
    if (gone.length) {
      endedBox.append(el('strong', '', w.endedHeading));
      endedBox.append(el('p', '', w.endedLead));
      for (const s of gone) {
        const p = el('p');
        p.append(
          ...fillNodes(w.endedService, {
            name: asWritten(el('span', '', s.serviceName)),
            number: s.certificationNumber,
            text: endedText.get(s.certificationNumber)!.replace(/^[^:]*: /, ''),
          }),
        );
        endedBox.append(p);
      }
    }
    const names: (string | Node)[] = [];
    list.forEach((s, i) => names.push(...(i ? [w.listSeparator] : []), asWritten(el('span', '', s.serviceName))));
    const caption = table.caption!;
    caption.replaceChildren(...fillNodes(w.caption, { n: list.length, names }));
    const sameCount = this.#part('same-count');
    sameCount.textContent = fill(this.#diffOnly ? w.sameHidden : w.sameCount, { n: same });
    sameCount.dataset.same = String(same);
  }

  #load(id: string): Promise<CompareService> {
    let p = this.#cache.get(id);
    if (!p) {
      p = fetch(serviceJsonPath(slugOf(id))).then((r) => {
        if (!r.ok) throw new Error(`${id}: ${r.status}`);
        return (r.json() as Promise<ServiceJson>).then((s) => toCompare(s, this.#locale));
      });
      this.#cache.set(id, p);
    }
    return p;
  }

  async #render(): Promise<void> {
    const mine = ++this.#generation;
    const selection = this.#selection;
    const result = this.#part('result');
    const message = this.#part('message');
    for (const b of this.#boxes) {
      b.checked = selection.includes(b.value);
      b.disabled = !b.checked && selection.length >= MAX_SERVICES;
    }
    this.#part('pick-count').textContent = String(selection.length);
    const endedPick = this.querySelector<HTMLDetailsElement>('[data-part="pick-ended"]');
    if (endedPick && selection.some((id) => this.#endedText.has(id))) endedPick.open = true;
    this.#part<HTMLInputElement>('diff-only').checked = this.#diffOnly;
    this.#table.classList.toggle('diff-only', this.#diffOnly);
    const w = this.#words;
    history.replaceState(null, '', compareHref(selection, this.#diffOnly, this.#locale));
    this.#part('url').textContent = location.href;
    // The language switch leads to the same comparison in the other language.
    const twin = document.querySelector<HTMLAnchorElement>('.site-header__switch a[href]');
    if (twin) twin.search = location.search;
    saveSelection(selection);
    const notes: string[] = this.#unknown.length
      ? [fill(w.unknown, { numbers: this.#unknown.join(w.listSeparator) })]
      : [];
    if (selection.length < MIN_SERVICES) {
      result.hidden = true;
      this.#part<HTMLDetailsElement>('pick').open = true;
      message.textContent = [
        ...notes,
        fill(w.pickMore, { min: MIN_SERVICES, max: MAX_SERVICES, n: selection.length }),
      ].join(w.sentenceGap);
      return;
    }
    if (selection.length >= MAX_SERVICES) notes.push(fill(w.atMost, { max: MAX_SERVICES }));
    try {
      const list = await Promise.all(selection.map((id) => this.#load(id)));
      if (mine !== this.#generation) return;
      this.#fill(list);
      this.#shown = list;
      result.hidden = false;
      message.textContent = notes.join(w.sentenceGap);
    } catch {
      if (mine !== this.#generation) return;
      result.hidden = true;
      message.textContent = w.loadFailed;
    }
  }
}
