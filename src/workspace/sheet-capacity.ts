// Grows a sheet before a block write: Sheets rejects a range that reaches past the sheet's last row.

/**
 * Makes sure the sheet has at least `lastRow` rows (new rows inherit the formatting of the row above them).
 * One getMaxRows call, plus one insertRowsAfter when the sheet is too short.
 */
export function ensureRowCapacity(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
}
