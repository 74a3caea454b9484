// Dates and spans as a coordinator reads them in the dashboard's reasons ("3 Nov", "4 weeks").

import { isIsoDate } from '../dates';
import type { IsoDate } from '../model';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Nov" (the year only when it is not `today`'s); anything that is not an ISO date comes back unchanged. */
export function shortDate(iso: string, today?: IsoDate): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = iso.split('-').map(Number);
  const sameYear = today === undefined || today.slice(0, 4) === iso.slice(0, 4);
  return `${day} ${MONTHS[month - 1]}${sameYear ? '' : ` ${year}`}`;
}

/** "1 day", "6 days", "1 week", "4 weeks": whole weeks from 7 days on, so the figure stays readable. */
export function daysInWords(days: number): string {
  if (days >= 7) {
    const weeks = Math.floor(days / 7);
    return `${weeks} week${weeks === 1 ? '' : 's'}`;
  }
  return `${days} day${days === 1 ? '' : 's'}`;
}
