/**
 * <watch-toggle> (WatchToggle.astro): 「ウォッチ」 on a service page. Finds its
 * button, count, status line and words inside itself.
 */
import { loadWatch, saveWatch } from './watch-store.ts';
import type { WatchToggleWords } from '../i18n/widget-words.ts';
import { readWords } from './widget-words.ts';

export class WatchToggle extends HTMLElement {
  connectedCallback(): void {
    const part = (name: string) => this.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
    const id = this.dataset['number']!;
    const w = readWords<WatchToggleWords>(this);
    const button = part('button');
    const count = part('count');
    const status = part('status');
    const show = () => {
      const list = loadWatch();
      const on = list.includes(id);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? w.watching : w.watch;
      count.textContent = String(list.length);
    };
    button.addEventListener('click', () => {
      const list = loadWatch();
      const on = !list.includes(id);
      saveWatch(on ? [...list, id] : list.filter((x) => x !== id));
      status.textContent = on ? w.added : w.removed;
      show();
    });
    // Another tab may change the list.
    addEventListener('storage', show);
    show();
  }
}
