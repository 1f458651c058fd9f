/**
 * The one route-data module: reads the content collections once per build,
 * passes every record through the publication boundary and hands pages only
 * published views. Pages never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import { flattenTemplate, type FormCategory, type FormRow, type FormTemplate } from '../data/form-b-template.ts';
import { licenceOf, type SiteProfile } from '../data/site-profile.ts';
import type { SearchDictionary } from '../rules/search-normalise.ts';
import { publishAll, type PublishedAnswer, type PublishedService } from './publication.ts';
import { publicationDate } from './publication-date.ts';
import { storedServices } from '../data/stored-service.ts';
import type { IsoDate } from '../rules/calendar-date.ts';
import { isValidStatus } from '../rules/lifecycle.ts';
import { contentDigest, incrementalBuildEnabled, pageCacheKey } from './page-cache-key.ts';

export interface Site {
  asOf: IsoDate;
  /** Name, operator, contact and open-data terms (content/site.yaml). */
  profile: SiteProfile;
  template: FormTemplate;
  /** The search's synonyms and regions (content/search-synonyms.yaml); only /search/ uses it. */
  searchDictionary: SearchDictionary;
  /** Published services in 認定番号 order. */
  services: PublishedService[];
  /**
   * Digest of what every page may read here besides the services: the date,
   * profile, template and dictionary. Part of every page's cacheKey.
   */
  digest: string;
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= (async () => {
    const asOf = publicationDate();
    const [profileEntry] = await getCollection('site');
    if (!profileEntry) throw new Error('サイトの設定（content/site.yaml）が読み込まれていません');
    const profile = profileEntry.data;
    const [dictionaryEntry] = await getCollection('searchSynonyms');
    if (!dictionaryEntry)
      throw new Error('検索の同義語・地域の辞書（content/search-synonyms.yaml）が読み込まれていません');
    const searchDictionary = dictionaryEntry.data;
    const [templateEntry] = await getCollection('formB');
    if (!templateEntry) throw new Error('申請書B様式が読み込まれていません');
    const template = flattenTemplate(templateEntry.data.source);
    const entries = await getCollection('services');
    const services = publishAll(storedServices(entries.map((e) => e.data)), template, asOf);
    const digest = contentDigest({ asOf, profile, template, searchDictionary });
    return { asOf, profile, template, searchDictionary, services, digest };
  })();
  return cached;
}

export function isCertified(s: PublishedService): boolean {
  return isValidStatus(s.lifecycle.status);
}

/**
 * Every service's route (its page and certificate, in both languages): one per
 * published service, in 認定番号 order. The cacheKey lets an incremental build
 * copy the page from the last build while the service and the site-wide
 * inputs are unchanged (src/lib/page-cache-key.ts).
 */
export interface ServiceRoute {
  params: { id: string };
  props: { service: PublishedService };
  /** Only in an incremental build (the default; not with INCREMENTAL_BUILD=0): nothing else reads it. */
  cacheKey?: string;
}

/**
 * Fresh objects on every call: Astro keeps per route what getStaticPaths
 * returns and may change it, so routes must not share one array (the data in
 * the props is shared; getSite() reads it once per build).
 */
export async function servicePaths(): Promise<ServiceRoute[]> {
  const { services, digest } = await getSite();
  const keyed = incrementalBuildEnabled();
  return services.map((service) => ({
    params: { id: service.id },
    props: { service },
    ...(keyed ? { cacheKey: pageCacheKey(digest, service) } : {}),
  }));
}

/**
 * What an item page shows of one certified service: who it is, its status and
 * its answers to that one row (per data centre where the row asks per
 * centre). Only this, so that the page's cacheKey changes exactly when what
 * the page shows changes: a new summary for one service does not make all
 * 128 item pages render again.
 */
export interface ItemEntry extends Pick<
  PublishedService,
  'id' | 'certificationNumber' | 'serviceName' | 'providerName' | 'category'
> {
  lifecycle: Pick<PublishedService['lifecycle'], 'status'>;
  /** The one row's answer, under the row's id. */
  answers: Readonly<Record<string, PublishedAnswer>>;
  dataCentres: { id: string; label: string; answers: Readonly<Record<string, PublishedAnswer>> }[];
}

function itemEntry(s: PublishedService, rowId: string): ItemEntry {
  const only = (answers: Readonly<Record<string, PublishedAnswer>>) =>
    rowId in answers ? { [rowId]: answers[rowId]! } : {};
  return {
    id: s.id,
    certificationNumber: s.certificationNumber,
    serviceName: s.serviceName,
    providerName: s.providerName,
    category: s.category,
    lifecycle: { status: s.lifecycle.status },
    answers: only(s.answers),
    dataCentres: s.dataCentres.map((dc) => ({ id: dc.id, label: dc.label, answers: only(dc.answers) })),
  };
}

/**
 * The certified services an item page lists, as a handle the page turns into
 * its rows with `entries()` while it renders. Built up front, the entries
 * of 128 item pages for every certified service (about 850,000 at 9,999
 * services, four or five objects each) stayed alive for the whole build and
 * were most of the objects every full garbage collection walked. The page can
 * read the services only through `entries()` (a private field holds them),
 * and the cacheKey is made from the same entries, so the key still changes
 * exactly when what the page shows changes.
 */
export class ItemListing {
  readonly rowId: string;
  readonly #services: readonly PublishedService[];
  constructor(rowId: string, services: readonly PublishedService[]) {
    this.rowId = rowId;
    this.#services = services;
  }
  /** The rows the page shows, one per listed service, in 認定番号 order. */
  entries(): ItemEntry[] {
    return this.#services.map((s) => itemEntry(s, this.rowId));
  }
}

/**
 * Every Form B row's item page, with what the page needs beside the row:
 * its 大分類, its neighbours for the pager, and the services it lists —
 * the certified ones (有効・更新手続中) — with how many ended ones it leaves
 * out (their answers are no longer vouched for by a certification).
 */
export interface ItemRoute {
  params: { id: string };
  props: {
    row: FormRow;
    category: FormCategory;
    prev: FormRow | undefined;
    next: FormRow | undefined;
    certified: ItemListing;
    endedCount: number;
  };
  /** Only in an incremental build (not with INCREMENTAL_BUILD=0). */
  cacheKey?: string;
}

let itemRoutes: Promise<ItemRoute[]> | undefined;

export async function itemPaths(): Promise<ItemRoute[]> {
  // Both languages' item routes list the same services: made and digested once per build.
  itemRoutes ??= (async () => {
    const { template, services, digest } = await getSite();
    const keyed = incrementalBuildEnabled();
    const certified = services.filter(isCertified);
    const endedCount = services.length - certified.length;
    const categories = new Map(template.categories.map((c) => [c.id, c]));
    return template.rows.map((row, i) => {
      const props = {
        row,
        category: categories.get(row.categoryId)!,
        prev: template.rows[i - 1],
        next: template.rows[i + 1],
        certified: new ItemListing(row.id, certified),
        endedCount,
      };
      // The key digests the entries the page will show; they are let go as soon as it is made.
      const key = () => pageCacheKey(digest, { ...props, certified: props.certified.entries() });
      return { params: { id: row.id }, props, ...(keyed ? { cacheKey: key() } : {}) };
    });
  })();
  // Fresh route objects each call (see servicePaths); the props' data is shared.
  return (await itemRoutes).map((r) => ({ ...r, params: { ...r.params }, props: { ...r.props } }));
}

export type { FormCategory, FormRow, PublishedService, SiteProfile };
/** The open-data licence of content/site.yaml, or null while unset (for /data/, past the boundary). */
export { licenceOf };
