/**
 * Content collections. Each loader reads what it needs from content/ and
 * nothing is shared between them, so no loader depends on another having run
 * (or on how many run in one sync); `astro dev` re-reads on every sync. The
 * services loader reads and checks the whole catalogue at once (cross-file
 * rules such as unique serials need every file); the template loader reads
 * content/form-b.yaml alone, which the catalogue read parses again — one small
 * file, cheaper than coordinating the two. Any problem stops the build with
 * the same Japanese report `npm run check` prints, before a page is written.
 *
 * Each collection's schema is the type its loader stores (`stored()`): the
 * loaders write only values the checks above produced, so validating them
 * again per entry would only cost time, and src/lib/site-data.ts reads them
 * typed, without a cast.
 */
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { loadCatalogue, loadTemplate } from './data/load-catalogue.ts';
import { resolveContentDir } from './data/content-dir.ts';
import { serviceText, type ServiceText } from './data/stored-service.ts';
import type { TemplateSource } from './data/form-b-template.ts';
import { LICENCE_UNSET_WARNING, licenceOf, loadSiteProfile, type SiteProfile } from './data/site-profile.ts';
import { stopBuildOnBadData } from './data/build-refusal.ts';
import { loadSearchDictionary } from './data/search-synonyms.ts';
import type { SearchDictionary } from './rules/search-normalise.ts';
import { warningReport } from './data/data-problem.ts';

/**
 * Reads with `read`; bad data ends a build with the Japanese list alone
 * (no file watcher), while `astro dev` keeps the error, so its overlay shows
 * the list and the server picks up the fix.
 */
function readOrStop<T>(context: LoaderContext, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (context.watcher !== undefined) throw e;
    return stopBuildOnBadData(e);
  }
}

/**
 * A collection whose entries are what `load` returns, typed as T for
 * getCollection (the schema checks nothing at run time: see the top).
 */
function stored<T extends object>(name: string, load: (context: LoaderContext) => Iterable<[id: string, data: T]>) {
  const loader: Loader = {
    name,
    load: async (context) => {
      const entries = [...load(context)];
      context.store.clear();
      // Widening only (an interface has no index signature): the store keeps any object.
      for (const [id, data] of entries) context.store.set({ id, data: data as Record<string, unknown> });
    },
  };
  return defineCollection({ loader, schema: z.custom<T>() });
}

const site = stored<SiteProfile>('site-profile', (context) => {
  const profile = readOrStop(context, () => loadSiteProfile(resolveContentDir()));
  if (!licenceOf(profile)) context.logger.warn(LICENCE_UNSET_WARNING);
  return [['profile', profile]];
});

// Only the search page uses the synonyms and regions.
const searchSynonyms = stored<SearchDictionary>('search-synonyms', (context) => [
  ['dictionary', readOrStop(context, () => loadSearchDictionary(resolveContentDir()))],
]);

const formB = stored<{ source: TemplateSource }>('form-b-template', (context) => [
  ['template', { source: readOrStop(context, () => loadTemplate(resolveContentDir())).source }],
]);

const services = stored<ServiceText>('certified-services', (context) => {
  const started = performance.now();
  const dir = resolveContentDir();
  const { services, warnings } = readOrStop(context, () => loadCatalogue(dir));
  const ms = Math.round(performance.now() - started);
  if (warnings.length) context.logger.warn(warningReport(warnings));
  const storing = performance.now();
  // One string per service, not its objects: see ServiceText for why.
  const entries = services.map((s): [string, ServiceText] => [s.id, serviceText(s.record)]);
  // The benchmark reads this line to show what reading and checking the catalogue costs in a build.
  context.logger.info(
    `${services.length} 件を読み込み・検査 ${ms} ms、ストアへの格納 ${Math.round(performance.now() - storing)} ms`,
  );
  return entries;
});

export const collections = { site, searchSynonyms, formB, services };
