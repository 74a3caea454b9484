// One feature's messages in every language, typed so that a key missing from a language, or a placeholder a
// message does not have, is a compile error; `t` fills `{name}` placeholders.

import type { Locale } from './locale';

/** The `{name}` placeholders of a message, as a union of their names (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

type Values<S extends string> = [Placeholders<S>] extends [never] ? [] : [params: Record<Placeholders<S>, string | number>];

/** A translator bound to one language, as a page or a server message uses it. */
export type Text<E extends Record<string, string>> = <K extends keyof E & string>(key: K, ...params: Values<E[K]>) => string;

export interface Catalog<E extends Record<string, string>> {
  /** English, the language every message is written in first; its placeholders type `t`'s params. */
  readonly en: E;
  readonly nl: { readonly [K in keyof E]: string };
  /** The message `key` in `locale`, with its `{name}` placeholders filled. */
  t<K extends keyof E & string>(locale: Locale, key: K, ...params: Values<E[K]>): string;
  /** The translator of one language. */
  in(locale: Locale): Text<E>;
}

/**
 * Declares one feature's messages. `nl` must hold exactly the keys of `en` (a missing or extra key does not compile);
 * test/core/i18n checks that placeholders match and no message is empty.
 */
export function defineMessages<const E extends Record<string, string>>(en: E, nl: { readonly [K in keyof E]: string }): Catalog<E> {
  const byLocale: Record<Locale, Record<string, string>> = { en, nl };
  const t = (locale: Locale, key: string, params?: Record<string, string | number>): string => fill(byLocale[locale][key] ?? en[key] ?? key, params);
  return {
    en,
    nl,
    t: t as Catalog<E>['t'],
    in: (locale: Locale) => ((key: string, params?: Record<string, string | number>) => t(locale, key, params)) as Text<E>,
  };
}

/** Replaces each `{name}` with its value; a placeholder without a value stays visible, so a gap is seen, not hidden. */
export function fill(message: string, params?: Record<string, string | number>): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    typeof params[name] === 'string' || typeof params[name] === 'number' ? String(params[name]) : whole,
  );
}

/** The placeholder names in a message, sorted (for the catalog test). */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/**
 * "1 team" / "3 teams" from a pair of messages with an `{n}` placeholder: English and Dutch both have one form for
 * exactly one and one for every other count.
 */
export function plural<E extends Record<string, string>>(text: Text<E>, n: number, one: keyof E & string, other: keyof E & string): string {
  const say = text as (key: string, params: Record<string, number>) => string;
  return say(n === 1 ? one : other, { n });
}
