/**
 * Text for XML 1.0 (the Atom feed). The loader already refuses control
 * characters (src/data/text-policy.ts); this is the second line: a character
 * XML 1.0 forbids cannot even be written as &#…;, and one of them makes feed
 * readers drop the whole feed, so it becomes U+FFFD here whatever slipped in.
 * CR is written as &#xD; so that XML's line-end normalisation keeps it.
 */

// Without the `u` flag each surrogate is a unit of its own: a pair is allowed, a lone half is not.
const NOT_XML =
  /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escaped for element text and attribute values alike. */
export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#xD;');
}
