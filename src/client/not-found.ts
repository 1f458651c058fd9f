/**
 * The 404 page: when the address holds a 認定番号 in any case or width
 * (/services/IP0001-1302/, /ＩＰ０００１－１３０２), offers that service's page
 * if it exists and /verify/ for the number either way.
 */
import { readCertificationNumber, slugOf } from '../rules/certification-number.ts';
import { servicePath } from '../lib/paths.ts';

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
  const p = document.createElement('p');
  const verify = link(`/verify/?n=${number}`, `${number} を「認定番号で確かめる」で調べる`);
  if (reading.kind === 'impossible') {
    p.append(`アドレスの ${number} は認定番号としてありえない番号です。`, verify);
  } else {
    const page = servicePath(slugOf(number));
    const exists =
      page !== location.pathname &&
      (await fetch(page, { method: 'HEAD' }).then(
        (r) => r.ok,
        () => false,
      ));
    if (exists)
      p.append(
        `アドレスに認定番号 ${number} があります。`,
        link(page, `${number} のサービスのページへ`),
        '（',
        verify,
        '）',
      );
    else p.append(`アドレスの認定番号 ${number} のページは見つかりませんでした。`, verify);
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
