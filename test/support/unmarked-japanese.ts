import type { Page } from './browser.ts';

/**
 * Text on an English page that is Japanese but not inside an element marked
 * lang="ja", so a screen reader would read it with an English voice. A
 * script's source is never read out, nor, where script runs, a <noscript>'s
 * (its markup is then one raw text node, so its lang="ja" parts go unseen).
 */
export function unmarkedJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const japanese = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!japanese.test(text) || n.parentElement?.closest('script, style, noscript')) continue;
      const lang = n.parentElement?.closest('[lang]')?.getAttribute('lang');
      if (lang !== 'ja') out.push(`${lang}: ${text.trim().slice(0, 40)}`);
    }
    return out;
  });
}
