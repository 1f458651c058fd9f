/** JSON-LD on service pages: the schema.org shape, checked against the sample data. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { requireDist } from '../support/paths.ts';
import { publishedView, SITE } from '../support/published-view.ts';
import { isValidStatus } from '../../src/rules/lifecycle.ts';

const dist = requireDist();
const view = publishedView();

test('every service page has one WebPage about a Service by an Organization with its Certification', () => {
  for (const s of view.services) {
    const html = readFileSync(join(dist, 'services', s.id, 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks, s.id).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!) as Record<string, any>;
    const url = new URL(`/services/${s.id}/`, SITE).href;
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url, inLanguage: 'ja' });
    const service = ld['mainEntity'];
    expect(service).toMatchObject({
      '@type': 'Service',
      name: s.serviceName,
      serviceType: s.category,
      identifier: s.certificationNumber,
    });
    expect(service.provider).toMatchObject({ '@type': 'Organization', name: s.providerName });
    const cert = service.hasCertification;
    expect(cert).toMatchObject({
      '@type': 'Certification',
      certificationIdentification: s.certificationNumber,
      validFrom: s.lifecycle.periodStart,
      issuedBy: { '@type': 'Organization' },
      certificationStatus: isValidStatus(s.lifecycle.status)
        ? 'https://schema.org/CertificationActive'
        : 'https://schema.org/CertificationInactive',
    });
    expect(cert.expires).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
