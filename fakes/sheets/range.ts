// Range: a block of cells on one sheet. The view holds only coordinates; cells live in the sheet's state.

import type { FakeWorld } from '../world';
import { type Block, formatA1 } from './a1';
import { overlaps, requireEditable } from './access';
import { bandingHandle, newBandingState } from './banding';
import { features, sheetState, spreadsheetState } from './book';
import { checkedBlock, requireIntegers } from './bounds';
import { dataValidationHandle, FakeDataValidation } from './data-validation';
import { BANDING_COLORS } from './enums';
import { shiftFormula } from './formula-shift';
import { cellKey, readStored, writeStored } from './grid';
import { expose, type SelfAware, typeLabel, unwrap } from './handle';
import { BANDING_OVERLAP, badParameters, CELL_OUT_OF_RANGE, sheetsError } from './messages';
import { newRangeProtection, protectionHandle } from './protection';
import { type FormatKey, formatAll, formatEach, readFormat, requireShape } from './range-format';
import { sheetHandle } from './sheet';
import { sortRows } from './sort';
import type { DataValidationState, SheetState, SpreadsheetState, StoredCell } from './state';
import { textFinderHandle } from './text-finder';
import { clearCell, clearKeyed, eachCell, readDisplayValues, readFormulas, readValues, requireCellSizes, writeFormula, writeInput } from './values';

type Range = GoogleAppsScript.Spreadsheet.Range;

type Members =
  | 'activate'
  | 'applyColumnBanding'
  | 'applyRowBanding'
  | 'breakApart'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'copyTo'
  | 'createTextFinder'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getBandings'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColorObject'
  | 'getFontFamily'
  | 'getFontLine'
  | 'getFontSize'
  | 'getFontStyle'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getWidth'
  | 'getWrap'
  | 'getWrapStrategy'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'isPartOfMerge'
  | 'merge'
  | 'mergeAcross'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setWrap'
  | 'setWrapStrategy'
  | 'setWraps'
  | 'sort'
  | 'trimWhitespace'
  | 'uncheck';

export function rangeHandle(world: FakeWorld, ssId: string, sheetId: number, block: Block): Range {
  return expose<Range>(world, 'Range', new FakeRange(world, ssId, sheetId, block));
}

function checkboxValues(v: DataValidationState): [StoredCell, StoredCell] {
  if (v.values.length === 0) return [true, false];
  return [v.values[0] as StoredCell, (v.values[1] ?? '') as StoredCell];
}

/** Stores one cell's note; null or empty removes it, as in Sheets. */
function putNote(notes: Record<string, string>, key: string, note: string | null): void {
  if (note === null || note === '') delete notes[key];
  else notes[key] = String(note);
}

function sameStored(a: StoredCell, b: StoredCell): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.d === b.d;
  return a === b;
}

