/**
 * The words a browser widget writes (status lines, button labels, counts),
 * read from the page that rendered it: each component puts its language's
 * words on its element as JSON (`data-words`), so one client serves the
 * Japanese page and its English twin and carries no language of its own.
 * A word that takes values names them in braces: "{name}を比較から外す".
 */

/** The language of the page the widget is on, as paths.ts names it. */
export function pageLocale(): 'ja' | 'en' {
  return document.documentElement.lang === 'en' ? 'en' : 'ja';
}

/** The words the component rendered on `host`; a page built without them is a bug, so this throws. */
export function readWords<T>(host: HTMLElement): T {
  const json = host.dataset['words'];
  if (!json) throw new Error(`<${host.localName}> has no data-words`);
  return JSON.parse(json) as T;
}

/** A word with its values filled in: fill('{n} 件', { n: 3 }) is "3 件". */
export function fill(word: string, values: Readonly<Record<string, string | number>>): string {
  return word.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A word with its values filled in as nodes, for values that must stay
 * elements (a provider's name marked as Japanese): append the result.
 */
export function fillNodes(
  word: string,
  values: Readonly<Record<string, string | number | Node | readonly (string | Node)[]>>,
): (string | Node)[] {
  const out: (string | Node)[] = [];
  for (const [i, part] of word.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (part) out.push(part);
      continue;
    }
    const v = values[part];
    if (v === undefined) out.push(`{${part}}`);
    else if (Array.isArray(v)) out.push(...(v as (string | Node)[]));
    else out.push(typeof v === 'number' ? String(v) : (v as string | Node));
  }
  return out;
}

/**
 * Marks text a provider wrote (a name, a data centre's label) as Japanese on
 * a page in another language, so a screen reader reads it with a Japanese
 * voice; on a Japanese page it is already in the page's language.
 */
export function asWritten<E extends HTMLElement>(e: E): E {
  if (pageLocale() !== 'ja') e.lang = 'ja';
  return e;
}
