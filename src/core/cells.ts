// Converting between sheet cells and typed record fields, and writing user text so that it stays text.

import type { Cell, ColumnSpec } from './table';

/**
 * Text as SpreadsheetApp must receive it to stay text. Sheets parses every written string as if typed ("Dec 5" and
 * "1/2" become dates, "3:30 PM" a time, "007", "1e5", "$5", "50%" numbers, "TRUE" a boolean, "=…" a formula), and the
 * rules change with the spreadsheet's locale, so no pattern list can tell which strings are safe. A leading apostrophe
 * always keeps the text as typed and is not part of the stored value (the Sheets API's ExtendedValue.stringValue:
 * "Leading single quotes are not included", https://developers.google.com/sheets/api/reference/rest/v4/other#ExtendedValue).
 * The rules the fakes model are listed in test/fixtures/text-corpus.ts.
 */
export function literalText(text: string): string {
  return text === '' ? '' : `'${text}`;
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

/** Columns whose text is a key (matched, looked up): read trimmed. Free text reads back exactly as it was written. */
const KEY_TYPES = new Set<ColumnSpec['type']>(['id', 'email', 'choice']);

/** Reads one cell into the column's type; key columns come back trimmed, free text exactly as stored. */
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
      if (isDate(value)) return formatDate(value);
      return KEY_TYPES.has(column.type) ? String(value).trim() : String(value);
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
      return literalText(String(value));
    default:
      return literalText(String(value));
  }
}
