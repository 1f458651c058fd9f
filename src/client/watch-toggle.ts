/**
 * <watch-toggle> (WatchToggle.astro): 「ウォッチ」 on a service page. Finds its
 * button, count and status line inside itself.
 */
import { loadWatch, saveWatch } from './watch-store.ts';

export class WatchToggle extends HTMLElement {
  connectedCallback(): void {
    const part = (name: string) => this.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
    const id = this.dataset['number']!;
    const button = part('button');
    const count = part('count');
    const status = part('status');
    const show = () => {
      const list = loadWatch();
      const on = list.includes(id);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'ウォッチ中' : 'ウォッチ';
      count.textContent = String(list.length);
    };
    button.addEventListener('click', () => {
      const list = loadWatch();
      const on = !list.includes(id);
      saveWatch(on ? [...list, id] : list.filter((x) => x !== id));
      status.textContent = on
        ? 'このサービスをウォッチに追加しました（この端末のブラウザにだけ保存します）。'
        : 'このサービスのウォッチをやめました。';
      show();
    });
    // Another tab may change the list.
    addEventListener('storage', show);
    show();
  }
}
