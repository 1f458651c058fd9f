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

// Both collections come from one read of the catalogue; the read is shared by
// the two loaders of one content sync and dropped after, so `astro dev` sees edits.
let pending: Promise<Catalogue> | undefined;
let users = 0;
function catalogue(): Promise<Catalogue> {
  pending ??= Promise.resolve().then(() => loadCatalogue(resolveContentDir()));
  const shared = pending;
  if (++users === 2) {
    pending = undefined;
    users = 0;
  }
  return shared;
}

const formBLoader: Loader = {
  name: 'form-b-template',
  load: async ({ store }) => {
    const { template } = await catalogue();
    store.clear();
    store.set({ id: 'template', data: { source: template.source } });
  },
};

const servicesLoader: Loader = {
  name: 'certified-services',
  load: async ({ store }) => {
    const { services } = await catalogue();
    store.clear();
    for (const s of services) store.set({ id: s.id, data: toStored(s.record) });
  },
};

export const collections = {
  formB: defineCollection({ loader: formBLoader }),
  services: defineCollection({ loader: servicesLoader }),
};
