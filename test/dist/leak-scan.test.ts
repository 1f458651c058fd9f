/**
 * THE publication-boundary proof: nothing the catalogue holds back — evidence
 * (疎明資料 document and place), withholding reasons, and the content of
 * answers whose 公表留保 is in force on the publication date — appears
 * anywhere in the built site, in any file, in any spelling.
 *
 * Needles come straight from content/services/*.yaml (CATALOGUE_DIR), not
 * through src/. The publication date is PUBLICATION_DATE (default 2026-11-26),
 * the date `npm test` builds with.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import {
  collectSecrets,
  occursInPublicText,
  type CatalogueSecrets,
  type Secret,
} from '../support/catalogue-secrets.ts';
import { listHtmlFiles } from '../../scripts/lib/dist-files.ts';
import { formatLeakHits, scanForLeaks } from '../support/leak-scan.ts';
import { contentDir, publicationDate, requireDist } from '../support/paths.ts';

let dist: string;
let catalogue: CatalogueSecrets;
let scanned: Secret[];
let ambiguous: Secret[];
const isPublic = (s: string) => occursInPublicText(s, catalogue.publicTexts);

beforeAll(() => {
  dist = requireDist();
  catalogue = collectSecrets(contentDir(), publicationDate());
  ambiguous = catalogue.secrets.filter((s) => isPublic(s.text));
  scanned = catalogue.secrets.filter((s) => !isPublic(s.text));
  if (ambiguous.length) {
    console.warn(
      `leak-scan: ${ambiguous.length} secret string(s) also occur in published text and are not scanned as a whole:\n` +
        ambiguous.map((s) => `  ${s.where}: ${JSON.stringify(s.text)}`).join('\n'),
    );
  }
});

describe(`publication boundary (publication date ${publicationDate()})`, () => {
  test('the needle list is not empty (the proof cannot pass vacuously)', () => {
    const count = (kind: Secret['kind'], list: Secret[]) => list.filter((s) => s.kind === kind).length;
    const evidence = count('evidence.document', catalogue.secrets) + count('evidence.place', catalogue.secrets);
    const withheld = count('withheld.content', catalogue.secrets);
    expect(catalogue.files.length, `no service files in ${contentDir()}/services`).toBeGreaterThan(0);
    expect(evidence, 'no evidence (document/place) in the catalogue').toBeGreaterThan(0);
    expect(
      withheld,
      `no answer is withheld on ${publicationDate()} (withhold.through on or after it) — the sample data must include one`,
    ).toBeGreaterThan(0);
    expect(
      count('evidence.document', scanned) + count('evidence.place', scanned),
      'every evidence string also occurs in public text',
    ).toBeGreaterThan(0);
    expect(listHtmlFiles(dist).length, `no .html files in ${dist}`).toBeGreaterThan(0);
  });

  test('positive control: the scan finds published strings in this dist', () => {
    // Each service's name must be on the site; if the scanner found none, it is not reading this site.
    const names = catalogue.serviceNames;
    expect(names.length).toBeGreaterThan(0);
    const found = new Set(scanForLeaks(dist, names).map((h) => h.needle));
    expect(
      names.filter((n) => !found.has(n)),
      `service names from ${contentDir()} not found anywhere in ${dist} — is it built from this content? (npm run build:test)`,
    ).toEqual([]);
  });

  test('positive control: the per-service feeds and /watch/ are read', () => {
    // Every service name shows in its own feed; /watch/ names the subscriptions. (.xlsx files are made in the
    // browser; test/e2e/compare-export.test.ts scans the downloads, unzipped, with this scanner.)
    const names = catalogue.serviceNames;
    const hits = scanForLeaks(dist, [...names, 'Atom フィード']);
    const feeds = hits.filter((h) => /^services\/[^/]+\/feed\.atom$/.test(h.file)).map((h) => h.file);
    expect(new Set(feeds).size).toBe(names.length);
    expect(hits.some((h) => h.needle === 'Atom フィード' && h.file === 'watch/index.html')).toBe(true);
  });

  test('positive control: the English service and certificate pages are read', () => {
    // Each English service page and certificate names its service as written, so the sweep below covers them.
    const names = catalogue.serviceNames;
    const files = new Set(scanForLeaks(dist, names).map((h) => h.file));
    const english = (suffix: string) =>
      [...files].filter((f) => new RegExp(`^en/services/[^/]+/${suffix}index\\.html$`).test(f)).length;
    expect(english('')).toBe(names.length);
    expect(english('certificate/')).toBe(names.length);
  });

  test('positive control: answers.en.csv and the English updates, data and matcher pages are read', () => {
    // answers.en.csv holds every published answer as answers.csv does; the English updates and data pages name
    // each service; the matcher's form names the data-centre places. A scan that skipped them would miss a leak there.
    const services = catalogue.serviceNames.length;
    const hits = scanForLeaks(dist, [...catalogue.serviceNames, 'Application content', '大阪府']);
    const filesWith = (needle: string) => new Set(hits.filter((h) => h.needle === needle).map((h) => h.file));
    expect(filesWith('Application content').has('data/answers.en.csv')).toBe(true);
    const namedIn = (file: string) => catalogue.serviceNames.filter((n) => filesWith(n).has(file)).length;
    expect(namedIn('en/data/index.html')).toBe(services);
    expect(namedIn('en/updates/index.html')).toBe(services);
    expect(filesWith('大阪府').has('en/match/index.html')).toBe(true);
  });

  test('no evidence, withholding reason or withheld content appears anywhere in dist', () => {
    const texts = scanned.map((s) => s.text);
    const hits = scanForLeaks(dist, texts, { skip: isPublic });
    if (hits.length) {
      const whereOf = new Map<string, string[]>();
      for (const s of scanned) whereOf.set(s.text, [...(whereOf.get(s.text) ?? []), `${s.kind} @ ${s.where}`]);
      const detail = [...new Set(hits.map((h) => h.needle))].map(
        (n) => `  ${JSON.stringify(n)}\n    from ${(whereOf.get(n) ?? []).join('\n    from ')}`,
      );
      expect.fail(`${formatLeakHits(hits)}\n\nSources of these strings:\n${detail.join('\n')}`);
    }
  });
});
