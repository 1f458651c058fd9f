/**
 * Content collections. One loader reads and checks the whole catalogue at once
 * (cross-file rules such as unique serials need every file); any problem stops
 * the build with the same Japanese report `npm run check` prints.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadCatalogue, type Catalogue } from './data/load-catalogue.ts';
import { resolveContentDir } from './data/content-dir.ts';
import { toStored } from './data/stored-service.ts';
import { keepForBuild } from './data/catalogue-read.ts';
import { LICENCE_UNSET_WARNING, licenceOf, loadSiteProfile } from './data/site-profile.ts';
import { stopBuildOnBadData } from './data/build-refusal.ts';
import { loadSearchDictionary } from './data/search-synonyms.ts';
import { warningReport } from './data/data-problem.ts';

// Both collections come from one read of the catalogue; the read is shared by
// the two loaders of one content sync and dropped after, so `astro dev` sees edits.
let pending: Promise<Catalogue & { ms: number }> | undefined;
let users = 0;
/**
 * In a build (no file watcher) bad data ends the process with the Japanese
 * list alone; `astro dev` keeps the error, so its overlay shows the list and
 * the server picks up the fix.
 */
function catalogue(dev: boolean): Promise<Catalogue & { ms: number }> {
  pending ??= Promise.resolve().then(() => {
    const started = performance.now();
    try {
      return { ...loadCatalogue(resolveContentDir()), ms: Math.round(performance.now() - started) };
    } catch (e) {
      if (dev) throw e;
      return stopBuildOnBadData(e);
    }
  });
  const shared = pending;
  if (++users === 2) {
    pending = undefined;
    users = 0;
  }
  return shared;
}

const formBLoader: Loader = {
  name: 'form-b-template',
  load: async ({ store, watcher }) => {
    const { template } = await catalogue(watcher !== undefined);
    store.clear();
    store.set({ id: 'template', data: { source: template.source } });
  },
};

const servicesLoader: Loader = {
  name: 'certified-services',
  load: async ({ store, logger, watcher }) => {
    const { services, template, ms, warnings } = await catalogue(watcher !== undefined);
    if (warnings.length) logger.warn(warningReport(warnings));
    const started = performance.now();
    store.clear();
    const stored = services.map((s) => ({ id: s.id, data: toStored(s.record) }));
    for (const entry of stored) store.set(entry);
    // A build writes the open-data files after the pages from this same read (src/data/catalogue-read.ts).
    if (watcher === undefined)
      keepForBuild({ dir: resolveContentDir(), templateSource: template.source, services: stored.map((e) => e.data) });
    // The benchmark reads this line to show what reading and checking the catalogue costs in a build.
    logger.info(
      `${services.length} 件を読み込み・検査 ${ms} ms、ストアへの格納 ${Math.round(performance.now() - started)} ms`,
    );
  },
};

// content/site.yaml is read on its own: it does not depend on the catalogue, and a
// problem in it stops the build with the same report `npm run check` prints.
const siteLoader: Loader = {
  name: 'site-profile',
  load: async ({ store, logger, watcher }) => {
    let profile: ReturnType<typeof loadSiteProfile>;
    try {
      profile = loadSiteProfile(resolveContentDir());
    } catch (e) {
      if (watcher !== undefined) throw e;
      return stopBuildOnBadData(e);
    }
    if (!licenceOf(profile)) logger.warn(LICENCE_UNSET_WARNING);
    store.clear();
    store.set({ id: 'profile', data: profile });
  },
};

// content/search-synonyms.yaml, the search's synonyms and regions: read and checked like site.yaml;
// only the search page uses it.
const searchDictionaryLoader: Loader = {
  name: 'search-synonyms',
  load: async ({ store, watcher }) => {
    let dictionary: ReturnType<typeof loadSearchDictionary>;
    try {
      dictionary = loadSearchDictionary(resolveContentDir());
    } catch (e) {
      if (watcher !== undefined) throw e;
      return stopBuildOnBadData(e);
    }
    store.clear();
    store.set({ id: 'dictionary', data: { ...dictionary } });
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader }),
  searchSynonyms: defineCollection({ loader: searchDictionaryLoader }),
  formB: defineCollection({ loader: formBLoader }),
  services: defineCollection({ loader: servicesLoader }),
};
