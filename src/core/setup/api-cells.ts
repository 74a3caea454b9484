// Typed record fields as the Sheets API's CellData (user text as stringValue, so it stays text) and back.

import type { Cell, ColumnSpec } from '../table';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** Sheets counts dates as days since 1899-12-30 ("About date & time values", https://developers.google.com/sheets/api/guides/formats). */
export function serialOfIsoDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EPOCH_1899) / DAY_MS;
}

export function isoDateOfSerial(serial: number): string {
  return new Date(EPOCH_1899 + Math.round(serial) * DAY_MS).toISOString().slice(0, 10);
}

export const DATE_FORMAT = { type: 'DATE', pattern: 'yyyy-mm-dd' };

/**
 * The value to write for one field: text as `stringValue` (never parsed: https://developers.google.com/sheets/api/reference/rest/v4/other#ExtendedValue),
 * numbers and booleans as themselves, ISO dates as serial numbers (the cell then needs a date format).
 */
export function extendedValue(column: ColumnSpec, value: Cell | undefined): ExtendedValue | undefined {
  if (value === null || value === undefined || value === '') return column.type === 'boolean' ? { boolValue: false } : undefined;
  switch (column.type) {
    case 'boolean':
      return { boolValue: value === true };
    case 'number':
    case 'percent':
      return typeof value === 'number'
        ? { numberValue: value }
        : Number.isFinite(Number(value))
          ? { numberValue: Number(value) }
          : { stringValue: String(value) };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? { numberValue: serialOfIsoDate(String(value)) } : { stringValue: String(value) };
    default:
      return { stringValue: String(value) };
  }
}

/** A cell's userEnteredValue as a plain value (dates as ISO text when the cell has a date format). */
export function plainValue(cell: CellData | undefined): string | number | boolean {
  const v = cell?.userEnteredValue;
  if (!v) return '';
  if (v.stringValue !== undefined && v.stringValue !== null) return v.stringValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  if (typeof v.numberValue === 'number') {
    const type = cell?.userEnteredFormat?.numberFormat?.type;
    return type === 'DATE' || type === 'DATE_TIME' ? isoDateOfSerial(v.numberValue) : v.numberValue;
  }
  if (v.formulaValue) return v.formulaValue;
  return '';
}

/** Whether two userEnteredValues hold the same thing (absent and empty are the same). */
export function sameValue(a: ExtendedValue | undefined, b: ExtendedValue | undefined): boolean {
  const norm = (v: ExtendedValue | undefined) => {
    if (!v) return '';
    if (v.stringValue !== undefined && v.stringValue !== null) return v.stringValue === '' ? '' : `s:${v.stringValue}`;
    if (typeof v.boolValue === 'boolean') return `b:${v.boolValue}`;
    if (typeof v.numberValue === 'number') return `n:${v.numberValue}`;
    if (v.formulaValue) return `f:${v.formulaValue}`;
    return '';
  };
  return norm(a) === norm(b);
}
