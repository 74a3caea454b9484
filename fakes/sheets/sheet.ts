// Sheet: one tab of a spreadsheet. The view holds ids only; the grid and its features live in SheetState.

import type { FakeWorld } from '../world';
import { parseA1, splitSheet } from './a1';
import { requireEditable, requireFileRole } from './access';
import { bandingHandle as bandingHandleOf } from './banding';
import { features, nextObjectId, sheetState, spreadsheetState } from './book';
import { checkedBlock, requireIntegers } from './bounds';
import { chartBuilderHandle, chartHandle, FakeEmbeddedChart, newChartState } from './chart';
import { conditionalFormatRuleHandle, FakeConditionalFormatRule } from './conditional-format';
import { displayValue } from './display';
import { lastColumnOf, lastRowOf } from './grid';
import { expose, type SelfAware, typeLabel, unwrap } from './handle';
import {
  badParameters,
  COLUMNS_OUT_OF_BOUNDS,
  DELETE_ALL_COLUMNS,
  DELETE_ALL_ROWS,
  HIDE_ALL_SHEETS,
  OUTSIDE_SHEET,
  RANGE_NOT_FOUND,
  ROWS_OUT_OF_BOUNDS,
  sheetsError,
} from './messages';
import { namedRangeHandle } from './named-range';
import { newSheetProtection, protectionHandle } from './protection';
import { FakeRange, rangeHandle } from './range';
import { rangeListHandle } from './range-list';
import { copySheetInto } from './sheet-copy';
import { type Axis, shiftGrid } from './shift';
import { FakeSpreadsheet, spreadsheetHandle as spreadsheetHandleOf } from './spreadsheet';
import type { SheetState, SpreadsheetState } from './state';
import { textFinderHandle } from './text-finder';
import { readValues, requireCellSizes, writeInput } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type Members =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearConditionalFormatRules'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'copyTo'
  | 'createTextFinder'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getBandings'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'getType'
  | 'hideColumn'
  | 'hideColumns'
  | 'hideRow'
  | 'hideRows'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setRowHeights'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet'
  | 'unhideColumn'
  | 'unhideRow'
  | 'updateChart';

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export function sheetHandle(world: FakeWorld, ssId: string, sheetId: number): Sheet {
  return expose<Sheet>(world, 'Sheet', new FakeSheet(world, ssId, sheetId));
}

export class FakeSheet implements Pick<Sheet, Members>, SelfAware<Sheet> {
  _self!: Sheet;

  constructor(
    readonly _world: FakeWorld,
    readonly _ssId: string,
    readonly _sheetId: number,
  ) {}

  _ss(): SpreadsheetState {
    return spreadsheetState(this._world, this._ssId);
  }

  _state(): SheetState {
    return sheetState(this._world, this._ssId, this._sheetId);
  }

  /** The sheet, once the user may change its structure (file writer, not locked by a sheet protection). */
  _edit(): SheetState {
    const sheet = this._state();
    requireEditable(this._world, this._ssId, sheet, null);
    return sheet;
  }

  _range(row: number, column: number, numRows: number, numColumns: number): Range {
    return rangeHandle(this._world, this._ssId, this._sheetId, { row, column, numRows, numColumns });
  }

  // Identity

