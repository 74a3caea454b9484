// One sheet as Sheets would show it, from what the fakes recorded: each value through its number format (83%, a
// date), the cell's font and fill, the first conditional format rule that applies, checkboxes and dropdowns from data
// validation, notes, alternating colours, column widths, frozen rows and columns, and the embedded charts.

import { DEFAULT_NUMBER_FORMAT, displayValue } from '../fakes/sheets/display';
import type { BandingState, CellFormatState, SheetFeatures, SheetState, SpreadsheetState } from '../fakes/sheets/state';
import { type ChartView, chartView } from './chart-svg';
import { conditionalFormatAt, type GridValue } from './conditional';

export interface CellView {
  /** The text Sheets shows ('' for a checkbox, which shows the box instead). */
  t: string;
  /** Inline CSS for font, fill and alignment. */
  s?: string;
  /** A note (Sheets shows a corner mark and the note on hover). */
  note?: string;
  /** A checkbox and whether it is ticked. */
  cb?: boolean;
  /** A dropdown (a list of choices): Sheets shows an arrow. */
  dd?: boolean;
}

export interface SheetView {
  name: string;
  /** Kept for callers that read plain text (tests, search). */
  rows: string[][];
  cells: CellView[][];
  totalRows: number;
  widths: number[];
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  charts: ChartView[];
}

/** Rows past the data that still show (empty, with their formats: a checkbox column shows unticked boxes). */
const EMPTY_ROWS_SHOWN = 3;
const DEFAULT_WIDTH = 100;

function features(sheet: SheetState): Partial<SheetFeatures> {
  return sheet.extra as Partial<SheetFeatures>;
}

function asCellValue(v: GridValue): string | number | boolean | Date {
  return typeof v === 'object' ? new Date(v.d) : v;
}

/**
 * The fill of a row from alternating colours: header, then first and second colour in turn. A cell's own fill is
 * drawn over it (Sheets keeps a fill set by hand on top of alternating colours).
 * https://support.google.com/docs/answer/9211395 (Add alternating colors to rows)
 */
function bandColor(bandings: readonly BandingState[], row: number, column: number): string | null {
  for (const b of bandings) {
    const r = b.range;
    if (row < r.row || row >= r.row + r.numRows || column < r.column || column >= r.column + r.numColumns) continue;
    if (b.dimension !== 'ROWS') return null;
    const offset = row - r.row;
    if (offset === 0 && b.headerColor) return b.headerColor;
    const index = b.headerColor ? offset - 1 : offset;
    return index % 2 === 0 ? b.firstColor : b.secondColor;
  }
  return null;
}

function style(
  format: CellFormatState | undefined,
  conditional: ReturnType<typeof conditionalFormatAt>,
  band: string | null,
  numeric: boolean,
): string {
  const css: string[] = [];
  const background = conditional?.background ?? format?.background ?? band;
  if (background) css.push(`background:${background}`);
  const color = conditional?.fontColor ?? format?.fontColor;
  if (color) css.push(`color:${color}`);
  if (conditional?.bold || format?.fontWeight === 'bold') css.push('font-weight:bold');
  if (conditional?.italic || format?.fontStyle === 'italic') css.push('font-style:italic');
  if (conditional?.strikethrough || format?.fontLine === 'line-through') css.push('text-decoration:line-through');
  const align = format?.horizontalAlignment?.toLowerCase().replace('normal', '');
  if (align) css.push(`text-align:${align === 'centre' ? 'center' : align}`);
  else if (numeric) css.push('text-align:right');
  if (format?.wrap || format?.wrapStrategy === 'WRAP') css.push('white-space:normal');
  if (format?.verticalAlignment) css.push(`vertical-align:${format.verticalAlignment.toLowerCase()}`);
  return css.join(';');
}

/** The sheet as Sheets shows it, up to `maxRows` rows. */
export function renderSheet(ss: SpreadsheetState, sheet: SheetState, maxRows: number): SheetView {
  const f = features(sheet);
  const formats = f.formats ?? {};
  const notes = f.notes ?? {};
  const validations = f.validations ?? {};
  const rules = f.conditionalFormats ?? [];
  const bandings = f.bandings ?? [];
  const dataWidth = Math.max(0, ...sheet.values.map((r) => r.length));
  const charts = (f.charts ?? []).map((c) => chartView(c, ss.sheets));
  // Columns up to the last with data, or with a chart anchored in it.
  const width = Math.max(dataWidth, ...charts.map((c) => c.column));
  const shownRows = Math.min(maxRows, sheet.values.length + EMPTY_ROWS_SHOWN);
  const lookup = (row: number, column: number): GridValue => sheet.values[row - 1]?.[column - 1] ?? '';
  const cells: CellView[][] = [];
  for (let r = 0; r < shownRows; r++) {
    const line: CellView[] = [];
    for (let c = 0; c < width; c++) {
      const key = `${r},${c}`;
      const value: GridValue = sheet.values[r]?.[c] ?? '';
      const format = formats[key];
      const validation = validations[key];
      const conditional = conditionalFormatAt(rules, sheet.sheetId, r + 1, c + 1, lookup);
      const band = bandColor(bandings, r + 1, c + 1);
      const cell: CellView = { t: '' };
      if (validation?.criteria === 'CHECKBOX' && (typeof value === 'boolean' || value === '')) {
        cell.cb = value === true;
      } else if (value !== '') {
        const numberFormat = format?.numberFormat ?? DEFAULT_NUMBER_FORMAT;
        cell.t = displayValue(asCellValue(value), numberFormat, ss.timeZone);
      }
      if (validation && (validation.criteria === 'VALUE_IN_LIST' || validation.criteria === 'VALUE_IN_RANGE')) cell.dd = true;
      const numeric = typeof value === 'number' || typeof value === 'object';
      const css = style(format, conditional, band, numeric);
      if (cell.cb !== undefined) cell.s = `${css};text-align:center`;
      else if (css) cell.s = css;
      if (notes[key]) cell.note = notes[key];
      line.push(cell);
    }
    cells.push(line);
  }
  const columnWidths = f.columnWidths ?? {};
  return {
    name: sheet.name,
    rows: cells
      .slice(0, Math.min(cells.length, sheet.values.length))
      .map((line) => line.map((c) => (c.cb === undefined ? c.t : c.cb ? 'TRUE' : 'FALSE'))),
    cells,
    totalRows: sheet.values.length,
    widths: Array.from({ length: width }, (_, c) => columnWidths[String(c + 1)] ?? DEFAULT_WIDTH),
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: f.tabColor ?? null,
    charts,
  };
}
