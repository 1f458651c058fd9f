/**
 * The compare view: reads the selection and the 差分のみ表示 toggle from the
 * URL (falling back to the stored selection), fetches only the chosen
 * services' published JSON, and fills one column per service into the
 * server-rendered Form B skeleton. All applicant text goes in as text nodes;
 * only http(s) URLs become links (linkify.ts).
 */
import { splitUrls } from '../lib/linkify.ts';
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

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const app = $('compare-app');
const boxes = [...app.querySelectorAll<HTMLInputElement>('#compare-pick input')];
const known = new Set(boxes.map((b) => b.value));
/** Ended services (not offered by default): what ended and when, as the service page says it. */
const endedText = new Map(boxes.filter((b) => b.dataset.ended).map((b) => [b.value, b.dataset.ended!]));
const endedBox = $('compare-ended');
const table = $<HTMLTableElement>('compare-table');
const result = $('compare-result');
const message = $('compare-message');
const diffBox = $<HTMLInputElement>('diff-only');
const hiddenCount = $('hidden-count');
const cache = new Map<string, Promise<CompareService>>();

/** The open-data file (/data/services/<id>.json) keyed by row id, as the table needs it. */
type CompareService = SheetService & { id: string; category: string };

function toCompare(s: ServiceJson): CompareService {
  return { ...sheetService(s), id: s.certificationNumber.toLowerCase(), category: s.category };
}
const MARK: Record<string, string> = { 有効: '✓', 更新手続中: '↻' };

const params = new URLSearchParams(location.search);
const fromUrl = selectionFromUrl(params);
let selection = (fromUrl.length ? fromUrl : loadSelection()).filter((id) => known.has(id)).slice(0, MAX_SERVICES);
let diffOnly = params.get('diff') === '1';
const unknown = fromUrl.filter((id) => !known.has(id));

function el(tag: string, cls?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function answerNode(a: PublishedAnswer | undefined): HTMLElement {
  if (!a || a.state === 'unanswered') return el('span', 'answer-flag', '記載なし');
  if (a.state === 'withheld') return el('span', 'answer-flag answer-flag--withheld', '公表留保中');
  const box = el('div', 'answer');
  // The declared value, compact above the text it was taken from.
  if (a.values?.length) box.append(el('span', 'answer__value', a.values.map((v) => v.text).join(' / ')));
  if (a.implemented !== undefined)
    box.append(
      el('span', `practice practice--${a.implemented ? 'yes' : 'no'}`, a.implemented ? '実施あり' : '実施なし'),
    );
  if (a.content) {
    const text = el('span', 'answer__text');
    for (const r of splitUrls(a.content)) {
      if (r.kind === 'text') text.append(r.text);
      else {
        const link = el('a', '', r.text) as HTMLAnchorElement;
        link.href = r.href;
        link.rel = 'nofollow noopener';
        text.append(link);
      }
    }
    box.append(text);
  }
  return box;
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
function markBest(row: HTMLTableRowElement, list: CompareService[]): void {
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
    value.append(el('span', 'visually-hidden', '（この行で最も良い値）'));
  });
}

function header(s: CompareService): HTMLElement {
  const ended = endedText.get(s.certificationNumber);
  const th = el('th', `compare__service${ended ? ' compare__ended' : ''}`);
  th.setAttribute('scope', 'col');
  const remove = el('button', 'compare__remove', '×') as HTMLButtonElement;
  remove.type = 'button';
  remove.setAttribute('aria-label', `${s.serviceName}を比較から外す`);
  remove.dataset.remove = s.certificationNumber;
  th.append(remove);
  const link = el('a', '', s.serviceName) as HTMLAnchorElement;
  link.href = `/services/${s.id}/`;
  const st = s.status;
  const watching = loadWatch().includes(s.certificationNumber);
  const watch = el('button', 'compare__watch', watching ? 'ウォッチ中' : 'ウォッチ') as HTMLButtonElement;
  watch.type = 'button';
  watch.dataset.watch = s.certificationNumber;
  watch.setAttribute('aria-pressed', String(watching));
  watch.append(el('span', 'visually-hidden', `（${s.serviceName}）`));
  th.append(
    link,
    el('span', 'compare__sub mono', s.certificationNumber),
    el('span', 'compare__sub', s.providerName),
    el('span', 'compare__sub', `${s.category}・`),
  );
  const badge = el('span', `compare__status compare__status--${MARK[st] ? 'ok' : 'ended'}`);
  badge.append(el('span', '', MARK[st] ?? '×'), st);
  badge.firstElementChild!.setAttribute('aria-hidden', 'true');
  th.lastElementChild!.append(badge);
  if (ended) th.append(el('span', 'compare__ended-note', `認定終了。${ended.replace(/^[^:]*: /, '')}`));
  th.append(watch);
  return th;
}

