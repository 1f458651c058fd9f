/**
 * Splits applicant text into plain runs and http(s) URLs. Only http(s) may
 * become links (never javascript:, data: or mailto: written by an applicant);
 * the text itself is always rendered escaped by Astro.
 */
export type TextRun = { kind: 'text'; text: string } | { kind: 'url'; text: string; href: string };

// Stops at whitespace and at Japanese brackets or punctuation that commonly close a URL in prose.
const URL_PATTERN = /https?:\/\/[^\s<>"'（）「」『』【】、。，．]+/g;

export function splitUrls(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_PATTERN)) {
    let url = m[0];
    // A trailing ASCII ")" or "." belongs to the sentence, not the address.
    while (/[).,;:]$/.test(url)) url = url.slice(0, -1);
    const start = m.index;
    if (start > last) runs.push({ kind: 'text', text: text.slice(last, start) });
    runs.push({ kind: 'url', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/.test(value.trim());
}
