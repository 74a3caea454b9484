// Reads and writes a typed table on its sheet in whole ranges: one read per table, one write per change.

import { type DateFormatter, isoDateIn, readCell, writeCell } from '../core/cells';
import { fromApiValue } from '../core/records';
import { DATE_FORMAT, extendedValue } from '../core/setup/api-cells';
import { type Cell, type ColumnIndex, indexColumns, type TableRecord, type TableSchema } from '../core/table';

export type { TableRecord };

export interface StoredRow {
  /** 1-based sheet row. */
  row: number;
  record: TableRecord;
}

export interface TableSnapshot {
  headers: string[];
  index: ColumnIndex;
  rows: StoredRow[];
}

/** Thrown when a sheet the action needs is missing; the message tells the user what to run. */
export class MissingTableError extends Error {
  constructor(name: string) {
    super(`The "${name}" sheet is missing. Run Extensions › Tutoring Toolkit › Set up program workbook first.`);
    this.name = 'MissingTableError';
  }
}

export function requireSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: TableSchema): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(schema.name);
  if (!sheet) throw new MissingTableError(schema.name);
  return sheet;
}

/** Date cells are read as calendar dates in the spreadsheet's time zone (Sheets stores them as local midnight). */
export function sheetDateFormatter(sheet: GoogleAppsScript.Spreadsheet.Sheet): DateFormatter {
  return isoDateIn(sheet.getParent().getSpreadsheetTimeZone());
}

/**
 * Reads the whole table in one getValues; blank rows are skipped. A caller reading several tables passes the
 * workbook's `formatDate` (`workbookDates`) so the time zone is asked once, not twice per table.
 */
export function readTable(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: TableSchema,
  formatDate: DateFormatter = sheetDateFormatter(sheet),
): TableSnapshot {
  const values = sheet.getDataRange().getValues();
  const headers = (values[0] ?? []).map((h) => String(h));
  const index = indexColumns(schema, headers);
  const rows: StoredRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const line = values[r];
    if (line.every((v) => v === '' || v === null)) continue;
    rows.push({ row: r + 1, record: toRecord(schema, index, line, formatDate) });
  }
  return { headers, index, rows };
}

export function toRecord(schema: TableSchema, index: ColumnIndex, line: readonly unknown[], formatDate?: DateFormatter): TableRecord {
  const record: TableRecord = {};
  for (const column of schema.columns) {
    const at = index[column.key];
    record[column.key] = readCell(column, at >= 0 ? line[at] : '', formatDate);
  }
  return record;
}

/** Reads only the header row (for appends to long logs, which must not read the log). */
export function readHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  const width = Math.max(1, sheet.getLastColumn());
  return sheet
    .getRange(1, 1, 1, width)
    .getValues()[0]
    .map((h) => String(h));
}

/** Lays a record out in the sheet's actual column order; user-added columns are left blank. */
export function toRow(schema: TableSchema, headers: readonly string[], record: TableRecord): (string | number | boolean)[] {
  const index = indexColumns(schema, headers);
  const row: (string | number | boolean)[] = headers.map(() => '');
  for (const column of schema.columns) {
    const at = index[column.key];
    if (at >= 0) row[at] = writeCell(column, record[column.key]);
  }
  return row;
}

/**
 * Appends records below the last row in one setValues, whatever the size of the log: 7 Sheets calls (getLastColumn,
 * header range + read, getLastRow, getMaxRows, range + write), plus one insertRowsAfter when the sheet must grow.
 */
export function appendRecords(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: TableSchema, records: readonly TableRecord[]): number {
  if (records.length === 0) return 0;
  const headers = readHeaders(sheet);
  const rows = records.map((r) => toRow(schema, headers, r));
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const lastNeeded = first + rows.length - 1;
  if (lastNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  sheet.getRange(first, 1, rows.length, headers.length).setValues(rows);
  return first;
}

/**
 * Writes changed fields of existing rows. Changes are grouped by column, and each column's span of rows is written
 * in one setValues (reading that span first so untouched rows keep their values).
 */
export function updateFields(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: TableSchema,
  index: ColumnIndex,
  changes: readonly { row: number; fields: TableRecord }[],
): void {
  const byColumn = new Map<string, { row: number; value: Cell }[]>();
  for (const change of changes) {
    for (const [key, value] of Object.entries(change.fields)) {
      if (!byColumn.has(key)) byColumn.set(key, []);
      byColumn.get(key)?.push({ row: change.row, value });
    }
  }
  for (const [key, cells] of byColumn) {
    const column = schema.columns.find((c) => c.key === key);
    const at = index[key];
    if (!column || at < 0) throw new Error(`${schema.name} has no "${column?.header ?? key}" column`);
    const top = Math.min(...cells.map((c) => c.row));
    const bottom = Math.max(...cells.map((c) => c.row));
    const range = sheet.getRange(top, at + 1, bottom - top + 1, 1);
    const covered = new Set(cells.map((c) => c.row)).size === bottom - top + 1;
    const values: unknown[][] = covered ? cells.map(() => ['']) : range.getValues();
    for (const cell of cells) values[cell.row - top] = [writeCell(column, cell.value)];
    range.setValues(values);
  }
}

/**
 * Replaces every data row of a report sheet in one write (and clears what the old report left below). Returns the
 * header row it read, so a caller that formats the report need not read it again.
 */
export function replaceRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: TableSchema, records: readonly TableRecord[]): string[] {
  const headers = readHeaders(sheet);
  const lastRow = sheet.getLastRow();
  if (lastRow > 1) sheet.getRange(2, 1, lastRow - 1, headers.length).clearContent();
  if (records.length === 0) return headers;
  const maxRows = sheet.getMaxRows();
  if (records.length + 1 > maxRows) sheet.insertRowsAfter(maxRows, records.length + 1 - maxRows);
  sheet.getRange(2, 1, records.length, headers.length).setValues(records.map((r) => toRow(schema, headers, r)));
  return headers;
}

/** A record read from a Sheets API values row (see `fromApiValue`). */
export function recordFromApi(schema: TableSchema, index: ColumnIndex, line: readonly unknown[]): TableRecord {
  const record: TableRecord = {};
  for (const column of schema.columns) {
    const at = index[column.key];
    record[column.key] = readCell(column, at >= 0 ? fromApiValue(column.type, line[at]) : '');
  }
  return record;
}

type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** What `apiRow` cells set: the value and its number format (dates need one to be dates). */
export const API_ROW_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat';

/**
 * A record as one row of CellData in the sheet's column order, for appendCells: user text as stringValue (never
 * parsed), ISO dates as serial days with a date format, numbers and booleans as themselves (`core/setup/api-cells.ts`).
 * Cells of other columns lose any number format (appended rows are new cells).
 */
export function apiRow(schema: TableSchema, headers: readonly string[], record: TableRecord): CellData[] {
  const index = indexColumns(schema, headers);
  const cells: CellData[] = headers.map(() => ({}));
  for (const column of schema.columns) {
    const at = index[column.key];
    if (at < 0) continue;
    const value = extendedValue(column, record[column.key]);
    const cell: CellData = {};
    if (value) cell.userEnteredValue = value;
    // No plain-text format on text: SpreadsheetApp's later writes to the cell (a question's status) put an apostrophe
    // before text, which a plain-text cell would keep as part of it.
    if (value?.numberValue !== undefined && column.type === 'date') cell.userEnteredFormat = { numberFormat: DATE_FORMAT };
    cells[at] = cell;
  }
  return cells;
}
