/**
 * The certification mark and the OG images: what they say, their exact pixel
 * sizes, byte-for-byte repeatability, and the cache.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { imageFonts, type ImageFont } from '../../src/images/image-fonts.ts';
import { logoDataUri } from '../../src/images/certification-logo.ts';
import { markHeight, MARK_BASE, MARK_SHARED_TOP, MARK_WIDTHS, markTree } from '../../src/images/mark-template.ts';
import { OG_PAGES, OG_PAGES_EN, ogServiceInput, markInput } from '../../src/images/image-inputs.ts';
import { OG_SIZE, ogTree, titleSize, type OgInput } from '../../src/images/og-template.ts';
import { textOf } from '../../src/images/image-node.ts';
import { pngSize, renderPng, renderSvg, resizeSvg, type PngSplit } from '../../src/images/render-image.ts';
import { adler32Combine } from '../../src/images/png-encode.ts';
import { decodePng } from '../support/png-decode.ts';
import { ImageCache } from '../../src/images/image-cache.ts';
import { drawOgCard, imageFile, writeImages } from '../../src/images/image-set.ts';
import { threadRenderer } from '../../src/images/render-pool.ts';
import type { PublishedService } from '../../src/lib/publication.ts';
import { serviceListJson, type ServiceListEntry } from '../../src/lib/formats/service-json.ts';

let fonts: ImageFont[];
const logo = logoDataUri();
beforeAll(() => {
  fonts = imageFonts().fonts;
});

/** The text an SVG rendered with embedFont:false says, glued back together (satori splits it into words). */
function svgText(svg: string): string {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
}

/** A service's entry in /data/services.json, which is what images are drawn from. */
function service(
  number: string,
  status: PublishedService['lifecycle']['status'],
  extra: Partial<PublishedService> = {},
): ServiceListEntry {
  return serviceListJson([published(number, status, extra)], '2026-11-26', new URL('https://example.jp/')).services[0]!;
}

function published(
  number: string,
  status: PublishedService['lifecycle']['status'],
  extra: Partial<PublishedService>,
): PublishedService {
  const lifecycle: PublishedService['lifecycle'] = {
    status,
    firstCertified: '2025-01-17',
    periodStart: '2025-01-17',
    periodEnd: '2027-01-16',
  };
  if (status === '認定取消し') lifecycle.ended = { type: '認定取消し', date: '2025-12-15' };
  return {
    id: number.toLowerCase(),
    certificationNumber: number,
    serviceName: 'ネクサス・コンピュートクラウド',
    serviceSummary: '概要',
    providerName: '株式会社ネクサスクラウド',
    category: 'IaaS',
    serviceSite: 'https://example.jp/',
    templateVersion: 'ip-2011.1',
    answers: {},
    dataCentres: [],
    removedDataCentres: [],
    events: [],
    lifecycle,
    ...extra,
  };
}

/** How the build draws marks' PNGs: the rows above the number band once per width (src/images/image-set.ts). */
const split: PngSplit = { key: 'images.test mark', top: MARK_SHARED_TOP };