  getName(): string {
    return this._state().name;
  }
  getSheetName(): string {
    return this._state().name;
  }
  setName(name: string): Sheet {
    const sheet = this._edit();
    const ss = this._ss();
    if (ss.sheets.some((s) => s !== sheet && s.name.toLowerCase() === String(name).toLowerCase())) {
      throw sheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = String(name);
    return this._self;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this._ss().sheets.findIndex((s) => s.sheetId === this._sheetId) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetHandleOf(this._world, this._ssId);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  activate(): Sheet {
    const ss = this._ss();
    const sheet = this._state();
    sheet.hidden = false;
    ss.activeSheetIndex = ss.sheets.indexOf(sheet);
    return this._self;
  }

  // Ranges

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    const sheet = this._state();
    if (typeof rowOrA1 === 'string' && column === undefined) {
      const block = parseA1(splitSheet(rowOrA1).ref, sheet.maxRows, sheet.maxColumns);
      if (!block) throw sheetsError(RANGE_NOT_FOUND);
      if (block.row + block.numRows - 1 > sheet.maxRows || block.column + block.numColumns - 1 > sheet.maxColumns) throw sheetsError(OUTSIDE_SHEET);
      return this._range(block.row, block.column, block.numRows, block.numColumns);
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (column === undefined) throw sheetsError(badParameters(args.map(typeLabel).join(','), 'SpreadsheetApp.Sheet.getRange'));
    requireIntegers('SpreadsheetApp.Sheet.getRange', args);
    const b = checkedBlock(sheet, rowOrA1 as number, column as number, numRows ?? 1, numColumns ?? 1);
    return this._range(b.row, b.column, b.numRows, b.numColumns);
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const sheet = this._state();
    const ranges = a1Notations.map((a1) => {
      const block = parseA1(splitSheet(a1).ref, sheet.maxRows, sheet.maxColumns);
      if (!block) throw sheetsError(RANGE_NOT_FOUND);
      return new FakeRange(this._world, this._ssId, this._sheetId, block);
    });
    return rangeListHandle(this._world, ranges);
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): Range {
    const sheet = this._state();
    return this._range(1, 1, Math.max(1, lastRowOf(sheet)), Math.max(1, lastColumnOf(sheet)));
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const sheet = this._state();
    const rows = numRows === -1 ? lastRowOf(sheet) - startRow + 1 : numRows;
    const cols = numColumns === -1 ? lastColumnOf(sheet) - startColumn + 1 : numColumns;
    const b = checkedBlock(sheet, startRow, startColumn, rows, cols);
    this._world.counter.read(b.numRows * b.numColumns);
    return readValues(this._ss(), sheet, b);
  }

  getLastRow(): number {
    return lastRowOf(this._state());
  }
  getLastColumn(): number {
    return lastColumnOf(this._state());
  }
  getMaxRows(): number {
    return this._state().maxRows;
  }
  getMaxColumns(): number {
    return this._state().maxColumns;
  }

  // Writing

  /** Writes after the last row with content, growing the grid when needed, in one call. */
  appendRow(rowContents: unknown[]): Sheet {
    if (!Array.isArray(rowContents)) throw sheetsError(badParameters(typeLabel(rowContents), 'SpreadsheetApp.Sheet.appendRow'));
    requireCellSizes([rowContents]);
    const sheet = this._state();
    const row = lastRowOf(sheet) + 1;
    requireEditable(this._world, this._ssId, sheet, { row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) });
    if (row > sheet.maxRows) sheet.maxRows = row;
    if (rowContents.length > sheet.maxColumns) sheet.maxColumns = rowContents.length;
    const ss = this._ss();
    rowContents.forEach((v, c) => {
      writeInput(ss, sheet, row - 1, c, v);
    });
    this._world.counter.wrote(rowContents.length);
    return this._self;
  }

  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): Sheet {
    const sheet = this._edit();
    const cells = lastRowOf(sheet) * lastColumnOf(sheet);
    const only = options && (options.formatOnly || options.contentsOnly);
    if (!only || options?.contentsOnly) {
      sheet.values = [];
      sheet.formulas = {};
    }
    if (!only || options?.formatOnly) features(sheet).formats = {};
    this._world.counter.wrote(cells);
    return this._self;
  }
  clearContents(): Sheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): Sheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): Sheet {
    features(this._edit()).notes = {};
    return this._self;
  }

  // Structure

  _insert(axis: Axis, before: number, howMany: number, method: string): void {
    requireIntegers(`SpreadsheetApp.Sheet.${method}`, [before, howMany]);
    const sheet = this._edit();
    const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
    if (before < 1 || before > max + 1 || howMany < 1) throw sheetsError(axis === 'rows' ? ROWS_OUT_OF_BOUNDS : COLUMNS_OUT_OF_BOUNDS);
    shiftGrid(this._ss(), sheet, axis, before - 1, howMany);
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this._insert('rows', afterPosition + 1, howMany, 'insertRowsAfter');
    return this._self;
  }
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    this._insert('rows', beforePosition, howMany, 'insertRowsBefore');
    return this._self;
  }
  insertRowAfter(afterPosition: number): Sheet {
    this._insert('rows', afterPosition + 1, 1, 'insertRowAfter');
    return this._self;
  }
  insertRowBefore(beforePosition: number): Sheet {
    this._insert('rows', beforePosition, 1, 'insertRowBefore');
    return this._self;
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this._insert('rows', rowIndex, numRows, 'insertRows');
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    this._insert('columns', afterPosition + 1, howMany, 'insertColumnsAfter');
    return this._self;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    this._insert('columns', beforePosition, howMany, 'insertColumnsBefore');
    return this._self;
  }
  insertColumnAfter(afterPosition: number): Sheet {
    this._insert('columns', afterPosition + 1, 1, 'insertColumnAfter');
    return this._self;
  }
  insertColumnBefore(beforePosition: number): Sheet {
    this._insert('columns', beforePosition, 1, 'insertColumnBefore');
    return this._self;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._insert('columns', columnIndex, numColumns, 'insertColumns');
  }

  _delete(axis: Axis, position: number, howMany: number, method: string): void {
    requireIntegers(`SpreadsheetApp.Sheet.${method}`, [position, howMany]);
    const sheet = this._edit();
    const max = axis === 'rows' ? sheet.maxRows : sheet.maxColumns;
    const frozen = axis === 'rows' ? sheet.frozenRows : sheet.frozenColumns;
    if (position < 1 || howMany < 1 || position + howMany - 1 > max) throw sheetsError(axis === 'rows' ? ROWS_OUT_OF_BOUNDS : COLUMNS_OUT_OF_BOUNDS);
    if (max - howMany <= frozen) throw sheetsError(axis === 'rows' ? DELETE_ALL_ROWS : DELETE_ALL_COLUMNS);
    shiftGrid(this._ss(), sheet, axis, position - 1, -howMany);
  }

  deleteRow(rowPosition: number): Sheet {
    this._delete('rows', rowPosition, 1, 'deleteRow');
    return this._self;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._delete('rows', rowPosition, howMany, 'deleteRows');
  }
  deleteColumn(columnPosition: number): Sheet {
    this._delete('columns', columnPosition, 1, 'deleteColumn');
    return this._self;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this._delete('columns', columnPosition, howMany, 'deleteColumns');
  }

  setFrozenRows(rows: number): void {
    requireIntegers('SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    this._edit().frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._state().frozenRows;
  }
  setFrozenColumns(columns: number): void {
    requireIntegers('SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    this._edit().frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._state().frozenColumns;
  }

  // Sizes and visibility

  setColumnWidth(columnPosition: number, width: number): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    requireIntegers('SpreadsheetApp.Sheet.setColumnWidths', [startColumn, numColumns, width]);
    const f = features(this._edit());
    for (let c = startColumn; c < startColumn + numColumns; c++) f.columnWidths[String(c)] = width;
    return this._self;
  }
  getColumnWidth(columnPosition: number): number {
    return features(this._state()).columnWidths[String(columnPosition)] ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): Sheet {
    return this.setRowHeights(rowPosition, 1, height);
  }
  setRowHeights(startRow: number, numRows: number, height: number): Sheet {
    requireIntegers('SpreadsheetApp.Sheet.setRowHeights', [startRow, numRows, height]);
    const f = features(this._edit());
    for (let r = startRow; r < startRow + numRows; r++) f.rowHeights[String(r)] = height;
    return this._self;
  }
  getRowHeight(rowPosition: number): number {
    return features(this._state()).rowHeights[String(rowPosition)] ?? DEFAULT_ROW_HEIGHT;
  }

  /** Fits widths to the longest displayed text, roughly 7 px a character plus padding. */
  autoResizeColumns(startColumn: number, numColumns: number): Sheet {
    requireIntegers('SpreadsheetApp.Sheet.autoResizeColumns', [startColumn, numColumns]);
    const sheet = this._edit();
    const ss = this._ss();
    const f = features(sheet);
    const rows = Math.max(1, lastRowOf(sheet));
    const values = readValues(ss, sheet, checkedBlock(sheet, 1, startColumn, rows, numColumns));
    for (let c = 0; c < numColumns; c++) {
      let longest = 0;
      values.forEach((row, r) => {
        const format = f.formats[`${r},${startColumn - 1 + c}`]?.numberFormat;
        longest = Math.max(longest, displayValue(row[c], format, ss.timeZone).length);
      });
      f.columnWidths[String(startColumn + c)] = longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(30, longest * 7 + 10);
    }
    return this._self;
  }
  autoResizeColumn(columnPosition: number): Sheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  _setHidden(axis: Axis, start: number, count: number, hidden: boolean): void {
    requireIntegers('SpreadsheetApp.Sheet.hideColumns', [start, count]);
    const f = features(this._edit());
    const list = new Set(axis === 'rows' ? f.hiddenRows : f.hiddenColumns);
    for (let i = start; i < start + count; i++) {
      if (hidden) list.add(i);
      else list.delete(i);
    }
    const sorted = [...list].sort((a, b) => a - b);
    if (axis === 'rows') f.hiddenRows = sorted;
    else f.hiddenColumns = sorted;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this._setHidden('columns', columnIndex, numColumns, true);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this._setHidden('columns', columnIndex, numColumns, false);
  }
  hideColumn(column: Range): void {
    const r = unwrap(column, FakeRange, 'SpreadsheetApp.Sheet.hideColumn');
    this._setHidden('columns', r._block.column, r._block.numColumns, true);
  }
  unhideColumn(column: Range): void {
    const r = unwrap(column, FakeRange, 'SpreadsheetApp.Sheet.unhideColumn');
    this._setHidden('columns', r._block.column, r._block.numColumns, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return features(this._state()).hiddenColumns.includes(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): void {
    this._setHidden('rows', rowIndex, numRows, true);
  }
  showRows(rowIndex: number, numRows = 1): void {
    this._setHidden('rows', rowIndex, numRows, false);
  }
  hideRow(row: Range): void {
    const r = unwrap(row, FakeRange, 'SpreadsheetApp.Sheet.hideRow');
    this._setHidden('rows', r._block.row, r._block.numRows, true);
  }
  unhideRow(row: Range): void {
    const r = unwrap(row, FakeRange, 'SpreadsheetApp.Sheet.unhideRow');
    this._setHidden('rows', r._block.row, r._block.numRows, false);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return features(this._state()).hiddenRows.includes(rowPosition);
  }

  hideSheet(): Sheet {
    const sheet = this._edit();
    const ss = this._ss();
    if (ss.sheets.every((s) => s === sheet || s.hidden)) throw sheetsError(HIDE_ALL_SHEETS);
    sheet.hidden = true;
    return this._self;
  }
  showSheet(): Sheet {
    this._edit().hidden = false;
    return this._self;
  }
  isSheetHidden(): boolean {
    return this._state().hidden;
  }
  setTabColor(color: string | null): Sheet {
    features(this._edit()).tabColor = color;
    return this._self;
  }
  getTabColor(): string | null {
    return features(this._state()).tabColor;
  }

  // Protection, rules, charts, bandings, search

  /** A sheet has at most one sheet protection; asking again returns it. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this._edit();
    const f = features(sheet);
    let p = f.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = newSheetProtection(this._ss());
      f.protections.push(p);
    }
    return protectionHandle(this._world, this._ssId, this._sheetId, p.id);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return features(this._state())
      .protections.filter((p) => p.type === String(type))
      .map((p) => protectionHandle(this._world, this._ssId, this._sheetId, p.id));
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return features(this._state()).conditionalFormats.map((state) =>
      conditionalFormatRuleHandle(this._world, { ssId: this._ssId, state: structuredClone(state) }),
    );
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const states = rules.map((r) =>
      structuredClone(unwrap(r, FakeConditionalFormatRule, 'SpreadsheetApp.Sheet.setConditionalFormatRules')._data.state),
    );
    features(this._edit()).conditionalFormats = states;
  }
  clearConditionalFormatRules(): void {
    features(this._edit()).conditionalFormats = [];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return chartBuilderHandle(this._world, { ssId: this._ssId, sheetId: this._sheetId }, newChartState());
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, FakeEmbeddedChart, 'SpreadsheetApp.Sheet.insertChart');
    const sheet = this._edit();
    c._data.chartId = nextObjectId(this._ss());
    features(sheet).charts.push(structuredClone(c._data));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, FakeEmbeddedChart, 'SpreadsheetApp.Sheet.updateChart');
    const f = features(this._edit());
    const i = f.charts.findIndex((x) => x.chartId !== null && x.chartId === c._data.chartId);
    if (i < 0) throw sheetsError('The chart is not on this sheet.');
    f.charts[i] = structuredClone(c._data);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, FakeEmbeddedChart, 'SpreadsheetApp.Sheet.removeChart');
    const f = features(this._edit());
    f.charts = f.charts.filter((x) => x.chartId !== c._data.chartId);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return features(this._state()).charts.map((c) => chartHandle(this._world, { ssId: this._ssId, sheetId: this._sheetId }, structuredClone(c)));
  }

  getBandings(): GoogleAppsScript.Spreadsheet.Banding[] {
    return features(this._state()).bandings.map((b) => bandingHandleOf(this._world, this._ssId, this._sheetId, b.id));
  }

  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return textFinderHandle(this._world, this._ssId, { sheetId: this._sheetId }, findText);
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this._ss()
      .namedRanges.filter((n) => n.sheetId === this._sheetId)
      .map((n) => namedRangeHandle(this._world, this._ssId, n.name));
  }

  /** Copies this sheet into another (or the same) spreadsheet as "Copy of <name>". */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Sheet {
    const targetId = unwrap(spreadsheet, FakeSpreadsheet, 'SpreadsheetApp.Sheet.copyTo')._ssId;
    requireFileRole(this._world, targetId, 'writer');
    const target = spreadsheetState(this._world, targetId);
    const copy = copySheetInto(target, this._state(), `Copy of ${this._state().name}`);
    return sheetHandle(this._world, targetId, copy.sheetId);
  }
}
