/**
 * JSON for the open-data files. JSON.stringify already escapes C0 controls
 * and lone surrogates; this also escapes, as \uXXXX, what it writes raw but
 * XML 1.0 forbids (U+FFFE, U+FFFF) or no reader can see (DEL, C1 controls,
 * bidirectional overrides and isolates, U+2028/U+2029). The loader refuses
 * most of these already (src/data/text-policy.ts); if one slipped in, the
 * file still parses to exactly the same values.
 */
const RAW = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
