/**
 * <compare-toggle> (CompareToggle.astro): 「比較に追加」 on a service page.
 * Finds its button, link, count and status line inside itself.
 */
import { MAX_SERVICES, compareHref, loadSelection, saveSelection } from './compare-selection.ts';

export class CompareToggle extends HTMLElement {
  #used = false;

  connectedCallback(): void {
    const part = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-part="${name}"]`)!;
    const id = this.dataset['number']!;
    const button = part('button');
    const link = part<HTMLAnchorElement>('link');
    const count = part('count');
    const status = part('status');
    const show = () => {
      const selection = loadSelection();
      const inIt = selection.includes(id);
      // An ended service is not offered for comparison; it can only be taken out (and stays in view once used).
      if (!this.#used) this.hidden = this.dataset['ended'] !== undefined && !inIt;
      button.textContent = inIt ? '比較から外す' : '比較に追加';
      count.textContent = String(selection.length);
      link.href = compareHref(selection);
    };
    button.addEventListener('click', () => {
      this.#used = true;
      const selection = loadSelection();
      if (selection.includes(id)) {
        saveSelection(selection.filter((x) => x !== id));
        status.textContent = 'このサービスを比較から外しました。';
      } else if (selection.length >= MAX_SERVICES) {
        status.textContent = `比較できるのは${MAX_SERVICES}件までです。ほかのサービスを外してから追加してください。`;
      } else {
        saveSelection([...selection, id]);
        status.textContent = 'このサービスを比較に追加しました。';
      }
      show();
    });
    // Another tab may change the selection.
    addEventListener('storage', show);
    show();
  }
}
