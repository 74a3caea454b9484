// Dates and spans as a coordinator reads them in the dashboard's reasons ("3 Nov", "4 weeks" / "3 nov.", "4 weken").

import { isIsoDate } from '../dates';
import { plural } from '../i18n/catalog';
import type { Locale } from '../i18n/locale';
import { dashboardText } from '../i18n/messages/dashboard';
import type { IsoDate } from '../model';

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  // As src/core/i18n/format.ts writes them: abbreviations take a full stop, "mei" is not abbreviated.
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
};

/** "3 Nov" (the year only when it is not `today`'s); anything that is not an ISO date comes back unchanged. */
export function shortDate(iso: string, today?: IsoDate, locale: Locale = 'en'): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  const sameYear = today === undefined || today.slice(0, 4) === iso.slice(0, 4);
  return `${day} ${MONTHS[locale][month - 1]}${sameYear ? '' : ` ${year}`}`;
}

/** "1 day", "6 days", "1 week", "4 weeks": whole weeks from 7 days on, so the figure stays readable. */
export function daysInWords(days: number, locale: Locale = 'en'): string {
  const t = dashboardText.in(locale);
  if (days >= 7) return plural(t, Math.floor(days / 7), 'weekOne', 'weekOther');
  return plural(t, days, 'dayOne', 'dayOther');
}
