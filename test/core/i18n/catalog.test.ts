// Every message exists in every language, none is empty, and each translation keeps the English placeholders.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Catalog, defineMessages, fill, placeholdersOf } from '../../../src/core/i18n/catalog';
import { LOCALES, localeFrom } from '../../../src/core/i18n/locale';

const MESSAGES_DIR = join(__dirname, '..', '..', '..', 'src', 'core', 'i18n', 'messages');

type AnyCatalog = Catalog<Record<string, string>>;
const isCatalog = (value: unknown): value is AnyCatalog =>
  typeof value === 'object' && value !== null && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'object');

/** Every catalog exported by every feature module, named "module.export". */
const catalogs: [string, AnyCatalog][] = readdirSync(MESSAGES_DIR)
  .filter((f) => f.endsWith('.ts'))
  .flatMap((file) => {
    const mod = require(join(MESSAGES_DIR, file)) as Record<string, unknown>;
    return Object.entries(mod)
      .filter((entry): entry is [string, AnyCatalog] => isCatalog(entry[1]))
      .map(([name, catalog]) => [`${file.replace(/\.ts$/, '')}.${name}`, catalog] as [string, AnyCatalog]);
  });

describe('i18n/catalog', () => {
  it('finds the feature catalogs (menus, refusals, page titles, the dialogs)', () => {
    expect(catalogs.map(([name]) => name)).toEqual(
      expect.arrayContaining(['menu.menuText', 'access.accessText', 'access.doingText', 'pages.pageTitles']),
    );
  });

  describe.each(catalogs)('%s', (_name, catalog) => {
    const keys = Object.keys(catalog.en).sort();

    it.each(LOCALES)('has every key in %s, and no other', (locale) => {
      expect(Object.keys(catalog[locale]).sort()).toEqual(keys);
    });

    it.each(LOCALES)('has no empty message in %s', (locale) => {
      const empty = keys.filter((k) => String(catalog[locale][k] ?? '').trim() === '');
      expect(empty).toEqual([]);
    });

    it.each(LOCALES.filter((l) => l !== 'en'))('keeps the English placeholders in %s', (locale) => {
      const differ = keys.filter((k) => placeholdersOf(catalog[locale][k]).join() !== placeholdersOf(catalog.en[k]).join());
      expect(differ.map((k) => `${k}: ${catalog.en[k]} / ${catalog[locale][k]}`)).toEqual([]);
    });
  });

  it('fills placeholders and leaves an unfilled one visible', () => {
    const text = defineMessages({ done: '{done} of {total} teams done' }, { done: '{done} van de {total} teams klaar' });
    expect(text.t('nl', 'done', { done: 12, total: 40 })).toBe('12 van de 40 teams klaar');
    expect(text.in('en')('done', { done: 3, total: 4 })).toBe('3 of 4 teams done');
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('rejects, at compile time, a Dutch catalog that lacks a key or has one English does not', () => {
    // @ts-expect-error 'bye' is missing from nl
    const missing = defineMessages({ hi: 'Hi', bye: 'Bye' }, { hi: 'Hoi' });
    // @ts-expect-error 'extra' is not an English key
    const extra = defineMessages({ hi: 'Hi' }, { hi: 'Hoi', extra: 'Nee' });
    const counted = defineMessages({ n: '{n} items' }, { n: '{n} stuks' });
    // @ts-expect-error a message with placeholders needs their values
    const unfilled = counted.t('en', 'n');
    // @ts-expect-error and only those it has
    counted.t('en', 'n', { m: 1 });
    expect(unfilled).toBe('{n} items');
    expect([missing.en, extra.en]).toEqual([{ hi: 'Hi', bye: 'Bye' }, { hi: 'Hi' }]);
  });
});

describe('i18n/locale', () => {
  it('gives Dutch to every Dutch locale and English to everything else', () => {
    expect(['nl', 'nl_NL', 'nl-BE', 'NL'].map(localeFrom)).toEqual(['nl', 'nl', 'nl', 'nl']);
    expect(['en', 'en_GB', 'de', 'fr_BE', 'nld', '', null, undefined].map(localeFrom)).toEqual(['en', 'en', 'en', 'en', 'en', 'en', 'en', 'en']);
  });
});
