// Tells a built page its language: the server rewrites the page's <html lang>, which the page reads on load (and
// which screen readers use to pronounce it).

import { type Locale, localeFrom } from './locale';

/** What scripts/build.js writes at the top of every page. */
const BUILT_ROOT = '<html lang="en">';

/** The page's HTML with `lang` set to `locale` (unchanged for English, the language the build writes). */
export function withPageLocale(html: string, locale: Locale): string {
  return locale === 'en' ? html : html.replace(BUILT_ROOT, `<html lang="${locale}">`);
}

/** The page's language, read back from its `lang` attribute in the browser. */
export function pageLocaleFrom(lang: string | null | undefined): Locale {
  return localeFrom(lang);
}
