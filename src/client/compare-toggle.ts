/** The 「比較に追加」 control on a service page (see CompareToggle.astro). */
import { MAX_SERVICES, compareHref, loadSelection, saveSelection } from './compare-selection.ts';

const box = document.getElementById('compare-toggle');
if (box) {
  const id = box.dataset.number!;
  const button = document.getElementById('compare-toggle-button')!;
  const link = document.getElementById('compare-toggle-link') as HTMLAnchorElement;
  const count = document.getElementById('compare-toggle-count')!;
  const status = document.getElementById('compare-toggle-status')!;
  const show = () => {
    const selection = loadSelection();
    const inIt = selection.includes(id);
    // An ended service is not offered for comparison; it can only be taken out (and stays in view once used).
    if (!used) box.hidden = box.dataset.ended !== undefined && !inIt;
    button.textContent = inIt ? '比較から外す' : '比較に追加';
    count.textContent = String(selection.length);
    link.href = compareHref(selection);
  };
  let used = false;
  button.addEventListener('click', () => {
    used = true;
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