describe('certification mark', () => {
  test('the element tree and the rendered SVG carry the 認定番号', async () => {
    const tree = markTree({ certificationNumber: 'IP0001-1302' }, logo);
    expect(textOf(tree)).toContain('IP0001-1302');
    const svg = await renderSvg(tree, MARK_BASE, fonts, false);
    expect(svgText(svg)).toContain('IP0001-1302');
    expect(svgText(svg)).toContain('情報開示認定');
  });

  test('with the font embedded (as published), the text is drawn as paths, so no font is needed to show it', async () => {
    const svg = await renderSvg(markTree({ certificationNumber: 'IP0001-1302' }, logo), MARK_BASE, fonts);
    expect(svg).not.toContain('<text');
    expect(svg.match(/<path/g)!.length).toBeGreaterThanOrEqual(4);
  });

  test('each published width, and its 2× PNG, has exactly the size it says', async () => {
    const svg = await renderSvg(markTree({ certificationNumber: 'IP0001-1302' }, logo), MARK_BASE, fonts);
    for (const w of MARK_WIDTHS) {
      expect(resizeSvg(svg, w, markHeight(w))).toMatch(
        new RegExp(`^<svg width="${w}" height="${markHeight(w)}" viewBox="0 0 240 300"`),
      );
      expect(pngSize(await renderPng(svg, w, split))).toEqual({ width: w, height: markHeight(w) });
      expect(pngSize(await renderPng(svg, w * 2, split))).toEqual({ width: w * 2, height: markHeight(w) * 2 });
    }
    expect([120, 240, 480].map(markHeight)).toEqual([150, 300, 600]);
  });

  test('the same input gives byte-identical SVG and PNG', async () => {
    const render = async () => {
      const svg = await renderSvg(markTree({ certificationNumber: 'IP0007-1903' }, logo), MARK_BASE, fonts);
      return { svg, png: await renderPng(svg, 480, split) };
    };
    const [a, b] = [await render(), await render()];
    expect(b.svg).toBe(a.svg);
    expect(Buffer.compare(a.png, b.png)).toBe(0);
  });

  test('only 有効 and 更新手続中 services get a mark; the input holds only the 認定番号', () => {
    expect(markInput(service('IP0001-1302', '有効'))).toEqual({ certificationNumber: 'IP0001-1302' });
    expect(markInput(service('IP0002-1406', '更新手続中'))).toEqual({ certificationNumber: 'IP0002-1406' });
    for (const status of ['期限切れ', 'サービス終了', '認定取消し', '効力喪失'] as const)
      expect(markInput(service('IP0003-1409', status))).toBeNull();
  });
});

describe('mark PNGs drawn in two bands', () => {
  const pixels = (png: Buffer) => decodePng(png).rgba;
  const widths = [...new Set(MARK_WIDTHS.flatMap((w) => [w, w * 2]))];

  test('whatever the number, every width has exactly the pixels resvg draws for the whole mark, in fewer bytes', async () => {
    // The shared rows come from whichever mark is drawn first, so each run draws after the others.
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const numbers = fc.tuple(digits(4), digits(4)).map(([a, b]) => `IP${a}-${b}`);
    await fc.assert(
      fc.asyncProperty(numbers, async (number) => {
        const svg = await renderSvg(markTree({ certificationNumber: number }, logo), MARK_BASE, fonts);
        for (const w of widths) {
          const [banded, whole] = [await renderPng(svg, w, split), await renderPng(svg, w)];
          expect(Buffer.compare(pixels(banded), pixels(whole)), `${number} at ${w}px`).toBe(0);
          expect(banded.length).toBeLessThan(whole.length);
        }
      }),
      // Every digit in every place, then random numbers.
      { numRuns: 14, examples: [...'0123456789'].map((d) => [`IP${d.repeat(4)}-${d.repeat(4)}`]) },
    );
  });

  test('the comparison sees a shared band that is not the same drawing', async () => {
    // Seed a split with one logo, then draw a mark with another under the same key: its top rows are wrong.
    const other = logoDataUri(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><rect width="120" height="120" fill="#B3261E"/></svg>',
    );
    const wrong: PngSplit = { key: 'images.test wrong', top: MARK_SHARED_TOP };
    await renderPng(
      await renderSvg(markTree({ certificationNumber: 'IP0001-1302' }, logo), MARK_BASE, fonts),
      240,
      wrong,
    );
    const svg = await renderSvg(markTree({ certificationNumber: 'IP0001-1302' }, other), MARK_BASE, fonts);
    expect(Buffer.compare(pixels(await renderPng(svg, 240, wrong)), pixels(await renderPng(svg, 240)))).not.toBe(0);
  });

  test('a line that does not fall on a pixel edge at that width is refused', async () => {
    const svg = await renderSvg(markTree({ certificationNumber: 'IP0001-1302' }, logo), MARK_BASE, fonts);
    await expect(renderPng(svg, 100, split)).rejects.toThrow('画素の境目');
    await expect(renderPng(svg, 240, { key: 'images.test odd', top: 241.5 })).rejects.toThrow('画素の境目');
  });

  test("the stream's Adler-32 is combined as zlib combines it", () => {
    const adler = (b: Buffer) => {
      let [lo, hi] = [1, 0];
      for (const byte of b) [lo, hi] = [(lo + byte) % 65521, (hi + ((lo + byte) % 65521)) % 65521];
      return ((hi << 16) | lo) >>> 0;
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 70_000 }), (a, b) => {
        const [x, y] = [Buffer.from(a), Buffer.from(b)];
        expect(adler32Combine(adler(x), adler(y), y.length)).toBe(adler(Buffer.concat([x, y])));
      }),
      { numRuns: 40 },
    );
  });
});

