// Sheets' 50,000-character cell limit, checked before a write so the person reads which field and row, not Sheets' error.

/** Most characters one Sheets cell holds (Google Sheets help, "Files you can store in Google Drive": 50,000 per cell). */
export const CELL_CHAR_LIMIT = 50_000;

/** "Field (row 4)" or "Field": how a message names where the problem is. */
export function where(field: string, row?: number): string {
  return row === undefined ? field : `${field} (row ${row})`;
}

/** The refusal for text longer than a cell holds, or null when it fits. */
export function cellLimitProblem(field: string, text: string, row?: number): string | null {
  if (text.length <= CELL_CHAR_LIMIT) return null;
  return `${where(field, row)}: ${text.length.toLocaleString('en-US')} characters is more than a Sheets cell holds (${CELL_CHAR_LIMIT.toLocaleString('en-US')}); shorten it.`;
}

/** The refusal for a value that is not text (null, a number, a list…) where text belongs. */
export function notTextProblem(field: string, row?: number): string {
  return `${where(field, row)}: write text here.`;
}
