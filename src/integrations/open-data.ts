/**
 * The open-data files (/data/…, each service's feed, the /verify/ index) are
 * written after the pages, straight from the published view into the output
 * folder, rather than as Astro routes: each route file cost Astro about 1 ms
 * (about 3,000 files at 1,000 services, 30,000 at 9,999), 16 % of a build
 * without images. `astro dev` serves the same files from routes
 * (./open-data-dev-routes/), made by the same table below.
 *
 * The view comes from the publication boundary only (publishedCatalogue in
 * src/lib/publication.ts); this module never sees a raw record. The files are
 * written on their own thread while Astro renders the pages
 * (./open-data-worker.ts: at 9,999 services they took 14–16 s of the main
 * thread after the pages) and moved into the output folder at build:done,
 * before the sitemap and the images, which read the written
 * /data/services.json.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { FormTemplate } from '../data/form-b-template.ts';
import type { SiteProfile } from '../data/site-profile.ts';
import type { PublishedService } from '../lib/publication.ts';
import { publicationDate } from '../lib/publication-date.ts';
import type { IsoDate } from '../rules/calendar-date.ts';
import {
  ANSWERS_EN_CSV_PATH,
  EVENTS_FEED_PATH,
  EXPIRY_CALENDAR_PATH,
  serviceFeedPath,
  serviceIcsPath,
  serviceJsonPath,
} from '../lib/paths.ts';
import { answersCsvRows, answersCsvWithHeader, servicesCsv } from '../lib/formats/open-data-csv.ts';
import { atomFeed, feedEntries, serviceAtomFeed } from '../lib/formats/lifecycle-feed.ts';
import { expiryCalendar, hasExpiry } from '../lib/formats/expiry-calendar.ts';
import { jsonText } from '../lib/formats/json-text.ts';
import {
  jsonSchemaOf,
  serviceJson,
  serviceListJson,
  serviceListSchema,
  serviceSchema,
} from '../lib/formats/service-json.ts';
import type { FormSkeleton } from '../lib/compare-sheet.ts';
import { itemHeading } from '../lib/item-text.ts';
import { matchIndex } from '../lib/match-index.ts';
import { verifyIndex } from '../lib/verify-index.ts';

/** What the files are made from: the published view (src/lib/site-data.ts's Site has this shape). */
export interface OpenDataView {
  asOf: IsoDate;
  profile: SiteProfile;
  template: FormTemplate;
  /** Published services in 認定番号 order. */
  services: PublishedService[];
}

export interface OpenDataFile {
  /** Site path, e.g. /data/services.json. */
  path: string;
  /** The body, made only when asked for: at 9,999 services the files together are over 300 MB. */
  body: () => string;
}

/**
 * The Form B template's 大分類 and rows, which the service page's 「Excel で保存」
 * needs to lay out a workbook in the browser. `en` holds the English names of
 * each 大分類 and row (content/form-b.yaml `en:`); answers are never translated.
 */
function formB(template: FormTemplate): string {
  const form = {
    categories: template.categories.map((c) => ({
      name: c.name,
      en: { name: c.en.name },
      rows: c.rows.map((r) => ({
        id: r.id,
        no: r.no,
        heading: itemHeading(r),
        description: r.description,
        required: r.required,
        keyRequirement: r.keyRequirement,
        perDataCentre: r.perDataCentre,
        en: {
          heading: itemHeading(r, 'en'),
          description: r.en.description,
        },
      })),
    })),
  };
  return jsonText({ version: template.version, ...(form satisfies FormSkeleton) });
}

