/**
 * /verify/: looks a 認定番号 up in /verify/index.json however it was typed
 * (any case, with or without the hyphen, full-width) and judges its status
 * on the reader's date with the same rule as the service pages.
 */
import { normaliseCertificationNumber } from '../rules/certification-number.ts';
import { liveStatusOn } from '../lib/live-status-rule.ts';
import type { VerifyEntry, VerifyIndex } from '../lib/verify-index.ts';

const form = document.querySelector<HTMLFormElement>('#verify-form')!;
const input = form.querySelector<HTMLInputElement>('input')!;
const out = document.querySelector<HTMLElement>('#verify-result')!;
let index: Promise<VerifyIndex> | undefined;

const jp = (iso: string) => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function show(entry: VerifyEntry, asOf: string): HTMLElement {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());
  const on = today > asOf ? today : asOf;
  const status = liveStatusOn({ end: entry.periodEnd, renewal: entry.renewal, ended: entry.ended }, on);
  const valid = status === '有効' || status === '更新手続中';
  const box = el('div', undefined, { class: `notice ${valid ? '' : 'notice--ended'}` });
  box.append(el('p', valid ? 'この認定は有効です' : 'この認定は現在有効ではありません', { class: 'verify-verdict' }));
  const dl = el('dl', undefined, { class: 'verify-facts' });
  const rows: [string, string][] = [
    ['認定番号', entry.number],
    ['サービスの名称', entry.serviceName],
    ['事業者の名称', entry.providerName],
    ['状態', `${status}（${jp(on)} 時点）`],
    ['認定期間', `${jp(entry.periodStart)} から ${jp(entry.periodEnd)} まで`],
  ];
  if (entry.ended) rows.push([entry.ended, jp(entry.endedDate)]);
  for (const [k, v] of rows) dl.append(el('dt', k), el('dd', v));
  const links = el('p');
  links.append(
    el('a', '認定証', { href: `/services/${entry.id}/certificate/` }),
    ' ・ ',
    el('a', '開示情報', { href: `/services/${entry.id}/` }),
  );
  box.append(dl, links);
  return box;
}

form.hidden = false;
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const number = normaliseCertificationNumber(input.value);
  if (!number) {
    out.replaceChildren(el('p', '認定番号の形で入力してください（例: IP0001-1302）。'));
    return;
  }
  index ??= fetch('/verify/index.json').then((r) => r.json() as Promise<VerifyIndex>);
  try {
    const data = await index;
    const entry = data.services.find((s) => s.number === number);
    out.replaceChildren(entry ? show(entry, data.asOf) : el('p', `${number} の認定は、この一覧に掲載されていません。`));
  } catch {
    index = undefined;
    out.replaceChildren(el('p', '一覧を読み込めませんでした。下の表から探してください。'));
  }
});

// /verify/?n=IP0001-1302 (e.g. from a printed QR code) looks the number up at once.
const asked = new URLSearchParams(location.search).get('n');
if (asked) {
  input.value = asked;
  form.requestSubmit();
}
