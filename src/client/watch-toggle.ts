/** The 「ウォッチ」 control on a service page (see WatchToggle.astro). */
import { loadWatch, saveWatch } from './watch-store.ts';

const box = document.getElementById('watch-toggle');
if (box) {
  const id = box.dataset.number!;
  const button = document.getElementById('watch-toggle-button')!;
  const count = document.getElementById('watch-toggle-count')!;
  const status = document.getElementById('watch-toggle-status')!;
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
  addEventListener('storage', show);
  box.hidden = false;
  show();
}
