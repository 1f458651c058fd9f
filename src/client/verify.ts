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
import { certificatePath, servicePath, type PathLocale } from '../lib/paths.ts';
import type { VerifyEntry, VerifyIndex } from '../lib/verify-index.ts';
import { formatEnglishDate } from '../i18n/date.ts';

/**
 * What the lookup writes, in the page's language, rendered by
 * VerifyLookup.astro onto <verify-lookup data-words> (the script carries no
 * language of its own). Values go in braces.
 */
export interface VerifyWords {
  locale: PathLocale;
  label: string;
  submit: string;
  valid: string;
  notValid: string;
  number: string;
  serviceName: string;
  providerName: string;
  status: string;
  statusOn: string;
  period: string;
  periodRange: string;
  /** A status or ending (the rule's Japanese word) as the page says it; missing: as written. */
  statuses: Readonly<Record<string, string>>;
  certificate: string;
  disclosure: string;
  malformed: string;
  impossibleSerial: string;
  impossibleMonth: string;
  notListed: string;
  loadFailed: string;
}

const fill = (word: string, values: Readonly<Record<string, string | number>>) =>
  word.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function show(entry: VerifyEntry, asOf: string, w: VerifyWords): HTMLElement {
  const english = w.locale === 'en';
  const date = english ? formatEnglishDate : formatJapaneseDate;
  const word = (s: string) => w.statuses[s] ?? s;
  const today = todayInTokyo();
  const on = today > asOf ? today : asOf;
  const status = liveStatusOn({ end: entry.periodEnd, renewal: entry.renewal, ended: entry.ended }, on);
  const valid = isValidStatus(status);
  const box = el('div', undefined, { class: `notice ${valid ? '' : 'notice--ended'}` });
  // The number and the verdict on one line (the number never breaks), as a phone shows it first.
  const verdict = el('p', undefined, { class: 'verify-verdict' });
  verdict.append(el('span', entry.number, { class: 'nowrap' }), english ? ': ' : '：', valid ? w.valid : w.notValid);
  box.append(verdict);
  const dl = el('dl', undefined, { class: 'verify-facts' });
  // The names are the provider's, as written: Japanese on the English page.
  const asWritten = english ? { lang: 'ja' } : {};
  const rows: [string, string, Record<string, string>?][] = [
    [w.number, entry.number],
    [w.serviceName, entry.serviceName, asWritten],
    [w.providerName, entry.providerName, asWritten],
    [w.status, fill(w.statusOn, { status: word(status), date: date(on) })],
    [w.period, fill(w.periodRange, { from: date(entry.periodStart), to: date(entry.periodEnd) })],
  ];
  if (entry.ended) rows.push([word(entry.ended), date(entry.endedDate)]);
  for (const [k, v, attrs] of rows) dl.append(el('dt', k), el('dd', v, attrs));
  const links = el('p');
  links.append(
    el('a', w.certificate, { href: certificatePath(entry.id, w.locale) }),
    english ? ' · ' : ' ・ ',
    el('a', w.disclosure, { href: servicePath(entry.id, w.locale) }),
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

  #words!: VerifyWords;

  connectedCallback(): void {
    this.#words = JSON.parse(this.dataset['words']!) as VerifyWords;
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
      return el('p', this.#words.malformed);
    }
    const number = reading.number;
    remember(number);
    if (reading.kind === 'impossible') {
      const [, serial, yymm] = /^IP(\d{4})-(\d{4})$/.exec(number)!;
      const w = this.#words;
      return el(
        'p',
        reading.problem === 'serial'
          ? fill(w.impossibleSerial, { number, serial: serial! })
          : fill(w.impossibleMonth, { number, yymm: yymm!, month: Number(yymm!.slice(2)) }),
      );
    }
    this.#index ??= fetch('/verify/index.json').then((r) => r.json() as Promise<VerifyIndex>);
    try {
      const data = await this.#index;
      const entry = data.services.find((s) => s.number === number);
      return entry ? show(entry, data.asOf, this.#words) : el('p', fill(this.#words.notListed, { number }));
    } catch {
      this.#index = undefined;
      return el('p', this.#words.loadFailed);
    }
  }
}
