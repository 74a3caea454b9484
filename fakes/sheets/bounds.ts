// Checking row/column arguments the way Sheets does, with its own messages, before a range is handed out.

import type { Block } from './a1';
import { typeLabel } from './handle';
import { badParameters, COLUMN_TOO_SMALL, COLUMNS_AT_LEAST_ONE, OUTSIDE_SHEET, ROW_TOO_SMALL, ROWS_AT_LEAST_ONE, sheetsError } from './messages';
import type { SheetState } from './state';

/** Apps Script rejects non-numbers by signature and fractional numbers as unconvertible. */
export function requireIntegers(method: string, args: unknown[]): void {
  if (args.some((a) => typeof a !== 'number' || Number.isNaN(a))) throw sheetsError(badParameters(args.map(typeLabel).join(','), method));
  const bad = args.find((a) => !Number.isInteger(a));
  if (bad !== undefined) throw sheetsError(`Cannot convert '${bad}' to int.`);
}

/** A block inside the sheet, or the error Sheets gives for it. */
export function checkedBlock(sheet: SheetState, row: number, column: number, numRows: number, numColumns: number): Block {
  if (row < 1) throw sheetsError(ROW_TOO_SMALL);
  if (column < 1) throw sheetsError(COLUMN_TOO_SMALL);
  if (numRows < 1) throw sheetsError(ROWS_AT_LEAST_ONE);
  if (numColumns < 1) throw sheetsError(COLUMNS_AT_LEAST_ONE);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) throw sheetsError(OUTSIDE_SHEET);
  return { row, column, numRows, numColumns };
}
