/**
 * content/site.yaml: who runs the site, whom to ask, and the terms the open
 * data is offered under. One file, so the secretariat changes the site's
 * identity without touching pages. The licence may be left unset: until it is,
 * /data/ says that no terms have been set (never a placeholder), and
 * `npm run check` and the build warn.
 */
import { z } from 'astro/zod';
import { readSettingsFile } from './settings-file.ts';

export const SITE_FILE = 'site.yaml';

/**
 * Bracketed notes such as 【事務局が記入】 or 【要確認】 are how drafts mark what
 * is still to be written; such text must never reach the public site.
 */
export const PLACEHOLDER_PATTERN = /【[^】]*(?:記入|確認|未定|TODO|TBD)[^】]*】/;

const text = z
  .string()
  .trim()
  .min(1, { error: '空です' })
  .refine((s) => !PLACEHOLDER_PATTERN.test(s), {
    error: '記入前の目印（【…】）が残っています。公開する文言を書いてください',
  });
const httpUrl = z.url({ protocol: /^https?$/, error: 'http:// か https:// で始まる URL を書いてください' });

const licenceSchema = z.strictObject({
  /** The licence's name as people cite it, e.g. 「公共データ利用規約（第1.0版）」. */
  name: text,
  url: httpUrl,
  /** Terms in the secretariat's words, shown under the name (optional). */
  terms: text.optional(),
  /** How users should credit the source. */
  attribution: text,
});

export const siteProfileSchema = z.strictObject({
  /** The site's name in <title>, feeds and calendars. */
  name: text,
  /** The two lines of the header: the organisation line and the site line. */
  header: z.strictObject({ org: text, name: text }),
  /** Who runs the site (the footer's 運営). */
  operator: text,
  /** Whom readers ask about the site and its data. */
  contact: z.strictObject({ name: text, url: httpUrl }),
  openData: z
    .strictObject({
      /** Empty (or absent) until the secretariat has decided the terms. */
      licence: licenceSchema.nullish(),
    })
    .nullish(),
});

export type SiteProfile = z.infer<typeof siteProfileSchema>;
export type OpenDataLicence = z.infer<typeof licenceSchema>;

/** The open-data licence, or null while none has been set. */
export function licenceOf(profile: SiteProfile): OpenDataLicence | null {
  return profile.openData?.licence ?? null;
}

export const LICENCE_UNSET_WARNING =
  'content/site.yaml の openData.licence（オープンデータの利用条件）が未設定です。/data/ には「利用条件はまだ定めていません」と表示されます';

export function loadSiteProfile(contentDir: string, cwd: string = process.cwd()): SiteProfile {
  return readSettingsFile(
    contentDir,
    SITE_FILE,
    {
      yaml: 'core',
      schema: siteProfileSchema,
      missing: 'サイトの設定ファイル（運営者・問合せ先・オープンデータの利用条件）がありません',
    },
    cwd,
  ).value;
}
