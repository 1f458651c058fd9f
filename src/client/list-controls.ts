/**
 * Progressive enhancement of the server-rendered list: sort and filter the
 * rows in place (state in the URL: ?sort=&category=&status=&place=&uptime=&cert=), keep the
 * caption and the count true to what is shown, and keep the compare picks in
 * step with localStorage.
 */
import { MAX_SERVICES, MIN_SERVICES, loadSelection, normalise, saveSelection } from './compare-selection.ts';

const FILTERS = ['category', 'status', 'place', 'uptime', 'cert'] as const;
const SORT_LABEL: Record<string, string> = {
  '': '認定番号順',
  'date-desc': '認定年月日の新しい順',
  'date-asc': '認定年月日の古い順',
  name: 'サービス名称順',
  provider: '事業者名称順',
  expiry: '有効期限の近い順',
};
const collator = new Intl.Collator('ja');

const form = document.getElementById('list-controls') as HTMLFormElement | null;
const table = document.getElementById('service-list') as HTMLTableElement | null;
if (form && table) {
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const caption = table.caption!;
  const count = document.getElementById('list-count')!;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

  const compareRows = (key: string) => (a: HTMLTableRowElement, b: HTMLTableRowElement) => {
    const d = (r: HTMLTableRowElement, k: string) => r.dataset[k] ?? '';
    const byNumber = d(a, 'number').localeCompare(d(b, 'number'));
    switch (key) {
      case 'date-desc':
        return d(b, 'date').localeCompare(d(a, 'date')) || byNumber;
      case 'date-asc':
        return d(a, 'date').localeCompare(d(b, 'date')) || byNumber;
      case 'name':
        return collator.compare(d(a, 'name'), d(b, 'name')) || byNumber;
      case 'provider':
        return collator.compare(d(a, 'provider'), d(b, 'provider')) || byNumber;
      case 'expiry': {
        // Ended certifications have no expiry: after every dated one.
        const ea = d(a, 'expiry') || '9999';
        const eb = d(b, 'expiry') || '9999';
        return ea.localeCompare(eb) || byNumber;
      }
      default:
        return byNumber;
    }
  };

  const matches = (r: HTMLTableRowElement, f: Record<string, string>) =>
    (!f.category || r.dataset.category === f.category) &&
    (!f.status ||
      (f.status === 'certified'
        ? r.dataset.status === '有効' || r.dataset.status === '更新手続中'
        : r.dataset.status === f.status)) &&
    (!f.place || (r.dataset.places ?? '').split('|').includes(f.place)) &&
    // A service without a declared 稼働率 (withheld, unanswered) cannot be shown to meet a threshold.
    (!f.uptime || (r.dataset.uptime !== '' && Number(r.dataset.uptime) >= Number(f.uptime))) &&
    (!f.cert || (r.dataset.certs ?? '').split('|').includes(f.cert));

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
    const filtered = FILTERS.some((n) => f[n]);
    const conditions = FILTERS.filter((n) => f[n]).map((n) => field(n).selectedOptions[0]!.textContent);
    caption.textContent = filtered
      ? `認定サービス${rows.length}件中${shown}件（${conditions.join('・')}、${SORT_LABEL[sort]}）`
      : `認定サービス${rows.length}件（${SORT_LABEL[sort]}）`;
    count.textContent = filtered
      ? `${rows.length}件中 ${shown}件を表示しています。`
      : `${rows.length}件すべてを表示しています。`;
    if (pushUrl) {
      const params = new URLSearchParams();
      if (sort) params.set('sort', sort);
      for (const n of FILTERS) if (f[n]) params.set(n, f[n]);
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
  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  // Changes apply at once; the submit button is there for readers who expect one.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  apply(false);

  // Compare picks: checked boxes mirror the stored selection, in pick order.
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[name="services[]"]')];
  const status = document.getElementById('compare-pick-status')!;
  const pick = document.getElementById('compare-pick') as HTMLFormElement;
  let selection = loadSelection();
  const known = new Set(boxes.map((b) => b.value));
  const sync = () => {
    for (const b of boxes) b.checked = selection.includes(b.value);
    status.textContent = `${selection.length}件を選択中（${MIN_SERVICES}〜${MAX_SERVICES}件）。`;
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
      status.textContent = `比較するサービスを${MIN_SERVICES}〜${MAX_SERVICES}件選んでください（現在 ${chosen.length}件）。`;
      return;
    }
    location.href = `/compare/?services=${chosen.join(',')}`;
  });
  sync();
}
