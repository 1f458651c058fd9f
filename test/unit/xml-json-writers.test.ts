/**
 * Defence in depth: the loader refuses control characters (text-policy.ts),
 * but the writers of XML (the Atom feed, the sitemap) and JSON must not emit
 * what XML 1.0 forbids even if such a value slipped through. These tests feed
 * the writers such values directly, and the worst value the policy allows.
 */
import { PassThrough } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
// The writer @astrojs/sitemap uses for every sitemap file.
import { SitemapStream, streamToPromise } from 'sitemap';
import { describe, expect, test } from 'vitest';
import { atomFeed, feedEntries } from '../../src/lib/formats/lifecycle-feed.ts';
import { jsonText } from '../../src/lib/formats/json-text.ts';
import { serviceJson, serviceListJson } from '../../src/lib/formats/service-json.ts';
import { verifyIndex } from '../../src/lib/verify-index.ts';
import { scriptJson } from '../../src/lib/formats/json-ld.ts';
import { forbiddenCharacters } from '../../src/data/text-policy.ts';
import type { PublishedService } from '../../src/lib/publication.ts';
import { publishedView, SITE } from '../support/published-view.ts';

/** What XML 1.0 does not allow anywhere in a document, not even as &#…; (https://www.w3.org/TR/xml/#charsets). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Every character the text policy refuses, and some XML forbids outright. */
const SLIPPED = 'A\u0000B\u0001\u001b[31m\u007f\u0085\u009b\u202e\u2066\ufffe\uffff\ud800\udc00Z';
/** The worst value the text policy allows: markup, entities, CDATA end, quotes, TAB/CR/LF, BOM, private use, emoji. */
const WORST_ALLOWED = '<a href="x">&amp;&#0;]]>\'"\t\r\n\ufeff\u200b\ue000\ufffd😀 <![CDATA[x]]> <!-- --> <?xml?>';

const view = publishedView();
const withName = (name: string): PublishedService[] =>
  view.services.map((s) => ({
    ...s,
    serviceName: `${name}${s.serviceName}`,
    providerName: `${name}${s.providerName}`,
  }));

// htmlEntities: numeric character references (&#xD; for CR) are decoded, as a conforming XML parser does.
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (n) => n === 'entry',
  trimValues: false,
  htmlEntities: true,
});

/** The site's name and operator, as content/site.yaml gives them (the feed's title and author). */
const NAMES = { name: '認定 IaaS・PaaS 情報開示一覧', operator: 'ASPIC' };

function expectWellFormed(xml: string): void {
  expect(NOT_XML.exec(xml)?.[0], 'a character XML 1.0 forbids').toBeUndefined();
  expect(XMLValidator.validate(xml)).toBe(true);
}

describe('the Atom feed (events.atom) stays well-formed XML', () => {
  test('the worst value the text policy allows is allowed, and reads back exactly', () => {
    expect(forbiddenCharacters(WORST_ALLOWED)).toEqual([]);
    const xml = atomFeed(feedEntries(withName(WORST_ALLOWED), view.template), SITE, view.asOf, NAMES);
    expectWellFormed(xml);
    const feed = parser.parse(xml) as { feed: { entry: { title: string }[] } };
    expect(feed.feed.entry.length).toBeGreaterThan(0);
    for (const e of feed.feed.entry) expect(String(e.title)).toContain(WORST_ALLOWED);
  });

  test('a value the loader would refuse (NUL, ESC, U+FFFE, a lone surrogate) cannot break it', () => {
    expect(forbiddenCharacters(SLIPPED).length).toBeGreaterThan(5);
    const xml = atomFeed(feedEntries(withName(SLIPPED), view.template), SITE, view.asOf, NAMES);
    expectWellFormed(xml);
  });
});

describe('the sitemap writer stays well-formed XML', () => {
  test.each([
    ['a value the loader would refuse', SLIPPED],
    ['the worst allowed value', WORST_ALLOWED],
  ])('%s in a URL and in lastmod', async (_what, value) => {
    const stream = new SitemapStream({ hostname: SITE.href });
    const out = new PassThrough();
    stream.pipe(out);
    stream.write({ url: `/services/${value}/`, lastmod: '2026-11-26' });
    stream.write({ url: '/', img: [{ url: '/a.png', caption: value }] });
    stream.end();
    expectWellFormed((await streamToPromise(out)).toString('utf8'));
  });
});

describe('the JSON writers never emit a character XML forbids, and stay exact', () => {
  const services = withName(SLIPPED);
  const s = services[0]!;
  test.each([
    ['services.json', serviceListJson(services, view.asOf, SITE)],
    ['services/<id>.json', serviceJson(s, view.template, view.asOf, SITE)],
    ['verify/index.json', verifyIndex(view.asOf, services)],
    ['a worst-case value', { value: SLIPPED + WORST_ALLOWED }],
  ])('%s', (_name, value) => {
    for (const text of [jsonText(value), jsonText(value, 2)]) {
      expect(NOT_XML.exec(text)?.[0], 'a raw character XML 1.0 forbids').toBeUndefined();
      expect(forbiddenCharacters(text), 'no raw control or bidi character').toEqual([]);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
    }
  });

  test('JSON-LD in a <script> element: the same, and no "<"', () => {
    const text = scriptJson({ name: SLIPPED + WORST_ALLOWED });
    expect(NOT_XML.exec(text)?.[0]).toBeUndefined();
    expect(forbiddenCharacters(text)).toEqual([]);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: SLIPPED + WORST_ALLOWED });
  });
});
