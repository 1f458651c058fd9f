/**
 * <verify-lookup> (VerifyLookup.astro on /verify/): looks a 認定番号 up in
 * /verify/index.json however it was typed (any case, with or without the
 * hyphen, full-width) and judges its status on the reader's date with the
 * same rules as the service pages: the status rule, "in force", today in
 * Tokyo, Japanese dates and the page URLs are all imported, not restated.
 */
import { readCertificationNumber } from '../rules/certification-number.ts';
import { formatJapaneseDate, todayInTokyo } from '../rules/calendar-date.ts';
import { isValidStatus } from '../rules/status.ts';
import { liveStatusOn } from '../lib/live-status-rule.ts';
import { certificatePath, servicePath } from '../lib/paths.ts';
import type { VerifyEntry, VerifyIndex } from '../lib/verify-index.ts';

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function show(entry: VerifyEntry, asOf: string): HTMLElement {
  const today = todayInTokyo();
  const on = today > asOf ? today : asOf;
  const status = liveStatusOn({ end: entry.periodEnd, renewal: entry.renewal, ended: entry.ended }, on);
  const valid = isValidStatus(status);
  const box = el('div', undefined, { class: `notice ${valid ? '' : 'notice--ended'}` });
  // The number and the verdict on one line (the number never breaks), as a phone shows it first.
  const verdict = el('p', undefined, { class: 'verify-verdict' });
  verdict.append(
    el('span', entry.number, { class: 'nowrap' }),
    '：',
    valid ? 'この認定は有効です' : 'この認定は現在有効ではありません',
  );
  box.append(verdict);
  const dl = el('dl', undefined, { class: 'verify-facts' });
  const rows: [string, string][] = [
    ['認定番号', entry.number],
    ['サービスの名称', entry.serviceName],
    ['事業者の名称', entry.providerName],
    ['状態', `${status}（${formatJapaneseDate(on)} 時点）`],
    ['認定期間', `${formatJapaneseDate(entry.periodStart)} から ${formatJapaneseDate(entry.periodEnd)} まで`],
  ];
  if (entry.ended) rows.push([entry.ended, formatJapaneseDate(entry.endedDate)]);
  for (const [k, v] of rows) dl.append(el('dt', k), el('dd', v));
  const links = el('p');
  links.append(
    el('a', '認定証', { href: certificatePath(entry.id) }),
    ' ・ ',
    el('a', '開示情報', { href: servicePath(entry.id) }),
  );
  box.append(dl, links);
  return box;
}

/** The address of this lookup, so it can be shared or bookmarked (/verify/?n=IP0001-1302). */
function remember(number: string | null): void {
  const url = new URL(location.href);
  if (number) url.searchParams.set('n', number);
  else url.searchParams.delete('n');
  history.replaceState(null, '', url);
}

export class VerifyLookup extends HTMLElement {
  #index: Promise<VerifyIndex> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const out = this.querySelector<HTMLElement>('[role="status"]')!;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      out.replaceChildren(await this.#verdict(input.value));
    });
    // /verify/?n=IP0001-1302 (a shared link, a printed QR code) looks the number up at once.
    const asked = new URLSearchParams(location.search).get('n');
    if (asked) {
      input.value = asked;
      form.requestSubmit();
    }
  }

  async #verdict(typed: string): Promise<HTMLElement> {
    const reading = readCertificationNumber(typed);
    if (reading.kind === 'malformed') {
      remember(null);
      return el('p', '認定番号の形で入力してください（例: IP0001-1302。「IP」、4桁の通番、初回認定の年月4桁）。');
    }
    const number = reading.number;
    remember(number);
    if (reading.kind === 'impossible') {
      const [, serial, yymm] = /^IP(\d{4})-(\d{4})$/.exec(number)!;
      return el(
        'p',
        reading.problem === 'serial'
          ? `${number} は認定番号としてありえません（通番 ${serial} は使われません）。番号を確かめてください。`
          : `${number} は認定番号としてありえません（下4桁「${yymm}」は初回認定の年月〔西暦の下2桁と月〕ですが、${Number(yymm!.slice(2))}月はありません）。番号を確かめてください。`,
      );
    }
    this.#index ??= fetch('/verify/index.json').then((r) => r.json() as Promise<VerifyIndex>);
    try {
      const data = await this.#index;
      const entry = data.services.find((s) => s.number === number);
      return entry ? show(entry, data.asOf) : el('p', `${number} の認定は、この一覧に掲載されていません。`);
    } catch {
      this.#index = undefined;
      return el('p', '一覧を読み込めませんでした。下の表から探してください。');
    }
  }
}
