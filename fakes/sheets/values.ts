// Reading and writing blocks of cells: values (with formulas evaluated on read), display text and formulas.

import type { Block } from './a1';
import { features, sheetByName } from './book';
import { displayValue } from './display';
import { evaluateFormula } from './formula';
import { cellKey, fromStored, parseKey, readStored, writeStored } from './grid';
import { parseUserInput } from './input';
import { sheetsError } from './messages';
import type { CellValue, SheetState, SpreadsheetState } from './state';

/** Formulas referring to formulas are followed this deep, then read as a circular reference. */
const MAX_DEPTH = 32;

function valueAt(ss: SpreadsheetState, sheet: SheetState, r0: number, c0: number, depth: number): CellValue {
  const formula = sheet.formulas[cellKey(r0, c0)];
  if (formula === undefined) return fromStored(readStored(sheet, r0, c0));
  if (depth > MAX_DEPTH) return '#REF!';
  return evaluateFormula(formula, (name, row, column) => {
    const target = name === null ? sheet : sheetByName(ss, name);
    if (!target || row > target.maxRows || column > target.maxColumns) return null;
    return valueAt(ss, target, row - 1, column - 1, depth + 1);
  });
}

export function readValues(ss: SpreadsheetState, sheet: SheetState, b: Block): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < b.numRows; r++) {
    const row: CellValue[] = new Array(b.numColumns);
    for (let c = 0; c < b.numColumns; c++) row[c] = valueAt(ss, sheet, b.row - 1 + r, b.column - 1 + c, 0);
    out.push(row);
  }
  return out;
}

export function readDisplayValues(ss: SpreadsheetState, sheet: SheetState, b: Block): string[][] {
  const formats = features(sheet).formats;
  return readValues(ss, sheet, b).map((row, r) =>
    row.map((v, c) => displayValue(v, formats[cellKey(b.row - 1 + r, b.column - 1 + c)]?.numberFormat, ss.timeZone)),
  );
}

export function readFormulas(sheet: SheetState, b: Block): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < b.numRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < b.numColumns; c++) row.push(sheet.formulas[cellKey(b.row - 1 + r, b.column - 1 + c)] ?? '');
    out.push(row);
  }
  return out;
}

/** Sheets' limit on one cell's contents, and its refusal (the Sheets API's 400 says the same). */
export const MAX_CELL_CHARACTERS = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`;

/**
 * Refuses the whole write when any value is longer than a cell holds, before a cell changes.
 * https://support.google.com/drive/answer/37603 (files you can store: 50,000 characters per cell)
 */
export function requireCellSizes(values: readonly (readonly unknown[])[]): void {
  for (const row of values) {
    // A leading apostrophe only marks text: it is not stored, so it does not count.
    for (const v of row) if (typeof v === 'string' && v.length - (v.startsWith("'") ? 1 : 0) > MAX_CELL_CHARACTERS) throw sheetsError(CELL_TOO_LONG);
  }
}

/** Writes one cell as if typed by a user; the cell's number format decides how strings are read. */
export function writeInput(ss: SpreadsheetState, sheet: SheetState, r0: number, c0: number, raw: unknown): void {
  const key = cellKey(r0, c0);
  const formats = features(sheet).formats;
  const parsed = parseUserInput(raw, formats[key]?.numberFormat, ss.timeZone);
  writeStored(sheet, r0, c0, parsed.value);
  if (parsed.formula !== null) sheet.formulas[key] = parsed.formula;
  else delete sheet.formulas[key];
  if (parsed.format !== null && formats[key]?.numberFormat === undefined) formats[key] = { ...formats[key], numberFormat: parsed.format };
}

export function writeFormula(sheet: SheetState, r0: number, c0: number, formula: string): void {
  if (formula === '') {
    clearCell(sheet, r0, c0);
    return;
  }
  writeStored(sheet, r0, c0, '');
  sheet.formulas[cellKey(r0, c0)] = formula.startsWith('=') ? formula : `=${formula}`;
}

export function clearCell(sheet: SheetState, r0: number, c0: number): void {
  writeStored(sheet, r0, c0, '');
  delete sheet.formulas[cellKey(r0, c0)];
}

/** Calls `fn` with the 0-based coordinates and "row,col" key of every cell of the block. */
export function eachCell(b: Block, fn: (r0: number, c0: number, key: string, r: number, c: number) => void): void {
  for (let r = 0; r < b.numRows; r++) {
    for (let c = 0; c < b.numColumns; c++) fn(b.row - 1 + r, b.column - 1 + c, cellKey(b.row - 1 + r, b.column - 1 + c), r, c);
  }
}

/** Removes map entries (formats, notes, validations) for every cell of the block. */
export function clearKeyed(map: Record<string, unknown>, b: Block): void {
  const keys = Object.keys(map);
  if (keys.length < b.numRows * b.numColumns) {
    for (const key of keys) {
      const [r0, c0] = parseKey(key);
      if (r0 >= b.row - 1 && r0 < b.row - 1 + b.numRows && c0 >= b.column - 1 && c0 < b.column - 1 + b.numColumns) delete map[key];
    }
    return;
  }
  eachCell(b, (_r0, _c0, key) => {
    delete map[key];
  });
}
