// What Sheets shows for a value (getDisplayValues): numbers and dates rendered through the cell's number format.

import type { CellValue } from './state';
import { type WallClock, wallClock } from './tz';

/** Apps Script reports this format for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_MS = 86_400_000;
/** Days from Sheets' day zero (1899-12-30) to the Unix epoch. */
const SERIAL_EPOCH_DAYS = 25569;

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"/g, '');
  return /[yd]|h|s/i.test(bare) && !/^[#0,.%$\s]*$/.test(bare);
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(10)));
}

function numberWithPattern(n: number, format: string): string {
  const section = format.split(';')[0];
  const body = section.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const first = body.search(/[#0]/);
  if (first < 0) return general(n);
  let last = first;
  while (last < body.length && /[#0,.]/.test(body[last])) last++;
  const prefix = body.slice(0, first);
  const suffix = body.slice(last);
  const pattern = body.slice(first, last);
  const percent = suffix.includes('%') || prefix.includes('%');
  const value = percent ? n * 100 : n;
  const dot = pattern.indexOf('.');
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0]/g, '').length;
  const optional = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^#]/g, '').length;
  let text = Math.abs(value).toFixed(decimals + optional);
  if (optional > 0) text = text.replace(new RegExp(`0{1,${optional}}$`), '').replace(/\.$/, '');
  if (pattern.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return `${value < 0 ? '-' : ''}${prefix}${text}${suffix}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const DATE_TOKEN = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;

/** Renders a wall-clock time through a Sheets date pattern (tokens are case-insensitive, as in Sheets). */
export function formatDatePattern(w: WallClock, weekday: number, format: string): string {
  const tokens = format.match(DATE_TOKEN) ?? [];
  const lower = tokens.map((t) => t.toLowerCase());
  const twelveHour = lower.some((t) => t === 'am/pm' || t === 'a/p');
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) if (/^[hdys]/.test(lower[j]) && lower[j] !== 'ss' && lower[j] !== 's') return lower[j].startsWith('h');
    for (let j = i + 1; j < lower.length; j++) if (/^[hdyms]/.test(lower[j])) return lower[j].startsWith('s');
    return false;
  };
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  return tokens
    .map((tok, i) => {
      const t = lower[i];
      if (t === 'yyyy') return String(w.year);
      if (t === 'yy') return pad(w.year % 100, 2);
      if (t === 'mmmm') return MONTHS[w.month - 1];
      if (t === 'mmm') return MONTHS[w.month - 1].slice(0, 3);
      if (t === 'mm') return isMinute(i) ? pad(w.minute, 2) : pad(w.month, 2);
      if (t === 'm') return isMinute(i) ? String(w.minute) : String(w.month);
      if (t === 'dddd') return DAYS[weekday];
      if (t === 'ddd') return DAYS[weekday].slice(0, 3);
      if (t === 'dd') return pad(w.day, 2);
      if (t === 'd') return String(w.day);
      if (t === 'hh') return pad(twelveHour ? hour12 : w.hour, 2);
      if (t === 'h') return String(twelveHour ? hour12 : w.hour);
      if (t === 'ss') return pad(w.second, 2);
      if (t === 's') return String(w.second);
      if (t === 'am/pm') return w.hour < 12 ? 'AM' : 'PM';
      if (t === 'a/p') return w.hour < 12 ? 'A' : 'P';
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith('\\')) return tok.slice(1);
      return tok;
    })
    .join('');
}

function formatDate(epochMs: number, format: string | undefined, timeZone: string): string {
  const w = wallClock(epochMs, timeZone);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  let pattern = format && format !== DEFAULT_NUMBER_FORMAT && isDateFormat(format) ? format : null;
  if (!pattern) pattern = w.hour === 0 && w.minute === 0 && w.second === 0 ? 'M/d/yyyy' : 'M/d/yyyy H:mm:ss';
  return formatDatePattern(w, weekday, pattern);
}

/** The text Sheets displays for `value` under `format` (undefined: never formatted). */
export function displayValue(value: CellValue, format: string | undefined, timeZone: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof Date) return formatDate(value.getTime(), format, timeZone);
  if (!format || format === DEFAULT_NUMBER_FORMAT || format === '@' || /^general$/i.test(format)) return general(value);
  if (isDateFormat(format)) {
    // A number under a date format is a serial day count, shown as that day's wall-clock time.
    const utc = (value - SERIAL_EPOCH_DAYS) * DAY_MS;
    const d = new Date(utc);
    const w: WallClock = {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    };
    return formatDatePattern(w, d.getUTCDay(), format);
  }
  return numberWithPattern(value, format);
}