/** Every open-data file of the site at `site` (the configured origin). */
export function openDataContents(view: OpenDataView, site: URL): OpenDataFile[] {
  const { asOf, profile, template, services } = view;
  // answers.csv and answers.en.csv share their rows, made once (the largest file: about 70,000 rows at 1,000
  // services) and let go once both files have them, so the text is not held while the other files are written.
  let answerRows: string | undefined;
  const made = new Set<'ja' | 'en'>();
  const answers = (locale: 'ja' | 'en') => {
    answerRows ??= answersCsvRows(services, template);
    const text = answersCsvWithHeader(answerRows, locale);
    made.add(locale);
    if (made.size === 2) {
      answerRows = undefined;
      made.clear();
    }
    return text;
  };
  const files: OpenDataFile[] = [
    { path: '/data/services.json', body: () => `${jsonText(serviceListJson(services, asOf, site), 2)}\n` },
    { path: '/data/services.csv', body: () => servicesCsv(services, site) },
    { path: '/data/answers.csv', body: () => answers('ja') },
    { path: ANSWERS_EN_CSV_PATH, body: () => answers('en') },
    {
      path: EVENTS_FEED_PATH,
      body: () => atomFeed(feedEntries(services, template, asOf), site, asOf, profile),
    },
    {
      path: EXPIRY_CALENDAR_PATH,
      body: () => expiryCalendar(services, site, asOf, `${profile.name}: 有効期限`),
    },
    { path: '/data/form-b.json', body: () => formB(template) },
    {
      path: '/data/match-index.json',
      // One line per service: small, and a diff of two builds reads service by service.
      body: () =>
        `{"asOf":${jsonText(asOf)},"services":[\n${matchIndex(services, template)
          .map((e) => jsonText(e))
          .join(',\n')}\n]}\n`,
    },
    {
      path: '/data/services.schema.json',
      body: () =>
        `${JSON.stringify(jsonSchemaOf(serviceListSchema, new URL('/data/services.schema.json', site).href), null, 2)}\n`,
    },
    {
      path: '/data/service.schema.json',
      body: () =>
        `${JSON.stringify(jsonSchemaOf(serviceSchema, new URL('/data/service.schema.json', site).href), null, 2)}\n`,
    },
    { path: '/verify/index.json', body: () => jsonText(verifyIndex(asOf, services)) },
  ];
  for (const s of services) {
    files.push({
      path: serviceJsonPath(s.id),
      body: () => `${jsonText(serviceJson(s, template, asOf, site), 2)}\n`,
    });
    if (hasExpiry(s))
      files.push({
        path: serviceIcsPath(s.id),
        body: () => expiryCalendar([s], site, asOf, `${s.serviceName}（${s.certificationNumber}）の有効期限`),
      });
    files.push({ path: serviceFeedPath(s.id), body: () => serviceAtomFeed(s, template, site, asOf, profile) });
  }
  return files;
}

/** Content-Type of an open-data file, by extension (for `astro dev`). */
export const OPEN_DATA_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/** Writes every open-data file under `outDir`; returns how many. */
export function writeOpenData(view: OpenDataView, site: URL, outDir: string): number {
  const madeDirs = new Set<string>();
  const files = openDataContents(view, site);
  for (const f of files) {
    const to = join(outDir, f.path);
    const dir = dirname(to);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(to, f.body());
  }
  return files.length;
}

/** Moves every file under `from` to the same place under `to`: a folder `to` lacks moves whole. */
export function moveTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) moveTree(source, target);
    else renameSync(source, target);
  }
}

interface Written {
  count: number;
  ms: number;
}

export function catalogueOpenData(): AstroIntegration {
  let site: URL | undefined;
  let outDir: URL | undefined;
  /** The files being written on their own thread, into `into` (./open-data-worker.ts). */
  let pending: Promise<Written> | undefined;
  let into: string | undefined;
  const removeInto = () => {
    if (into) rmSync(into, { recursive: true, force: true });
    into = undefined;
  };
  return {
    name: 'catalogue-open-data',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const ext of ['json', 'csv', 'atom', 'ics'])
          injectRoute({
            pattern: `/[...path].${ext}`,
            entrypoint: new URL(`./open-data-dev-routes/${ext}.ts`, import.meta.url),
          });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (!site || !outDir) return;
        // Beside the output folder (the same disk, so the files move in by renaming): Astro empties
        // the output folder after this hook, before it writes the pages.
        into = mkdtempSync(join(dirname(fileURLToPath(outDir)), '.open-data-'));
        process.once('exit', removeInto);
        const worker = new Worker(new URL('./open-data-worker.ts', import.meta.url), {
          workerData: { asOf: publicationDate(), site: site.href, into },
        });
        pending = new Promise<Written>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) =>
            reject(new Error(`オープンデータのスレッドが終了コード ${code} で止まりました`)),
          );
        });
        // A failure is reported when build:done awaits it, not as an unhandled rejection before; and a
        // build that fails before build:done does not wait for the thread.
        pending.catch(() => undefined);
        worker.unref();
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) throw new Error('サイトの URL（astro.config の site）が設定されていません');
        if (!pending || !into) throw new Error('オープンデータのスレッドが始まっていません');
        const waited = performance.now();
        try {
          const { count, ms } = await pending;
          moveTree(into, fileURLToPath(dir));
          // The benchmark reads this line.
          logger.info(
            `オープンデータ ${count} ファイルを書き出し ${Math.round(ms)} ms（別のスレッド、ページの後の待ち ${Math.round(performance.now() - waited)} ms）`,
          );
        } finally {
          removeInto();
        }
      },
    },
  };
}
