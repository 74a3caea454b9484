// The languages the add-on speaks, and which one a person gets from the locale Google reports for them.

/** Every shipped language; a catalog must hold each of them (a type error and a test otherwise). */
export const LOCALES = ['en', 'nl'] as const;

export type Locale = (typeof LOCALES)[number];

/**
 * The language for a locale tag as Apps Script reports it ("nl", "nl_NL", "nl-BE", "en_GB"): Dutch for any Dutch
 * tag, English for everything else (English is the language every string is written in first).
 */
export function localeFrom(tag: string | null | undefined): Locale {
  return /^nl(?:$|[-_])/i.test(String(tag ?? '').trim()) ? 'nl' : 'en';
}
