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
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;

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
  const date = parseDate(t, timeZone);
  return date ?? plain(text);
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDate(t: string, timeZone: string): ParsedInput | null {
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
