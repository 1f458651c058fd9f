/**
 * <item-value-controls> (ItemValueControls.astro) on an item page with typed
 * values: sort the server-rendered rows by a value (better first, services
 * without a value last) and filter by a threshold or a choice, in place; the
 * state goes into the URL (?sort=value&value=99.95) so a link reproduces it.
 * Thresholds are read by the matcher's rule.
 */
import { parseThreshold } from '../lib/match-rule.ts';
import type { ValueSpec } from '../rules/typed-value.ts';
import type { ItemValueWords } from '../i18n/widget-words.ts';
import { fill, readWords } from './widget-words.ts';

export class ItemValueControls extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    // The answers table is the page's, not the widget's: the first block after the element that holds one
    // (Astro puts the element's own <script> in between).
    let next = this.nextElementSibling;
    while (next && !next.querySelector('table')) next = next.nextElementSibling;
    const table = next?.querySelector('table');
    if (!form || !table) return;
    const specs = JSON.parse(this.dataset['specs'] ?? '[]') as ValueSpec[];
    const words = readWords<ItemValueWords>(this);
    const body = table.tBodies[0]!;
    const rows = [...body.rows];
    const count = form.querySelector<HTMLElement>('[role="status"]')!;
    const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const numberOf = (r: HTMLTableRowElement, key: string) => {
      const v = r.getAttribute(`data-v-${key}`) ?? '';
      return v === '' ? undefined : Number(v);
    };

    // "2 hours" on the English page is read as the form's 「2時間」.
    const inFormUnits = (written: string) => {
      const m = /^([\d.,]+)\s*([a-z][a-z ]*)$/i.exec(written);
      const unit = m && words.units[m[2]!.trim().toLowerCase()];
      return unit ? `${m[1]}${unit}` : written;
    };
    const keep = (r: HTMLTableRowElement): boolean =>
      specs.every((spec) => {
        const want = control(spec.key)?.value.trim() ?? '';
        if (want === '') return true;
        const v = r.getAttribute(`data-v-${spec.key}`) ?? '';
        if (v === '') return false;
        if (spec.type === 'choice' || spec.type === 'choices') return v.split('|').includes(want);
        const threshold = parseThreshold(inFormUnits(want), spec.type === 'duration');
        if (threshold === null) return true;
        return spec.better === 'lower' ? Number(v) <= threshold : Number(v) >= threshold;
      });

    const apply = (pushUrl: boolean) => {
      const key = control('sort')?.value ?? '';
      const spec = specs.find((s) => s.key === key);
      const sorted = [...rows].sort((a, b) => {
        const byNumber = (a.dataset.number ?? '').localeCompare(b.dataset.number ?? '');
        if (!spec) return byNumber;
        const x = numberOf(a, spec.key);
        const y = numberOf(b, spec.key);
        if (x === undefined || y === undefined)
          return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0) || byNumber;
        return (spec.better === 'higher' ? y - x : x - y) || byNumber;
      });
      let shown = 0;
      for (const r of sorted) {
        r.hidden = !keep(r);
        if (!r.hidden) shown++;
        body.append(r);
      }
      count.textContent = fill(shown === rows.length ? words.all : words.some, { n: rows.length, shown });
      if (pushUrl) {
        const params = new URLSearchParams();
        for (const name of ['sort', ...specs.map((s) => s.key)]) {
          const v = control(name)?.value.trim();
          if (v) params.set(name, v);
        }
        const q = params.toString();
        history.replaceState(null, '', `${location.pathname}${q ? `?${q}` : ''}${location.hash}`);
      }
    };

    const params = new URLSearchParams(location.search);
    for (const name of ['sort', ...specs.map((s) => s.key)]) {
      const v = params.get(name);
      const c = control(name);
      if (v === null || !c) continue;
      if (c instanceof HTMLSelectElement && ![...c.options].some((o) => o.value === v)) continue;
      c.value = v;
    }
    form.addEventListener('change', () => apply(true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      apply(true);
    });
    apply(false);
  }
}
