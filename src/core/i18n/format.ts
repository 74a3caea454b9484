// One date style and one number style per language, written out by hand so that every machine (Apps Script, Node,
// Chromium, whatever ICU each ships) prints the same characters.

import type { Locale } from './locale';

interface Style {
  days: readonly string[];
  months: readonly string[];
  /** Weekday, day, month, year in the language's order. */
  date(day: string, d: number, month: string, y: number): string;
  group: string;
  decimal: string;
}

const STYLES: Record<Locale, Style> = {
  // "Mon 14 Sep 2026": the form the templates already print.
  en: {
    days: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    date: (day, d, month, y) => `${day} ${d} ${month} ${y}`,
    group: ',',
    decimal: '.',
  },
  // "ma 14 sep. 2026": Dutch abbreviations take a full stop, "mei" is not abbreviated (Taalunie).
  nl: {
    days: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
    months: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
    date: (day, d, month, y) => `${day} ${d} ${month} ${y}`,
    group: '.',
    decimal: ',',
  },
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date ("2026-09-14") as the language writes it: "Mon 14 Sep 2026", "ma 14 sep. 2026". A calendar date has no
 * time zone, so none is applied; anything that is not a real ISO date comes back unchanged.
 */
export function formatDate(locale: Locale, iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (date.toISOString().slice(0, 10) !== iso) return iso;
  const s = STYLES[locale];
  return s.date(s.days[date.getUTCDay()], date.getUTCDate(), s.months[date.getUTCMonth()], date.getUTCFullYear());
}

/**
 * A number with the language's separators: 1,234.5 / 1.234,5. `digits` fixes the decimals; without it up to two are
 * shown and trailing zeros dropped. Not a finite number: "–".
 */
export function formatNumber(locale: Locale, value: number, digits?: number): string {
  if (!Number.isFinite(value)) return '–';
  const s = STYLES[locale];
  const places = digits ?? 2;
  const rounded = roundHalfUp(Math.abs(value), places);
  let [whole, fraction = ''] = rounded.toFixed(places).split('.');
  if (digits === undefined) fraction = fraction.replace(/0+$/, '');
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, s.group);
  const sign = value < 0 && Number(rounded) !== 0 ? '-' : '';
  return `${sign}${whole}${fraction ? s.decimal + fraction : ''}`;
}

/** A ratio as a percentage: 0.8286 → "83%" (en and nl alike write no space), with `digits` decimals (default 0). */
export function formatPercent(locale: Locale, ratio: number, digits = 0): string {
  if (!Number.isFinite(ratio)) return '–';
  return `${formatNumber(locale, ratio * 100, digits)}%`;
}

/** Rounds half away from zero in decimal, not binary: 1.005 to 2 places is 1.01 (toFixed alone gives 1.00). */
function roundHalfUp(value: number, places: number): number {
  const text = String(value);
  if (text.includes('e')) return Math.round(value * 10 ** places) / 10 ** places;
  return Number(`${Math.round(Number(`${text}e${places}`))}e-${places}`);
}
