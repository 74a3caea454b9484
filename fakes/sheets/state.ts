// Plain, JSON-serializable state of a fake spreadsheet (the classes in this folder are views over it).

/** A value as Apps Script returns it from getValues. */
export type CellValue = string | number | boolean | Date;

/** A value as stored (JSON-safe): dates are kept as epoch milliseconds under `d`. */
export type StoredCell = string | number | boolean | { d: number };

/** Any JSON value; option bags and criteria values are kept in this shape. */
export type JsonValue = string | number | boolean | null | { d: number } | JsonValue[] | { [key: string]: JsonValue };

export interface SheetState {
  sheetId: number;
  name: string;
  /** Dense rows of values, 0-based; trailing empty rows/columns may be absent. Empty cells are ''. */
  values: StoredCell[][];
  /** Formulas by "row,col" (0-based), for cells that hold one. */
  formulas: Record<string, string>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /**
   * Further per-sheet features live in `extra`, keyed by feature (see `SheetFeatures`): formats, notes and
   * validations by "row,col" (0-based, like `formulas`), then protections, rules, charts and bandings.
   */
  extra: Record<string, unknown>;
}

/** A block of cells, 1-based like Apps Script's getRange(row, column, numRows, numColumns). */
export interface GridRangeState {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** Formatting of one cell; absent keys mean the Sheets default. */
export interface CellFormatState {
  numberFormat?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  background?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  border?: Record<string, JsonValue>;
}

export interface DataValidationState {
  criteria: string;
  /** Criteria arguments; a range argument is kept as `{ range: GridRangeState }`. */
  values: JsonValue[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ProtectionState {
  id: number;
  type: 'SHEET' | 'RANGE';
  /** The protected block (RANGE only; a SHEET protection always covers the whole sheet). */
  range: GridRangeState | null;
  description: string;
  warningOnly: boolean;
  /** Explicit editors; null until a script changes them, meaning "whoever can edit the file". */
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: GridRangeState[];
}

export interface ConditionalFormatRuleState {
  ranges: GridRangeState[];
  criteria: string;
  values: JsonValue[];
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean; strikethrough?: boolean; underline?: boolean };
}

export interface ChartState {
  /** Assigned when the chart is inserted; null for a chart only built. */
  chartId: number | null;
  type: string;
  ranges: GridRangeState[];
  options: Record<string, JsonValue>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  numHeaders: number;
}

export interface BandingState {
  id: number;
  range: GridRangeState;
  /** 'ROWS' or 'COLUMNS'. */
  dimension: string;
  theme: string;
  headerColor: string | null;
  firstColor: string | null;
  secondColor: string | null;
  footerColor: string | null;
}

/** The features kept under `SheetState.extra`, each created on first use. */
export interface SheetFeatures {
  formats: Record<string, CellFormatState>;
  notes: Record<string, string>;
  validations: Record<string, DataValidationState>;
  /** Widths and heights in pixels by 1-based column / row number, when set. */
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  /** 1-based numbers of columns / rows hidden by the user. */
  hiddenColumns: number[];
  hiddenRows: number[];
  protections: ProtectionState[];
  conditionalFormats: ConditionalFormatRuleState[];
  charts: ChartState[];
  bandings: BandingState[];
  merges: GridRangeState[];
  tabColor: string | null;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  timeZone: string;
  sheets: SheetState[];
  nextSheetId: number;
  activeSheetIndex: number;
  namedRanges: { name: string; sheetId: number; row: number; column: number; numRows: number; numColumns: number }[];
  /** Counter for protection, chart and banding ids (absent in older snapshots). */
  nextObjectId?: number;
  locale?: string;
}
