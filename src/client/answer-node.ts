/**
 * An answer put on the page by the browser (the compare view), cloned part by
 * part from the <template>s AnswerTemplates.astro renders with AnswerText.astro,
 * so there is one rendering of an answer: classes, words (記載なし, 公表留保中,
 * 実施あり・なし) and link attributes all come from the server. Applicant text
 * goes in as text nodes; only http(s) URLs become links (linkify.ts, the
 * server's rule).
 */
import { splitUrls } from '../lib/linkify.ts';
import type { PublishedAnswer } from '../lib/publication.ts';

export type AnswerPart = 'unanswered' | 'withheld' | 'answered' | 'value' | 'implemented' | 'not-implemented' | 'text';

export class AnswerNodes {
  readonly #root: ParentNode;

  /** `root` holds the templates (the compare element). */
  constructor(root: ParentNode) {
    this.#root = root;
  }

  /** A fresh copy of the element matching `selector` in the part's template. */
  #part(name: AnswerPart, selector: string): HTMLElement {
    const template = this.#root.querySelector<HTMLTemplateElement>(`template[data-answer="${name}"]`)!;
    return template.content.querySelector(selector)!.cloneNode(true) as HTMLElement;
  }

  node(a: PublishedAnswer | undefined): HTMLElement {
    if (!a || a.state === 'unanswered') return this.#part('unanswered', '.answer-flag');
    if (a.state === 'withheld') return this.#part('withheld', '.answer-flag');
    const box = this.#part('answered', '.answer');
    box.replaceChildren();
    // The declared value, compact above the text it was taken from.
    if (a.values?.length) {
      const value = this.#part('value', '.answer__value');
      value.textContent = a.values.map((v) => v.text).join(' / ');
      box.append(value);
    }
    if (a.implemented !== undefined)
      box.append(this.#part(a.implemented ? 'implemented' : 'not-implemented', '.practice'));
    if (a.content) {
      const text = this.#part('text', '.answer__text');
      const link = text.querySelector('a')!;
      text.replaceChildren();
      for (const r of splitUrls(a.content)) {
        if (r.kind === 'text') text.append(r.text);
        else {
          const a = link.cloneNode() as HTMLAnchorElement;
          a.href = r.href;
          a.textContent = r.text;
          text.append(a);
        }
      }
      box.append(text);
    }
    return box;
  }
}