describe('OG images', () => {
  test('a service card says the サービス名称, 事業者名称, 認定番号 and status, in the tree and the SVG', async () => {
    const input = ogServiceInput(service('IP0001-1302', '有効'));
    const tree = ogTree(input, logo);
    const words = textOf(tree).join('\n');
    for (const s of [
      'ネクサス・コンピュートクラウド',
      '株式会社ネクサスクラウド',
      'IP0001-1302',
      '有効',
      '2027年1月16日',
    ])
      expect(words).toContain(s);
    const text = svgText(await renderSvg(tree, OG_SIZE, fonts, false));
    for (const s of ['ネクサス・コンピュートクラウド', '株式会社ネクサスクラウド', 'IP0001-1302', '有効'])
      expect(text).toContain(s);
  });

  test('an English card has English labels, status and date; the names stay as written', async () => {
    const tree = ogTree(ogServiceInput(service('IP0002-1406', '更新手続中'), 'en'), logo);
    const words = textOf(tree).join('\n');
    for (const s of ['Certification number IP0002-1406', 'Renewal under review', 'Certified IaaS and PaaS disclosures'])
      expect(words).toContain(s);
    expect(words).toMatch(/Expires \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Japanese only where the provider wrote it: the service and provider names.
    const japanese = textOf(tree).filter((t) => /[\u3000-\u9fff\uff00-\uffef]/.test(t));
    expect(japanese).toEqual([
      service('IP0002-1406', '更新手続中').serviceName,
      service('IP0002-1406', '更新手続中').providerName,
    ]);
    expect(textOf(ogTree(OG_PAGES_EN.home, logo)).join('\n')).not.toMatch(/[\u3000-\u9fff]/);
    const text = svgText(await renderSvg(tree, OG_SIZE, fonts, false));
    expect(text).toContain('Renewal under review');
  });

  test('a revoked service says so, with the date', () => {
    const words = textOf(ogTree(ogServiceInput(service('IP0005-1604', '認定取消し')), logo)).join('\n');
    expect(words).toContain('認定取消し');
    expect(words).toContain('2025年12月15日');
  });

  test('the OG input is built from those published fields only', () => {
    const s = {
      ...service('IP0001-1302', '有効'),
      page: 'https://not-in-image.example/',
      disclosureDate: 'DATE-NOT-IN-IMAGE',
    };
    const input = ogServiceInput(s);
    expect(Object.keys(input).sort()).toEqual([
      'certificationNumber',
      'kind',
      'locale',
      'providerName',
      'serviceName',
      'status',
      'statusDetail',
    ]);
    expect(JSON.stringify(ogTree(input, logo))).not.toMatch(/DATE-NOT-IN-IMAGE|not-in-image/);
  });

  test('every card is exactly 1200×630 and repeatable byte for byte', async () => {
    const inputs: OgInput[] = [
      ogServiceInput(service('IP0001-1302', '有効')),
      OG_PAGES.home,
      OG_PAGES.compare,
      OG_PAGES.items,
      OG_PAGES_EN.home,
      ogServiceInput(service('IP0001-1302', '有効'), 'en'),
    ];
    for (const input of inputs) {
      const [a, b] = [await drawOgCard(input, threadRenderer), await drawOgCard(input, threadRenderer)];
      expect(pngSize(a.pngs[0]!)).toEqual({ width: 1200, height: 630 });
      expect(Buffer.compare(a.pngs[0]!, b.pngs[0]!)).toBe(0);
    }
  });

  test('a card drawn as its shared header and its own rows has exactly the pixels of the whole card, in fewer bytes', async () => {
    const statuses = ['有効', '更新手続中', '期限切れ', 'サービス終了', '認定取消し'] as const;
    const names = [
      '短い名前',
      'ネクサス・コンピュートクラウド エンタープライズ ベアメタル 専有型 ハイパフォーマンス',
      'Nexus Cloud Platform',
    ];
    const inputs: OgInput[] = [
      ...statuses.flatMap((status, i) =>
        (['ja', 'en'] as const).map((locale) =>
          ogServiceInput(service(`IP00${10 + i}-1302`, status, { serviceName: names[i % names.length]! }), locale),
        ),
      ),
      ...Object.values(OG_PAGES),
      ...Object.values(OG_PAGES_EN),
    ];
    // Both languages' headers are drawn first by other cards, so each card here uses rows drawn for another.
    for (const input of inputs) {
      const banded = (await drawOgCard(input, threadRenderer)).pngs[0]!;
      const whole = await renderPng(await renderSvg(ogTree(input, logo), OG_SIZE, fonts), OG_SIZE.width);
      expect(Buffer.compare(decodePng(banded).rgba, decodePng(whole).rgba), textOf(ogTree(input, logo)).join(' ')).toBe(
        0,
      );
      expect(banded.length).toBeLessThan(whole.length);
    }
  });

  test('long names get a smaller title size, never below 44 px', () => {
    expect(titleSize('オオルリ VPS クラウド')).toBe(72);
    expect(titleSize('あ'.repeat(40))).toBeLessThan(72);
    expect(titleSize('あ'.repeat(200))).toBe(44);
  });
});

describe('image cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aspic-images-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Every file under a folder, by site path. */
  function filesIn(root: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    for (const f of readdirSync(root, { recursive: true, withFileTypes: true }))
      if (f.isFile()) {
        const full = join(f.parentPath, f.name);
        out.set(`/${relative(root, full)}`, readFileSync(full));
      }
    return out;
  }

  test('a second run renders nothing and writes the same bytes; a changed input renders only its own images', async () => {
    const services = [service('IP0001-1302', '有効'), service('IP0005-1604', '認定取消し')];
    const [out1, out2, out3] = [1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'aspic-images-out-')));
    try {
      const cold = await writeImages(services, out1!, new ImageCache(dir));
      expect(cold.rendered).toBeGreaterThan(0);
      expect(cold.cached).toBe(0);
      const first = filesIn(out1!);
      expect(cold.files).toBe(first.size);
      // One mark (9 files) for the valid service only; OG images for both services and the 3 pages,
      // and the English edition's: both services and the same 3 pages.
      expect([...first.keys()].filter((p) => p.startsWith('/marks/')).length).toBe(9);
      expect([...first.keys()].some((p) => p.startsWith('/marks/ip0005-1604/'))).toBe(false);
      expect(first.has('/og/services/ip0005-1604.png')).toBe(true);
      expect(first.has('/og/en/services/ip0005-1604.png')).toBe(true);
      expect(first.size).toBe(9 + 2 + 3 + 2 + 3);

      const warm = await writeImages(services, out2!, new ImageCache(dir));
      expect(warm.rendered).toBe(0);
      const second = filesIn(out2!);
      expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
      for (const [path, data] of first) expect(Buffer.compare(second.get(path)!, data), path).toBe(0);

      // `astro dev` serves the same bytes, one file at a time.
      expect(
        Buffer.compare(
          (await imageFile(services, '/marks/ip0001-1302/240@2x.png', new ImageCache(dir)))!,
          first.get('/marks/ip0001-1302/240@2x.png')!,
        ),
      ).toBe(0);
      expect(await imageFile(services, '/marks/ip0005-1604/240.png', new ImageCache(dir))).toBeNull();

      const renamed = [service('IP0001-1302', '有効', { serviceName: '改名したサービス' }), services[1]!];
      const after = await writeImages(renamed, out3!, new ImageCache(dir));
      expect(after.rendered).toBe(2); // that service's OG images (Japanese, English); its mark shows only the number
      expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
      // The old name's OG image is used by no page now: the cache keeps one site's images.
      expect(after.pruned).toBe(2);
      expect(readdirSync(dir).length).toBe(cold.rendered);
    } finally {
      for (const d of [out1, out2, out3]) rmSync(d!, { recursive: true, force: true });
    }
  });
});
