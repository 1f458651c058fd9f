/**
 * The published view computed in the test process, straight from content/
 * through the same publication boundary the build uses — the reference the
 * open-data files, feeds and sitemap are checked against.
 */
import { loadCatalogue } from '../../src/data/load-catalogue.ts';
import { toStored } from '../../src/data/stored-service.ts';
import { publishService, type PublishedService } from '../../src/lib/publication.ts';
import type { FormTemplate } from '../../src/data/form-b-template.ts';
import { contentDir, publicationDate } from './paths.ts';

export const SITE = new URL(process.env['SITE_URL'] ?? 'https://iaas-paas.nintei.example');

export function publishedView(): { asOf: string; template: FormTemplate; services: PublishedService[] } {
  const asOf = publicationDate();
  const { template, services } = loadCatalogue(contentDir());
  const published = services
    .map((s) => publishService(toStored(s.record), template, asOf))
    .filter((s): s is PublishedService => s !== null)
    .sort((a, b) => a.certificationNumber.localeCompare(b.certificationNumber));
  return { asOf, template, services: published };
}
