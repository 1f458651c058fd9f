/**
 * No broken internal link anywhere in the built site: every same-site href,
 * src, srcset, action, og:image-like meta, CSS url() and sitemap <loc>
 * resolves to a file in dist, and every #fragment names an existing id.
 * See test/support/link-check.ts for exactly what is checked.
 */
import { expect, test } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../support/link-check.ts';
import { requireDist } from '../support/paths.ts';

test('every internal link in dist resolves (files and #fragments)', () => {
  const dist = requireDist();
  const { broken, checked, pages } = checkLinks(dist);
  expect(pages, `no .html files in ${dist}`).toBeGreaterThan(0);
  expect(checked, 'no internal link was found at all — is this the built site?').toBeGreaterThan(0);
  if (broken.length) expect.fail(formatBrokenLinks(broken));
});
