/**
 * Who and what the site is, as the certification scheme fixes it: the
 * scheme's name, the certifier and its certification body, and the names
 * drawn on the generated images and written into machine ids. Pages, the
 * certificate, JSON-LD and the images read them from here.
 *
 * Not here: the public origin is `site` in astro.config.mjs (SITE_URL), read
 * as Astro.site or the endpoint's `site`; the names the secretariat may edit
 * (the site's name in <title> and feeds, the header lines, the operator and
 * the contact) are in content/site.yaml and reach pages through getSite().
 *
 * Imports nothing, so plain node (the CLI tools) and browser code can use it.
 */

/** The scheme, without 制度 (JSON-LD's Certification name; pages add 制度 where they mean the scheme itself). */
export const SCHEME_NAME = 'IaaS・PaaS の安全・信頼性に係る情報開示認定';

/** Who issues the certification (認定証, JSON-LD's issuedBy). */
export const CERTIFIER = '一般社団法人日本クラウド産業協会（ASPIC）';

/** The certifier's body that runs the scheme (認定証's second line). */
export const CERTIFICATION_BODY = 'クラウドサービス情報開示認定機関';

/**
 * The site's two-line name as drawn on social images, the same words as
 * content/site.yaml's header (images are drawn from the open data and do not
 * read the site profile).
 */
export const IMAGE_HEADER = {
  org: 'ASPIC クラウドサービス情報開示認定',
  name: '認定 IaaS・PaaS 情報開示一覧',
} as const;

/** The short ASCII name in machine ids (the iCalendar PRODID). */
export const SHORT_NAME = 'ASPIC IaaS-PaaS catalogue';
