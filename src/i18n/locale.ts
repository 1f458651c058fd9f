/**
 * The site's two languages. Japanese is the catalogue's own language and stays
 * at the root; English is the English edition under /en/. Only the chrome, the
 * Form B names and the scheme pages are in English: what a provider disclosed
 * (申請内容) is published as written, in Japanese (overview §7(2)ア).
 */
import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Vocabulary } from './vocabulary.ts';

export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ja';

const VOCABULARIES: Record<Locale, Vocabulary> = { ja, en };

/** The words of one language: `t('en').status['有効']` is "Valid". */
export function t(locale: Locale): Vocabulary {
  return VOCABULARIES[locale];
}

/** The value of `<html lang>` and of `hreflang` for a locale. */
export function htmlLang(locale: Locale): string {
  return locale;
}

/**
 * The address of the same page in the other language: `/about/fees/` ⇄
 * `/en/about/fees/`. Japanese pages have no prefix (Astro's i18n
 * prefixDefaultLocale: false).
 */
export function localePath(path: string, locale: Locale): string {
  const base = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return locale === 'ja' ? base : `/en${base}`;
}

/** The locale a site path belongs to. */
export function localeOfPath(path: string): Locale {
  return /^\/en(\/|$)/.test(path) ? 'en' : 'ja';
}
