// The page's language, as the server set it in <html lang> when it served the page (src/workspace/pages.ts).

import type { Catalog, Text } from '../core/i18n/catalog';
import type { Locale } from '../core/i18n/locale';
import { pageLocaleFrom } from '../core/i18n/page-locale';

/** Read once: a page is served in one language and never changes it. */
export const PAGE_LOCALE: Locale = pageLocaleFrom(typeof document === 'undefined' ? 'en' : document.documentElement.lang);

/** The page's translator for one feature's messages: `const t = textOf(setupText); t('title')`. */
export function textOf<E extends Record<string, string>>(catalog: Catalog<E>): Text<E> {
  return catalog.in(PAGE_LOCALE);
}