export class FakeRange implements Pick<Range, Members>, SelfAware<Range> {
  _self!: Range;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _block: Block,
  ) {}

  _ss(): SpreadsheetState {
    return spreadsheetState(this._world, this._ssId);
  }

  _sheet(): SheetState {
    return sheetState(this._world, this._ssId, this._sheetId);
  }

  /** The sheet, once the user is known to be allowed to change this block. */
  _edit(): SheetState {
    const sheet = this._sheet();
    requireEditable(this._world, this._ssId, sheet, this._block);
    return sheet;
  }

  _cells(): number {
    return this._block.numRows * this._block.numColumns;
  }

  _format(prop: FormatKey, value: unknown): Range {
    formatAll(this._edit(), this._block, prop, value);
    return this._self;
  }

  _formatEach(prop: FormatKey, grid: unknown[][], method: string): Range {
    if (!Array.isArray(grid)) throw sheetsError(badParameters(typeLabel(grid), `SpreadsheetApp.Range.${method}`));
    formatEach(this._edit(), this._block, prop, grid);
    return this._self;
  }

  _topLeft(): Block {
    return { row: this._block.row, column: this._block.column, numRows: 1, numColumns: 1 };
  }

  // Geometry

  getRow(): number {
    return this._block.row;
  }
  getRowIndex(): number {
    return this._block.row;
  }
  getColumn(): number {
    return this._block.column;
  }
  getNumRows(): number {
    return this._block.numRows;
  }
  getHeight(): number {
    return this._block.numRows;
  }
  getNumColumns(): number {
    return this._block.numColumns;
  }
  getWidth(): number {
    return this._block.numColumns;
  }
  getLastRow(): number {
    return this._block.row + this._block.numRows - 1;
  }
  getLastColumn(): number {
    return this._block.column + this._block.numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this._block);
  }
  getGridId(): number {
    return this._sheetId;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this._sheet();
    return sheetHandle(this._world, this._ssId, this._sheetId);
  }

  getCell(row: number, column: number): Range {
    requireIntegers('SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this._block.numRows || column > this._block.numColumns) throw sheetsError(CELL_OUT_OF_RANGE);
    return rangeHandle(this._world, this._ssId, this._sheetId, {
      row: this._block.row + row - 1,
      column: this._block.column + column - 1,
      numRows: 1,
      numColumns: 1,
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const args = [rowOffset, columnOffset, numRows, numColumns].filter((a) => a !== undefined);
    requireIntegers('SpreadsheetApp.Range.offset', args);
    const block = checkedBlock(
      this._sheet(),
      this._block.row + rowOffset,
      this._block.column + columnOffset,
      numRows ?? this._block.numRows,
      numColumns ?? this._block.numColumns,
    );
    return rangeHandle(this._world, this._ssId, this._sheetId, block);
  }

  activate(): Range {
    const ss = this._ss();
    ss.activeSheetIndex = ss.sheets.findIndex((s) => s.sheetId === this._sheetId);
    return this._self;
  }

  // Values

  getValues(): unknown[][] {
    this._world.counter.read(this._cells());
    return readValues(this._ss(), this._sheet(), this._block);
  }

  getValue(): unknown {
    this._world.counter.read(1);
    return readValues(this._ss(), this._sheet(), this._topLeft())[0][0];
  }

  getDisplayValues(): string[][] {
    this._world.counter.read(this._cells());
    return readDisplayValues(this._ss(), this._sheet(), this._block);
  }

  getDisplayValue(): string {
    this._world.counter.read(1);
    return readDisplayValues(this._ss(), this._sheet(), this._topLeft())[0][0];
  }

  setValues(values: unknown[][]): Range {
    if (!Array.isArray(values) || values.some((row) => !Array.isArray(row))) {
      throw sheetsError(badParameters(typeLabel(values), 'SpreadsheetApp.Range.setValues'));
    }
    requireShape(values, this._block);
    requireCellSizes(values);
    const ss = this._ss();
    const sheet = this._edit();
    eachCell(this._block, (r0, c0, _key, r, c) => writeInput(ss, sheet, r0, c0, values[r][c]));
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  /** Like the real service, one value fills every cell of the range. */
  setValue(value: unknown): Range {
    requireCellSizes([[value]]);
    const ss = this._ss();
    const sheet = this._edit();
    eachCell(this._block, (r0, c0) => writeInput(ss, sheet, r0, c0, value));
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  getFormulas(): string[][] {
    this._world.counter.read(this._cells());
    return readFormulas(this._sheet(), this._block);
  }

  getFormula(): string {
    this._world.counter.read(1);
    return readFormulas(this._sheet(), this._topLeft())[0][0];
  }

  /** One formula for the whole block: relative references move with each cell, as in Sheets. */
  setFormula(formula: string): Range {
    const sheet = this._edit();
    eachCell(this._block, (r0, c0, _key, r, c) => writeFormula(sheet, r0, c0, shiftFormula(formula, r, c)));
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  setFormulas(formulas: string[][]): Range {
    if (!Array.isArray(formulas)) throw sheetsError(badParameters(typeLabel(formulas), 'SpreadsheetApp.Range.setFormulas'));
    requireShape(formulas, this._block);
    const sheet = this._edit();
    eachCell(this._block, (r0, c0, _key, r, c) => writeFormula(sheet, r0, c0, formulas[r][c]));
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  isBlank(): boolean {
    const sheet = this._sheet();
    let blank = true;
    eachCell(this._block, (r0, c0, key) => {
      if (readStored(sheet, r0, c0) !== '' || sheet.formulas[key] !== undefined) blank = false;
    });
    return blank;
  }

  trimWhitespace(): Range {
    const sheet = this._edit();
    eachCell(this._block, (r0, c0, key) => {
      const v = readStored(sheet, r0, c0);
      if (typeof v === 'string' && sheet.formulas[key] === undefined) writeStored(sheet, r0, c0, v.trim().replace(/\s+/g, ' '));
    });
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  // Clearing

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): Range {
    const sheet = this._edit();
    const only = options && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) eachCell(this._block, (r0, c0) => clearCell(sheet, r0, c0));
    if (!only || options?.formatOnly) clearKeyed(features(sheet).formats, this._block);
    if (options?.validationsOnly) clearKeyed(features(sheet).validations, this._block);
    if (options?.commentsOnly) clearKeyed(features(sheet).notes, this._block);
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  clearContent(): Range {
    const sheet = this._edit();
    eachCell(this._block, (r0, c0) => clearCell(sheet, r0, c0));
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  clearFormat(): Range {
    clearKeyed(features(this._edit()).formats, this._block);
    return this._self;
  }

  clearNote(): Range {
    clearKeyed(features(this._edit()).notes, this._block);
    return this._self;
  }

  clearDataValidations(): Range {
    clearKeyed(features(this._edit()).validations, this._block);
    return this._self;
  }

  // Formats (recorded per cell under extra.formats)

  setNumberFormat(numberFormat: string): Range {
    return this._format('numberFormat', numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): Range {
    return this._formatEach('numberFormat', numberFormats, 'setNumberFormats');
  }
  getNumberFormat(): string {
    return readFormat(this._sheet(), this._topLeft(), 'numberFormat')[0][0];
  }
  getNumberFormats(): string[][] {
    return readFormat(this._sheet(), this._block, 'numberFormat');
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): Range {
    return this._format('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): Range {
    return this._formatEach('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return readFormat(this._sheet(), this._topLeft(), 'fontWeight')[0][0] as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return readFormat(this._sheet(), this._block, 'fontWeight') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): Range {
    return this._format('fontStyle', fontStyle);
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return readFormat(this._sheet(), this._topLeft(), 'fontStyle')[0][0] as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): Range {
    return this._format('fontLine', fontLine);
  }
  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return readFormat(this._sheet(), this._topLeft(), 'fontLine')[0][0] as GoogleAppsScript.Spreadsheet.FontLine;
  }
  setFontColor(color: string | null): Range {
    return this._format('fontColor', color);
  }
  setFontColors(colors: unknown[][]): Range {
    return this._formatEach('fontColor', colors, 'setFontColors');
  }
  /** A minimal Color: enough for `.asRgbColor().asHexString()` and the channel getters. */
  getFontColorObject(): GoogleAppsScript.Spreadsheet.Color {
    const hex = readFormat(this._sheet(), this._topLeft(), 'fontColor')[0][0];
    const channel = (i: number) => () => parseInt(hex.slice(i, i + 2), 16);
    const rgb = { _self: null as unknown, asHexString: () => hex, getRed: channel(1), getGreen: channel(3), getBlue: channel(5) };
    const rgbColor = expose<GoogleAppsScript.Base.RgbColor>(this._world, 'RgbColor', rgb as never);
    const color = { _self: null as unknown, asRgbColor: () => rgbColor, getColorType: () => 'RGB' };
    return expose<GoogleAppsScript.Spreadsheet.Color>(this._world, 'Color', color as never);
  }
  setFontSize(size: number): Range {
    return this._format('fontSize', size);
  }
  getFontSize(): number {
    return readFormat(this._sheet(), this._topLeft(), 'fontSize')[0][0];
  }
  setFontFamily(fontFamily: string | null): Range {
    return this._format('fontFamily', fontFamily);
  }
  getFontFamily(): string {
    return readFormat(this._sheet(), this._topLeft(), 'fontFamily')[0][0];
  }
  setBackground(color: string | null): Range {
    return this._format('background', color);
  }
  setBackgrounds(color: (string | null)[][]): Range {
    return this._formatEach('background', color, 'setBackgrounds');
  }
  getBackground(): string {
    return readFormat(this._sheet(), this._topLeft(), 'background')[0][0];
  }
  getBackgrounds(): string[][] {
    return readFormat(this._sheet(), this._block, 'background');
  }
  setWrap(isWrapEnabled: boolean): Range {
    const sheet = this._edit();
    formatAll(sheet, this._block, 'wrap', isWrapEnabled);
    formatAll(sheet, this._block, 'wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
    return this._self;
  }
  setWraps(isWrapEnabled: boolean[][]): Range {
    return this._formatEach('wrap', isWrapEnabled, 'setWraps');
  }
  getWrap(): boolean {
    return readFormat(this._sheet(), this._topLeft(), 'wrap')[0][0];
  }
  getWraps(): boolean[][] {
    return readFormat(this._sheet(), this._block, 'wrap');
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    const sheet = this._edit();
    formatAll(sheet, this._block, 'wrapStrategy', String(strategy));
    formatAll(sheet, this._block, 'wrap', String(strategy) === 'WRAP');
    return this._self;
  }
  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    return readFormat(this._sheet(), this._topLeft(), 'wrapStrategy')[0][0] as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): Range {
    return this._format('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: ('left' | 'center' | 'normal' | 'right' | null)[][]): Range {
    return this._formatEach('horizontalAlignment', alignments, 'setHorizontalAlignments');
  }
  getHorizontalAlignment(): string {
    return readFormat(this._sheet(), this._topLeft(), 'horizontalAlignment')[0][0];
  }
  getHorizontalAlignments(): string[][] {
    return readFormat(this._sheet(), this._block, 'horizontalAlignment');
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): Range {
    return this._format('verticalAlignment', alignment);
  }
  getVerticalAlignment(): string {
    return readFormat(this._sheet(), this._topLeft(), 'verticalAlignment')[0][0];
  }

  /** Records the border arguments per cell (null leaves a side unchanged, as in Sheets). */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): Range {
    const sheet = this._edit();
    const formats = features(sheet).formats;
    const sides = { top, left, bottom, right, vertical, horizontal };
    eachCell(this._block, (_r0, _c0, key) => {
      const border = { ...(formats[key]?.border ?? {}) };
      for (const [side, on] of Object.entries(sides)) if (on !== null && on !== undefined) border[side] = on;
      if (color !== undefined) border.color = color;
      if (style !== undefined && style !== null) border.style = String(style);
      formats[key] = { ...formats[key], border };
    });
    return this._self;
  }

  merge(): Range {
    const sheet = this._edit();
    const f = features(sheet);
    f.merges = f.merges.filter((m) => !overlaps(m, this._block));
    f.merges.push({ sheetId: this._sheetId, ...this._block });
    return this._self;
  }

  mergeAcross(): Range {
    const sheet = this._edit();
    const f = features(sheet);
    f.merges = f.merges.filter((m) => !overlaps(m, this._block));
    for (let r = 0; r < this._block.numRows; r++) {
      f.merges.push({ sheetId: this._sheetId, row: this._block.row + r, column: this._block.column, numRows: 1, numColumns: this._block.numColumns });
    }
    return this._self;
  }

  breakApart(): Range {
    const f = features(this._edit());
    f.merges = f.merges.filter((m) => !overlaps(m, this._block));
    return this._self;
  }

  isPartOfMerge(): boolean {
    return features(this._sheet()).merges.some((m) => overlaps(m, this._block));
  }

  // Notes

  setNote(note: string | null): Range {
    const notes = features(this._edit()).notes;
    eachCell(this._block, (_r0, _c0, key) => putNote(notes, key, note));
    return this._self;
  }

  setNotes(notes: (string | null)[][]): Range {
    if (!Array.isArray(notes)) throw sheetsError(badParameters(typeLabel(notes), 'SpreadsheetApp.Range.setNotes'));
    requireShape(notes, this._block);
    const stored = features(this._edit()).notes;
    eachCell(this._block, (_r0, _c0, key, r, c) => putNote(stored, key, notes[r][c]));
    return this._self;
  }

  getNote(): string {
    return features(this._sheet()).notes[cellKey(this._block.row - 1, this._block.column - 1)] ?? '';
  }

  getNotes(): string[][] {
    const notes = features(this._sheet()).notes;
    const out: string[][] = Array.from({ length: this._block.numRows }, () => []);
    eachCell(this._block, (_r0, _c0, key, r) => out[r].push(notes[key] ?? ''));
    return out;
  }

  // Data validation (scripts are never blocked by it, as in Apps Script)

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    const state = rule === null ? null : unwrap(rule, FakeDataValidation, 'SpreadsheetApp.Range.setDataValidation')._data;
    const validations = features(this._edit()).validations;
    eachCell(this._block, (_r0, _c0, key) => {
      if (state) validations[key] = structuredClone(state);
      else delete validations[key];
    });
    return this._self;
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): Range {
    if (!Array.isArray(rules)) throw sheetsError(badParameters(typeLabel(rules), 'SpreadsheetApp.Range.setDataValidations'));
    requireShape(rules, this._block);
    const validations = features(this._edit()).validations;
    eachCell(this._block, (_r0, _c0, key, r, c) => {
      const rule = rules[r][c];
      if (rule === null) delete validations[key];
      else validations[key] = structuredClone(unwrap(rule, FakeDataValidation, 'SpreadsheetApp.Range.setDataValidations')._data);
    });
    return this._self;
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = features(this._sheet()).validations[cellKey(this._block.row - 1, this._block.column - 1)];
    return v ? dataValidationHandle(this._world, this._ssId, structuredClone(v)) : null;
  }

  getDataValidations(): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
    const validations = features(this._sheet()).validations;
    const out: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: this._block.numRows }, () => []);
    eachCell(this._block, (_r0, _c0, key, r) => {
      const v = validations[key];
      out[r].push(v ? dataValidationHandle(this._world, this._ssId, structuredClone(v)) : null);
    });
    return out;
  }

  /** Checkbox validation on every cell; empty cells take the unchecked value. */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): Range {
    const sheet = this._edit();
    const f = features(sheet);
    const values =
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [String(checkedValue)] : [String(checkedValue), String(uncheckedValue)];
    const rule: DataValidationState = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: '' };
    const [, unchecked] = checkboxValues(rule);
    eachCell(this._block, (r0, c0, key) => {
      f.validations[key] = structuredClone(rule);
      if (readStored(sheet, r0, c0) === '' && sheet.formulas[key] === undefined) writeStored(sheet, r0, c0, unchecked);
    });
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  /** Drops checkbox validation, and the value of cells that held a checkbox state. */
  removeCheckboxes(): Range {
    const sheet = this._edit();
    const f = features(sheet);
    eachCell(this._block, (r0, c0, key) => {
      const v = f.validations[key];
      if (v?.criteria !== 'CHECKBOX') return;
      const [on, off] = checkboxValues(v);
      const current = readStored(sheet, r0, c0);
      if (sameStored(current, on) || sameStored(current, off)) clearCell(sheet, r0, c0);
      delete f.validations[key];
    });
    return this._self;
  }

  _setChecked(checked: boolean): Range {
    const sheet = this._edit();
    const f = features(sheet);
    eachCell(this._block, (r0, c0, key) => {
      const v = f.validations[key];
      if (v?.criteria !== 'CHECKBOX') return;
      const [on, off] = checkboxValues(v);
      writeStored(sheet, r0, c0, checked ? on : off);
      delete sheet.formulas[key];
    });
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  check(): Range {
    return this._setChecked(true);
  }

  uncheck(): Range {
    return this._setChecked(false);
  }

  /** True when every cell is checked, false when every cell is unchecked, otherwise null. */
  isChecked(): boolean | null {
    const sheet = this._sheet();
    const f = features(sheet);
    const states = new Set<string>();
    eachCell(this._block, (r0, c0, key) => {
      const v = f.validations[key];
      if (v?.criteria !== 'CHECKBOX') {
        states.add('none');
        return;
      }
      const [on] = checkboxValues(v);
      states.add(sameStored(readStored(sheet, r0, c0), on) ? 'on' : 'off');
    });
    if (states.size !== 1 || states.has('none')) return null;
    return states.has('on');
  }

  // Protection, banding, search, sort, copy

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this._edit();
    const p = newRangeProtection(this._ss(), this._sheetId, this._block);
    features(sheet).protections.push(p);
    return protectionHandle(this._world, this._ssId, this._sheetId, p.id);
  }

  _band(
    dimension: 'ROWS' | 'COLUMNS',
    theme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader?: boolean,
    showFooter?: boolean,
  ): GoogleAppsScript.Spreadsheet.Banding {
    const sheet = this._edit();
    const f = features(sheet);
    if (f.bandings.some((b) => overlaps(b.range, this._block))) throw sheetsError(BANDING_OVERLAP);
    const name = theme === undefined ? 'LIGHT_GREY' : String(theme);
    const colors = BANDING_COLORS[name] ?? BANDING_COLORS.LIGHT_GREY;
    const banding = newBandingState(
      this._ss(),
      { sheetId: this._sheetId, ...this._block },
      dimension,
      name,
      colors,
      showHeader ?? true,
      showFooter ?? false,
    );
    f.bandings.push(banding);
    return bandingHandle(this._world, this._ssId, this._sheetId, banding.id);
  }

  applyRowBanding(
    bandingTheme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader?: boolean,
    showFooter?: boolean,
  ): GoogleAppsScript.Spreadsheet.Banding {
    return this._band('ROWS', bandingTheme, showHeader, showFooter);
  }

  applyColumnBanding(
    bandingTheme?: GoogleAppsScript.Spreadsheet.BandingTheme,
    showHeader?: boolean,
    showFooter?: boolean,
  ): GoogleAppsScript.Spreadsheet.Banding {
    return this._band('COLUMNS', bandingTheme, showHeader, showFooter);
  }

  getBandings(): GoogleAppsScript.Spreadsheet.Banding[] {
    return features(this._sheet())
      .bandings.filter((b) => overlaps(b.range, this._block))
      .map((b) => bandingHandle(this._world, this._ssId, this._sheetId, b.id));
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return textFinderHandle(this._world, this._ssId, { sheetId: this._sheetId, block: this._block }, findText);
  }

  /** Sorts the block's rows by one or more columns (absolute column numbers, as in Apps Script). */
  sort(sortSpecObj: unknown): Range {
    const sheet = this._edit();
    sortRows(this._ss(), sheet, this._block, sortSpecObj);
    this._world.counter.wrote(this._cells());
    return this._self;
  }

  /** Copies values, formulas (references moved), formats, notes and validations to the destination's top-left. */
  copyTo(destination: Range, options?: unknown, _transposed?: boolean): void {
    const dest = unwrap(destination, FakeRange, 'SpreadsheetApp.Range.copyTo');
    const opts = options && typeof options === 'object' ? (options as { contentsOnly?: boolean; formatOnly?: boolean }) : {};
    const from = this._sheet();
    const to = sheetState(this._world, dest._ssId, dest._sheetId);
    const target: Block = { row: dest._block.row, column: dest._block.column, numRows: this._block.numRows, numColumns: this._block.numColumns };
    requireEditable(this._world, dest._ssId, to, target);
    const dr = target.row - this._block.row;
    const dc = target.column - this._block.column;
    const src = features(from);
    const dst = features(to);
    const cells: { r0: number; c0: number; key: string; value: StoredCell; formula?: string }[] = [];
    eachCell(this._block, (r0, c0, key) => {
      cells.push({ r0, c0, key, value: readStored(from, r0, c0), formula: from.formulas[key] });
    });
    for (const cell of cells) {
      const r0 = cell.r0 + dr;
      const c0 = cell.c0 + dc;
      if (r0 >= to.maxRows || c0 >= to.maxColumns) continue;
      const key = cellKey(r0, c0);
      if (!opts.formatOnly) {
        writeStored(to, r0, c0, typeof cell.value === 'object' ? { d: cell.value.d } : cell.value);
        if (cell.formula !== undefined) to.formulas[key] = shiftFormula(cell.formula, dr, dc);
        else delete to.formulas[key];
      }
      if (!opts.contentsOnly) {
        const format = src.formats[cell.key];
        if (format) dst.formats[key] = structuredClone(format);
        else delete dst.formats[key];
        const v = src.validations[cell.key];
        if (v) dst.validations[key] = structuredClone(v);
        const note = src.notes[cell.key];
        if (note !== undefined) dst.notes[key] = note;
      }
    }
    this._world.counter.read(this._cells());
    this._world.counter.wrote(this._cells());
  }
}
