/**
 * <list-controls> (ListControls.astro around the list's table): sorts and
 * filters the server-rendered rows in place (state in the URL:
 * ?sort=&category=&status=&place=&uptime=&cert=), keeps the caption and the
 * count true to what is shown, and keeps the compare picks in step with
 * localStorage. Everything it touches is inside the element; the words it
 * writes into the caption are the server-rendered <option> labels, and
 * "認定中" is the server's own rule (isValidStatus).
 */
import { isValidStatus } from '../rules/status.ts';
import { MAX_SERVICES, MIN_SERVICES, loadSelection, normalise, saveSelection } from './compare-selection.ts';
import { comparePath, type PathLocale } from '../lib/paths.ts';

/**
 * What the element writes, in the page's language, rendered by
 * ListControls.astro onto <list-controls data-words> (the script carries no
 * language of its own, so neither page pays for the other's words). Values
 * go in braces.
 */
export interface ListWords {
  /** The language of the comparison the picker opens. */
  compareLocale: PathLocale;
  captionFiltered: string;
  caption: string;
  countFiltered: string;
  count: string;
  filtersJoin: string;
  picked: string;
  pickRange: string;
}

const fill = (word: string, values: Readonly<Record<string, string | number>>) =>
  word.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const FILTERS = ['category', 'status', 'place', 'uptime', 'cert'] as const;
/** The status filter's value for every status in force (有効・更新手続中). */
const CERTIFIED = 'certified';
const collator = new Intl.Collator('ja');

type Row = HTMLTableRowElement;
const key = (r: Row, k: string) => r.dataset[k] ?? '';

function compareRows(sort: string): (a: Row, b: Row) => number {
  return (a, b) => {
    const byNumber = key(a, 'number').localeCompare(key(b, 'number'));
    switch (sort) {
      case 'date-desc':
        return key(b, 'date').localeCompare(key(a, 'date')) || byNumber;
      case 'date-asc':
        return key(a, 'date').localeCompare(key(b, 'date')) || byNumber;
      case 'name':
        return collator.compare(key(a, 'name'), key(b, 'name')) || byNumber;
      case 'provider':
        return collator.compare(key(a, 'provider'), key(b, 'provider')) || byNumber;
      case 'expiry':
        // Ended certifications have no expiry: after every dated one.
        return (key(a, 'expiry') || '9999').localeCompare(key(b, 'expiry') || '9999') || byNumber;
      default:
        return byNumber;
    }
  };
}

function matches(r: Row, f: Record<string, string>): boolean {
  return (
    (!f.category || r.dataset.category === f.category) &&
    (!f.status || (f.status === CERTIFIED ? isValidStatus(key(r, 'status')) : r.dataset.status === f.status)) &&
    (!f.place || key(r, 'places').split('|').includes(f.place)) &&
    // A service without a declared 稼働率 (withheld, unanswered) cannot be shown to meet a threshold.
    (!f.uptime || (r.dataset.uptime !== '' && Number(r.dataset.uptime) >= Number(f.uptime))) &&
    (!f.cert || key(r, 'certs').split('|').includes(f.cert))
  );
}

export class ListControls extends HTMLElement {
  connectedCallback(): void {
    const w = JSON.parse(this.dataset['words']!) as ListWords;
    const form = this.querySelector<HTMLFormElement>('form[data-part="controls"]');
    const table = this.querySelector<HTMLTableElement>('table');
    if (!form || !table) return;
    const body = table.tBodies[0]!;
    const rows = [...body.rows];
    const caption = table.caption!;
    const count = this.querySelector<HTMLElement>('[data-part="count"]')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
    const label = (name: string) => field(name).selectedOptions[0]!.textContent.trim();

    const apply = (pushUrl: boolean) => {
      const sort = field('sort').value;
      const f: Record<string, string> = {};
      for (const name of FILTERS) f[name] = field(name).value;
      let shown = 0;
      for (const r of [...rows].sort(compareRows(sort))) {
        const ok = matches(r, f);
        r.hidden = !ok;
        if (ok) shown++;
        body.append(r);
      }
      const on = FILTERS.filter((n) => f[n]);
      const all = rows.length;
      caption.textContent = on.length
        ? fill(w.captionFiltered, { all, shown, filters: on.map(label).join(w.filtersJoin), sort: label('sort') })
        : fill(w.caption, { all, sort: label('sort') });
      count.textContent = on.length ? fill(w.countFiltered, { all, shown }) : fill(w.count, { all });
      if (pushUrl) {
        const params = new URLSearchParams();
        if (sort) params.set('sort', sort);
        for (const n of on) params.set(n, f[n]!);
        const q = params.toString();
        history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
      }
    };

    // Restore state from the URL; values that are not offered are ignored.
    const params = new URLSearchParams(location.search);
    for (const name of ['sort', ...FILTERS]) {
      const v = params.get(name);
      const select = field(name);
      if (v !== null && [...select.options].some((o) => o.value === v)) select.value = v;
    }
    form.addEventListener('change', () => apply(true));
    // Changes apply at once; the submit button is there for readers who expect one.
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply(true);
    });
    form.addEventListener('reset', () => setTimeout(() => apply(true)));
    apply(false);
    this.#comparePicks(rows, w);
  }

  /** Compare picks: checked boxes mirror the stored selection, in pick order. */
  #comparePicks(rows: Row[], w: ListWords): void {
    const pick = this.querySelector<HTMLFormElement>('form[data-part="compare-pick"]')!;
    const status = pick.querySelector<HTMLElement>('[data-part="pick-status"]')!;
    const boxes = rows.flatMap((r) => [...r.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]);
    const known = new Set(boxes.map((b) => b.value));
    let selection = loadSelection();
    const sync = () => {
      for (const b of boxes) b.checked = selection.includes(b.value);
      status.textContent = fill(w.picked, { n: selection.length, min: MIN_SERVICES, max: MAX_SERVICES });
    };
    for (const b of boxes) {
      b.addEventListener('change', () => {
        selection = b.checked ? normalise([...selection, b.value]) : selection.filter((id) => id !== b.value);
        saveSelection(selection);
        sync();
      });
    }
    pick.addEventListener('submit', (e) => {
      const chosen = selection.filter((id) => known.has(id));
      e.preventDefault();
      if (chosen.length < MIN_SERVICES || chosen.length > MAX_SERVICES) {
        status.textContent = fill(w.pickRange, { n: chosen.length, min: MIN_SERVICES, max: MAX_SERVICES });
        return;
      }
      location.href = comparePath(chosen, false, w.compareLocale);
    });
    sync();
  }
}
