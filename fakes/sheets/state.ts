// Plain, JSON-serializable state of a fake spreadsheet (the classes in this folder are views over it).

/** A value as Apps Script returns it from getValues. */
export type CellValue = string | number | boolean | Date;

/** A value as stored (JSON-safe): dates are kept as epoch milliseconds under `d`. */
export type StoredCell = string | number | boolean | { d: number };

export interface SheetState {
  sheetId: number;
  name: string;
  /** Dense rows of values, 0-based; trailing empty rows/columns may be absent. */
  values: StoredCell[][];
  /** Formulas by "row,col" (0-based), for cells that hold one. */
  formulas: Record<string, string>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** Further per-sheet features (notes, validation, protection, formats, charts…) live in `extra`, keyed by feature. */
  extra: Record<string, unknown>;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  sheets: SheetState[];
  nextSheetId: number;
  activeSheetIndex: number;
  namedRanges: { name: string; sheetId: number; row: number; column: number; numRows: number; numColumns: number }[];
}
