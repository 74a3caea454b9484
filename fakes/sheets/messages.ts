// Error texts as the real Sheets service words them, so code that matches on messages behaves the same.

import { FakeServiceError } from '../errors';

export const ROW_TOO_SMALL = 'The starting row of the range is too small.';
export const COLUMN_TOO_SMALL = 'The starting column of the range is too small.';
export const ROWS_AT_LEAST_ONE = 'The number of rows in the range must be at least 1.';
export const COLUMNS_AT_LEAST_ONE = 'The number of columns in the range must be at least 1.';
export const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';
export const RANGE_NOT_FOUND = 'Range not found';
export const CELL_OUT_OF_RANGE = 'Cell reference out of range';
export const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
export const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
export const DELETE_ALL_ROWS = 'Sorry, it is not possible to delete all non-frozen rows.';
export const DELETE_ALL_COLUMNS = 'Sorry, it is not possible to delete all non-frozen columns.';
export const REMOVE_ALL_SHEETS = "You can't remove all the sheets in a document.";
export const HIDE_ALL_SHEETS = "You can't hide all the sheets in a document.";
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
export const NO_EDIT_PERMISSION = 'You do not have permission to access the requested document.';
/** Sharing changed by an editor of a file whose owner stopped editors from sharing. */
export const NO_SHARE_PERMISSION = 'Access denied: you do not have permission to change the sharing of this file.';
export const BANDING_OVERLAP = 'You cannot add alternating background colors to a range that already has alternating background colors.';
export const UI_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';
export const NO_NAMED_RANGE = 'The range name is invalid.';

export function sheetExists(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}

export function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

/** Apps Script's complaint when an argument has the wrong type. */
export function badParameters(given: string, method: string): string {
  return `The parameters (${given}) don't match the method signature for ${method}.`;
}

export function sheetsError(message: string): FakeServiceError {
  return new FakeServiceError(message);
}
