/**
 * <compare-toggle> (CompareToggle.astro): 「比較に追加」 on a service page.
 * Finds its button, link, count, status line and words inside itself.
 */
import { MAX_SERVICES, compareHref, loadSelection, saveSelection } from './compare-selection.ts';
import type { CompareToggleWords } from '../i18n/widget-words.ts';
import { fill, pageLocale, readWords } from './widget-words.ts';

export class CompareToggle extends HTMLElement {
  #used = false;

  connectedCallback(): void {
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-part="${name}"]`)!;
    const id = this.dataset['number']!;
    const w = readWords<CompareToggleWords>(this);
    const locale = pageLocale();
    const button = part('button');
    const link = part<HTMLAnchorElement>('link');
    const count = part('count');
    const status = part('status');
    const show = () => {
      const selection = loadSelection();
      const inIt = selection.includes(id);
      // An ended service is not offered for comparison; it can only be taken out (and stays in view once used).
      if (!this.#used) this.hidden = this.dataset['ended'] !== undefined && !inIt;
      button.textContent = inIt ? w.remove : w.add;
      count.textContent = String(selection.length);
      link.href = compareHref(selection, false, locale);
    };
    button.addEventListener('click', () => {
      this.#used = true;
      const selection = loadSelection();
      if (selection.includes(id)) {
        saveSelection(selection.filter((x) => x !== id));
        status.textContent = w.removed;
      } else if (selection.length >= MAX_SERVICES) {
        status.textContent = fill(w.full, { max: MAX_SERVICES });
      } else {
        saveSelection([...selection, id]);
        status.textContent = w.added;
      }
      show();
    });
    // Another tab may change the selection.
    addEventListener('storage', show);
    show();
  }
}
