// Converting between sheet cells and typed record fields, and writing user text so that it stays text.

import type { Cell, ColumnSpec } from './table';

/**
 * Text as a sheet must receive it to keep it literal. Sheets parses written strings like typed input: "=…" becomes a
 * formula, "+1"/"-3"/"00123" become numbers, "2026-01-05" a date. A leading apostrophe keeps the text as typed and
 * is not part of the stored value.
 */
export function literalText(text: string): string {
  if (text === '') return '';
  return needsQuote(text) ? `'${text}` : text;
}

function needsQuote(text: string): boolean {
  const t = text.trim();
  return /^[=+\-@']/.test(t) || /^[\d.,\s%$€£()/:-]+$/.test(t) || /^\d+(\.\d+)?e[+-]?\d+$/i.test(t) || /^(true|false)$/i.test(t);
}

/** A date cell read from a sheet, as an ISO calendar date in the spreadsheet's time zone. */
export type DateFormatter = (date: Date) => string;

export function isoDateUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Formats dates as ISO calendar dates in a time zone (Sheets stores a date as midnight in the spreadsheet's zone). */
export function isoDateIn(timeZone: string): DateFormatter {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (date) => {
    const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
  };
}

/** True for Date objects from any realm (values a script receives from Sheets are not always this realm's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Reads one cell into the column's type; unknown shapes come back as trimmed text. */
export function readCell(column: ColumnSpec, value: unknown, formatDate: DateFormatter = isoDateUtc): Cell {
  if (value === '' || value === null || value === undefined)
    return column.type === 'boolean' ? false : column.type === 'number' || column.type === 'percent' ? null : '';
  switch (column.type) {
    case 'boolean':
      return value === true || String(value).toLowerCase() === 'true';
    case 'number':
    case 'percent': {
      const n = typeof value === 'number' ? value : Number(String(value).replace('%', ''));
      return Number.isFinite(n) ? n : null;
    }
    case 'date':
      return isDate(value) ? formatDate(value) : String(value).trim();
    case 'time':
      return isDate(value) ? value.toISOString().slice(11, 16) : String(value).trim();
    default:
      return isDate(value) ? formatDate(value) : String(value).trim();
  }
}

/**
 * The value to write for one field. Text types go through `literalText`; dates are written as ISO text that
 * Sheets parses into a date cell; numbers and booleans as themselves.
 */
export function writeCell(column: ColumnSpec, value: Cell | undefined): string | number | boolean {
  if (value === null || value === undefined) return column.type === 'boolean' ? false : '';
  switch (column.type) {
    case 'boolean':
      return value === true;
    case 'number':
    case 'percent':
      return typeof value === 'number' ? value : value === '' ? '' : Number.isFinite(Number(value)) ? Number(value) : literalText(String(value));
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? String(value) : literalText(String(value));
    case 'time':
      return /^\d{2}:\d{2}$/.test(String(value)) ? `'${value}` : literalText(String(value));
    default:
      return literalText(String(value));
  }
}
