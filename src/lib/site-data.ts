/**
 * The one route-data module: reads the content collections once per build,
 * passes every record through the publication boundary and hands pages only
 * published views. Pages never call getCollection themselves.
 */
import { getCollection } from 'astro:content';
import {
  flattenTemplate,
  type FormCategory,
  type FormRow,
  type FormTemplate,
  type TemplateSource,
} from '../data/form-b-template.ts';
import type { StoredService } from '../data/stored-service.ts';
import type { SiteProfile } from '../data/site-profile.ts';
import type { SearchDictionary } from './search-expansion.ts';
import { publishAll, type PublishedService } from './publication.ts';
import { publicationDate } from './publication-date.ts';
import type { IsoDate } from '../rules/calendar-date.ts';
import { isValidStatus } from '../rules/lifecycle.ts';

export interface Site {
  asOf: IsoDate;
  /** Name, operator, contact and open-data terms (content/site.yaml). */
  profile: SiteProfile;
  template: FormTemplate;
  /** The search's synonyms and regions (content/search-synonyms.yaml); only /search/ uses it. */
  searchDictionary: SearchDictionary;
  /** Published services in 認定番号 order. */
  services: PublishedService[];
}

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= (async () => {
    const asOf = publicationDate();
    const [profileEntry] = await getCollection('site');
    if (!profileEntry) throw new Error('サイトの設定（content/site.yaml）が読み込まれていません');
    const profile = profileEntry.data as SiteProfile;
    const [dictionaryEntry] = await getCollection('searchSynonyms');
    if (!dictionaryEntry)
      throw new Error('検索の同義語・地域の辞書（content/search-synonyms.yaml）が読み込まれていません');
    const searchDictionary = dictionaryEntry.data as SearchDictionary;
    const [templateEntry] = await getCollection('formB');
    if (!templateEntry) throw new Error('申請書B様式が読み込まれていません');
    const template = flattenTemplate((templateEntry.data as { source: TemplateSource }).source);
    const entries = await getCollection('services');
    const services = publishAll(
      entries.map((e) => e.data as StoredService),
      template,
      asOf,
    );
    return { asOf, profile, template, searchDictionary, services };
  })();
  return cached;
}

export function isCertified(s: PublishedService): boolean {
  return isValidStatus(s.lifecycle.status);
}

export type { FormCategory, FormRow, PublishedService, SiteProfile };