function fill(list: CompareService[]): void {
  const cols = list.length + 1;
  table.style.setProperty('--services', String(list.length));
  const head = table.tHead!.rows[0]!;
  while (head.cells.length > 1) head.lastElementChild!.remove();
  head.append(...list.map(header));
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
          td.append(answerNode(s.answers[id]));
          keys.add(keyOf(s.answers[id]));
        } else {
          const dc = s.dataCentres[Number(row.dataset.dc)];
          if (dc) {
            td.append(el('span', 'compare__dc-label', dc.label), answerNode(dc.answers[id]));
            keys.add(keyOf(dc.answers[id]));
          } else {
            td.append(el('span', 'compare__none', `データセンターは${s.dataCentres.length}か所`));
            keys.add(keyOf(null));
          }
        }
        row.append(td);
      }
      markBest(row, list);
      const isSame = keys.size === 1;
      row.classList.toggle('is-same', isSame);
      if (isSame) same++;
      else shown++;
    }
    body.classList.toggle('is-same', shown === 0);
  }
  const gone = list.filter((s) => endedText.has(s.certificationNumber));
  endedBox.hidden = !gone.length;
  endedBox.replaceChildren();
  if (gone.length) {
    endedBox.append(el('strong', '', '認定が終了したサービスが含まれています'));
    endedBox.append(
      el('p', '', '赤い斜線の列の回答は、現在の認定に裏付けられたものではありません（項目別一覧には載せていません）。'),
    );
    for (const s of gone)
      endedBox.append(
        el('p', '', `${s.serviceName}（${s.certificationNumber}）— ${endedText.get(s.certificationNumber)}`),
      );
  }
  table.caption!.textContent = `申請書Bの回答の比較（${list.length}サービス: ${list.map((s) => s.serviceName).join('、')}）`;
  hiddenCount.textContent = diffOnly
    ? `全サービスで回答が同じ ${same} 行を隠しています。`
    : `全サービスで回答が同じ行は ${same} 行です。`;
  hiddenCount.dataset.same = String(same);
}

function load(id: string): Promise<CompareService> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(`/data/services/${id.toLowerCase()}.json`).then((r) => {
      if (!r.ok) throw new Error(`${id}: ${r.status}`);
      return (r.json() as Promise<ServiceJson>).then(toCompare);
    });
    cache.set(id, p);
  }
  return p;
}

let shown: CompareService[] = [];
let generation = 0;
async function render(): Promise<void> {
  const mine = ++generation;
  for (const b of boxes) {
    b.checked = selection.includes(b.value);
    b.disabled = !b.checked && selection.length >= MAX_SERVICES;
  }
  $('compare-pick-count').textContent = String(selection.length);
  const endedPick = document.getElementById('compare-pick-ended') as HTMLDetailsElement | null;
  if (endedPick && selection.some((id) => endedText.has(id))) endedPick.open = true;
  diffBox.checked = diffOnly;
  table.classList.toggle('diff-only', diffOnly);
  history.replaceState(null, '', compareHref(selection, diffOnly));
  $('compare-url').textContent = location.href;
  saveSelection(selection);
  const notes: string[] = unknown.length ? [`認定番号 ${unknown.join('、')} のサービスは見つかりません。`] : [];
  if (selection.length < MIN_SERVICES) {
    result.hidden = true;
    $<HTMLDetailsElement>('compare-pick').open = true;
    message.textContent = [
      ...notes,
      `比較するサービスを${MIN_SERVICES}〜${MAX_SERVICES}件選んでください（現在 ${selection.length}件）。`,
    ].join('');
    return;
  }
  if (selection.length >= MAX_SERVICES) notes.push(`一度に比較できるのは${MAX_SERVICES}件までです。`);
  try {
    const list = await Promise.all(selection.map(load));
    if (mine !== generation) return;
    fill(list);
    shown = list;
    result.hidden = false;
    message.textContent = notes.join('');
  } catch {
    if (mine !== generation) return;
    result.hidden = true;
    message.textContent = '公開データを読み込めませんでした。時間をおいて再読み込みしてください。';
  }
}

for (const b of boxes) {
  b.addEventListener('change', () => {
    selection = b.checked ? [...selection, b.value] : selection.filter((id) => id !== b.value);
    void render();
  });
}
diffBox.addEventListener('change', () => {
  diffOnly = diffBox.checked;
  void render();
});
$('compare-print').addEventListener('click', () => print());
// The workbook writer loads only when asked for (not part of the page's first load).
for (const kind of ['xlsx', 'csv'] as const) {
  const button = $<HTMLButtonElement>(`compare-${kind}`);
  button.addEventListener('click', async () => {
    const status = $('compare-save-status');
    button.disabled = true;
    status.textContent = '作成しています…';
    try {
      const { saveComparison } = await import('./compare-export.ts');
      const name = await saveComparison({
        kind,
        table,
        services: shown,
        diffOnly,
        asOf: app.dataset.asOf!,
        siteName: app.dataset.site!,
      });
      status.textContent = `${name} を保存しました。`;
    } catch {
      status.textContent = 'ファイルを作成できませんでした。';
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
    watch.firstChild!.textContent = on ? 'ウォッチ中' : 'ウォッチ';
    return;
  }
  const id = (e.target as HTMLElement).closest<HTMLElement>('[data-remove]')?.dataset.remove;
  if (!id) return;
  const at = selection.indexOf(id);
  selection = selection.filter((x) => x !== id);
  void render().then(() => {
    // Keep the keyboard where it was: the next column's ×, else the table.
    const next = table.tHead!.querySelectorAll<HTMLElement>('[data-remove]');
    (next[Math.min(at, next.length - 1)] ?? $('compare-pick').querySelector('summary')!).focus();
  });
});
app.hidden = false;
void render();
