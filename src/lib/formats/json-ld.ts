/**
 * schema.org JSON-LD for a service page: the page (WebPage) is about the
 * service (Service), offered by its provider (Organization), holding the
 * ASPIC disclosure certification (Certification, issued by ASPIC) with its
 * number, period and whether it is in force on the publication date.
 * Only published fields are used.
 */
import type { PublishedService } from '../publication.ts';
import { isValidStatus } from '../../rules/lifecycle.ts';
import { isHttpUrl } from '../linkify.ts';
import { parseWrittenDate } from '../../rules/calendar-date.ts';
import { servicePath } from '../paths.ts';
import { jsonText } from './json-text.ts';
import { CERTIFIER, SCHEME_NAME } from '../../site.config.ts';

export function serviceJsonLd(s: PublishedService, site: URL, description: string): Record<string, unknown> {
  const page = new URL(servicePath(s.id), site).href;
  const website = s.answers['company-website'];
  const provider: Record<string, unknown> = { '@type': 'Organization', name: s.providerName };
  if (website?.state === 'answered' && isHttpUrl(website.content)) provider['url'] = website.content;
  const service: Record<string, unknown> = {
    '@type': 'Service',
    '@id': `${page}#service`,
    name: s.serviceName,
    description: s.serviceSummary,
    serviceType: s.category,
    identifier: s.certificationNumber,
    provider,
    hasCertification: {
      '@type': 'Certification',
      name: SCHEME_NAME,
      certificationIdentification: s.certificationNumber,
      issuedBy: { '@type': 'Organization', name: CERTIFIER },
      validFrom: s.lifecycle.periodStart,
      expires: s.lifecycle.ended?.date ?? s.lifecycle.periodEnd,
      certificationStatus: isValidStatus(s.lifecycle.status)
        ? 'https://schema.org/CertificationActive'
        : 'https://schema.org/CertificationInactive',
    },
  };
  if (isHttpUrl(s.serviceSite)) service['url'] = s.serviceSite;
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': page,
    url: page,
    name: `${s.serviceName}（${s.certificationNumber}）`,
    description,
    inLanguage: 'ja',
    mainEntity: service,
  };
  const modified = s.disclosureDate ? parseWrittenDate(s.disclosureDate) : null;
  if (modified) out['dateModified'] = modified;
  return out;
}

/** JSON for a <script> element: `<` escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return jsonText(value).replace(/</g, '\\u003c');
}
