// How Sheets reads what a script writes: like text typed into a cell ("user-entered"), so '42' becomes a number.

import type { StoredCell } from './state';
import { epochOf } from './tz';

export interface ParsedInput {
  value: StoredCell;
  /** The formula to keep, for input starting with "=". */
  formula: string | null;
  /** The number format Sheets picks for the input (dates, percents), when the cell has none. */
  format: string | null;
}

export const PLAIN_TEXT = '@';

const NUMBER = /^[+-]?(?=\.?\d)(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DAY = /^(\d{1,2})\/(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const HOUR_MERIDIEM = /^(\d{1,2})\s*([AaPp][Mm])$/;
const CURRENCY = /^([+-]?)\$\s*(.+)$/;
const MIXED_FRACTION = /^([+-]?\d+) (\d+)\/(\d+)$/;
// en_US month names, full or abbreviated ("Sept" too), with an optional dot: "Dec 5", "December 5, 2026", "5 Dec",
// "5-Dec-2026". The year, when absent, is the current one (as in the Sheets UI).
const THIS_YEAR = new Date().getUTCFullYear();
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /^([A-Za-z]{3,9})\.?[ -](\d{1,2})(?:(?:,\s*|\s+|-)(\d{4}))?$/;
const DAY_MONTH = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?(?:[ ,-]+(\d{4}))?$/;

function plain(value: StoredCell): ParsedInput {
  return { value, formula: null, format: null };
}

/**
 * Converts one value passed to setValues/setValue/appendRow into what the cell then holds. Only strings are
 * reinterpreted; a cell formatted as plain text ('@') keeps strings as they are.
 */
export function parseUserInput(raw: unknown, numberFormat: string | undefined, timeZone: string): ParsedInput {
  if (raw === null || raw === undefined) return plain('');
  if (typeof raw === 'boolean') return plain(raw);
  if (typeof raw === 'number') return plain(Number.isFinite(raw) ? raw : '#NUM!');
  if (raw instanceof Date) return plain(Number.isNaN(raw.getTime()) ? '' : { d: raw.getTime() });
  const text = typeof raw === 'string' ? raw : String(raw);
  if (numberFormat === PLAIN_TEXT) return plain(text);
  if (text.startsWith("'")) return plain(text.slice(1));
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text, format: null };
  return parseLiteral(text, timeZone);
}

function parseLiteral(text: string, timeZone: string): ParsedInput {
  const t = text.trim();
  if (t === '') return plain(text);
  if (/^(true|false)$/i.test(t)) return plain(t.toLowerCase() === 'true');
  if (NUMBER.test(t)) return plain(Number(t.replace(/,/g, '')));
  if (t.endsWith('%') && NUMBER.test(t.slice(0, -1).trim())) {
    const n = Number(t.slice(0, -1).trim().replace(/,/g, ''));
    return { value: n / 100, formula: null, format: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  // "$100.15 becomes a number with currency formatting" (https://developers.google.com/sheets/api/guides/values).
  const currency = CURRENCY.exec(t);
  if (currency && NUMBER.test(currency[2]) && !/^[+-]/.test(currency[2])) {
    const n = Number(currency[2].replace(/,/g, '')) * (currency[1] === '-' ? -1 : 1);
    return { value: n, formula: null, format: '"$"#,##0.00' };
  }
  const fraction = MIXED_FRACTION.exec(t);
  if (fraction && Number(fraction[3]) > 0 && Number(fraction[2]) < Number(fraction[3])) {
    const whole = Number(fraction[1]);
    const part = Number(fraction[2]) / Number(fraction[3]);
    return { value: whole < 0 || fraction[1].startsWith('-') ? whole - part : whole + part, formula: null, format: '# ?/?' };
  }
  const date = parseDate(t, timeZone);
  return date ?? plain(text);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(name: string): number {
  const n = name.toLowerCase();
  const i = MONTHS.indexOf(n.slice(0, 3));
  if (i < 0) return 0;
  const full = new Date(Date.UTC(2000, i, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }).toLowerCase();
  return n.length === 3 || (i === 8 && n === 'sept') || n === full ? i + 1 : 0;
}

function calendarDay(year: number, month: number, day: number, timeZone: string, format: string): ParsedInput | null {
  if (!validDay(year, month, day)) return null;
  return { value: { d: epochOf({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone) }, formula: null, format };
}

function parseDate(t: string, timeZone: string): ParsedInput | null {
  const monthDay = MONTH_DAY.exec(t);
  if (monthDay && monthOf(monthDay[1])) {
    return calendarDay(monthDay[3] ? +monthDay[3] : THIS_YEAR, monthOf(monthDay[1]), +monthDay[2], timeZone, 'mmmm d, yyyy');
  }
  const dayMonth = DAY_MONTH.exec(t);
  if (dayMonth && monthOf(dayMonth[2])) {
    return calendarDay(dayMonth[3] ? +dayMonth[3] : THIS_YEAR, monthOf(dayMonth[2]), +dayMonth[1], timeZone, 'd mmmm yyyy');
  }
  const usDay = US_DAY.exec(t);
  if (usDay) return calendarDay(THIS_YEAR, +usDay[1], +usDay[2], timeZone, 'M/d');
  const hourOnly = HOUR_MERIDIEM.exec(t);
  if (hourOnly) return parseDate(`${hourOnly[1]}:00 ${hourOnly[2]}`, timeZone);
  const iso = ISO_DATE.exec(t);
  const us = iso ? null : US_DATE.exec(t);
  if (iso || us) {
    const m = (iso ?? us) as RegExpExecArray;
    const [year, month, day] = iso ? [+m[1], +m[2], +m[3]] : [+m[3], +m[1], +m[2]];
    const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
    if (!validDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
    const hasTime = m[4] !== undefined;
    const datePart = iso ? 'yyyy-mm-dd' : 'M/d/yyyy';
    return {
      value: { d: epochOf({ year, month, day, hour, minute, second }, timeZone) },
      formula: null,
      format: hasTime ? `${datePart} H:mm:ss` : datePart,
    };
  }
  const time = TIME.exec(t);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const second = Number(time[3] ?? 0);
  const meridiem = time[4]?.toUpperCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem) hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  // Sheets keeps a time of day as that time on its day zero, 1899-12-30.
  return {
    value: { d: epochOf({ year: 1899, month: 12, day: 30, hour, minute, second }, timeZone) },
    formula: null,
    format: meridiem ? 'h:mm:ss am/pm' : 'H:mm:ss',
  };
}
