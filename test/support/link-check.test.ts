/** The link checker finds planted broken links and passes the fixture site. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { startTags } from './html-tags.ts';
import { checkLinks, pagePathOf } from './link-check.ts';
import { PROJECT_ROOT } from './paths.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-check-self-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const NO_ENV = {};
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('html-tags', () => {
  test('reads attributes, entities, lines; skips comments and script bodies', () => {
    const tags = startTags(
      '<!-- <a href="/c"> -->\n<a\nhref="/x?a=1&amp;b=2" data-x=\'y\' hidden>t</a><script>if (a<b) x="<a href=/s>"</script>\n<IMG SRC=/i.png alt="">',
    );
    expect(tags.map((t) => [t.name, t.line, Object.fromEntries(t.attrs)])).toEqual([
      ['a', 2, { href: '/x?a=1&b=2', 'data-x': 'y', hidden: '' }],
      ['script', 3, {}],
      ['img', 4, { src: '/i.png', alt: '' }],
    ]);
  });

  test('page paths', () => {
    expect(['index.html', 'services/a/index.html', '404.html'].map(pagePathOf)).toEqual([
      '/',
      '/services/a/',
      '/404.html',
    ]);
  });
});

describe('checkLinks', () => {
  test('finds every kind of broken internal link', () => {
    const dir = site({
      'index.html': page(
        '<link rel="canonical" href="https://site.example/"><meta property="og:image" content="https://site.example/og-missing.png"><link rel="stylesheet" href="/s.css"><style>body{background:url(/bg-missing.png)}</style>',
        [
          '<a href="#main">skip</a><main id="main">',
          '<a href="#nowhere">x</a>',
          '<a href="/services/a/">ok</a><a href="/services/a">ok without slash</a><a href="services/a/#sec">ok relative + fragment</a>',
          '<a href="/services/a/#missing">bad fragment</a>',
          '<a href="/services/b/">missing page</a>',
          '<img src="/img/missing.png" alt=""><img srcset="/img/ok.png 1x, /img/missing2x.png 2x" src="/img/ok.png" alt="">',
          '<form action="/search/"></form>',
          '<a href="https://other.example/x">external</a><a href="mailto:a@b.example">m</a><a href="tel:0312345678">t</a><a href="//cdn.example/x.js">cdn</a>',
          '<a href="https://site.example/services/a/">own origin ok</a><a href="https://site.example/gone/">own origin broken</a>',
          '<a href="/%E3%81%82/">encoded ok</a>',
          '</main>',
        ].join('\n'),
      ),
      'services/a/index.html': page(
        '',
        '<h2 id="sec">s</h2><a href="../../">up</a><a href="../b/">missing sibling</a>',
      ),
      'img/ok.png': 'png',
      's.css': '.a{background:url("/img/ok.png")} .b{background:url(/fonts/missing.woff2)}',
      'あ/index.html': page('', '<p>x</p>'),
      'sitemap-0.xml':
        '<urlset><url><loc>https://site.example/</loc></url><url><loc>https://site.example/old/</loc></url></urlset>',
    });
    const { broken, checked } = checkLinks(dir, NO_ENV);
    expect(broken.map((b) => `${b.file} ${b.source} ${b.url}`).sort()).toEqual(
      [
        'index.html meta[og:image] https://site.example/og-missing.png',
        'index.html style url() /bg-missing.png',
        'index.html a[href] #nowhere',
        'index.html a[href] /services/a/#missing',
        'index.html a[href] /services/b/',
        'index.html img[src] /img/missing.png',
        'index.html img[srcset] /img/missing2x.png',
        'index.html form[action] /search/',
        'index.html a[href] https://site.example/gone/',
        'services/a/index.html a[href] ../b/',
        's.css css url() /fonts/missing.woff2',
        'sitemap-0.xml xml <loc> https://site.example/old/',
      ].sort(),
    );
    expect(broken.find((b) => b.url === '#nowhere')).toMatchObject({
      line: 2,
      reason: 'no element with id="nowhere" on this page',
    });
    expect(checked).toBeGreaterThan(broken.length);
  });

  test('SITE_URL overrides the detected origin', () => {
    const dir = site({ 'index.html': page('', '<a href="https://staging.example/missing/">x</a><a href="#">top</a>') });
    expect(checkLinks(dir, NO_ENV).broken).toEqual([]);
    expect(checkLinks(dir, { SITE_URL: 'https://staging.example' }).broken.map((b) => b.url)).toEqual([
      'https://staging.example/missing/',
    ]);
  });

  test('the fixture site is clean', () => {
    const { broken, checked } = checkLinks(join(PROJECT_ROOT, 'test/support/fixtures/site'), NO_ENV);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
