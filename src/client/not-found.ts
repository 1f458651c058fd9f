/**
 * The 404 page: when the address holds a 認定番号 in any case or width
 * (/services/IP0001-1302/, /ＩＰ０００１－１３０２), offers that service's page
 * if it exists and /verify/ for the number either way. Under /en/ the offer
 * is in English and leads to the English pages (the host serves the one
 * /404.html for both languages).
 */
import { readCertificationNumber, slugOf } from '../rules/certification-number.ts';
import { servicePath, verifyPath, type PathLocale } from '../lib/paths.ts';

/** What the offer says, rendered by the 404 page onto <not-found-number data-words> in both languages. */
export interface NotFoundWords {
  verify: string;
  impossible: string;
  found: string;
  page: string;
  open: string;
  close: string;
  missing: string;
}

const NUMBER_IN_PATH = /IP[\s\-‐－―ー]*\d{4}[\s\-‐－―ー]*\d{4}/i;

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

async function notFoundNumber(box: HTMLElement): Promise<void> {
  let path = location.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed %-escape: look at the address as it is
  }
  const found = NUMBER_IN_PATH.exec(path.normalize('NFKC'));
  if (!found) return;
  const reading = readCertificationNumber(found[0]);
  if (reading.kind === 'malformed') return;
  const { number } = reading;
  const locale: PathLocale = /^\/en(\/|$)/.test(location.pathname) ? 'en' : 'ja';
  const w = (JSON.parse(box.dataset['words']!) as Record<PathLocale, NotFoundWords>)[locale];
  const say = (word: string) => word.replace('{n}', number);
  const p = document.createElement('p');
  if (locale === 'en') box.lang = 'en';
  const verify = link(verifyPath(number, locale), say(w.verify));
  if (reading.kind === 'impossible') {
    p.append(say(w.impossible), verify);
  } else {
    const page = servicePath(slugOf(number), locale);
    const exists =
      page !== location.pathname &&
      (await fetch(page, { method: 'HEAD' }).then(
        (r) => r.ok,
        () => false,
      ));
    if (exists) p.append(say(w.found), link(page, say(w.page)), w.open, verify, w.close);
    else p.append(say(w.missing), verify);
  }
  box.replaceChildren(p);
  box.hidden = false;
}

/** <not-found-number> on the 404 page: hidden until the address turns out to hold a 認定番号. */
export class NotFoundNumber extends HTMLElement {
  connectedCallback(): void {
    void notFoundNumber(this);
  }
}
