// The signed-in person's language, from the locale Google reports for them.

import { type Locale, localeFrom } from '../core/i18n/locale';

/**
 * Dutch for a Dutch locale, English otherwise, and English when Google does not say. `Session.getActiveUserLocale`
 * needs no OAuth scope (https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale() lists
 * none, unlike getActiveUser), but onOpen in AuthMode.NONE must not call it here: see `onOpen` in src/server/lifecycle.ts.
 */
export function userLocale(): Locale {
  try {
    return localeFrom(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
