// Between the Sheets API's JSON (GridRange, CellFormat, DataValidationRule, Color, ExtendedValue) and the fakes' sheet state.

import type { Block } from '../sheets/a1';
import type { CellFormatState, DataValidationState, GridRangeState, JsonValue, SheetState, StoredCell } from '../sheets/state';
import { epochOf, wallClock } from '../sheets/tz';
import { InvalidRequest } from './errors';

export type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type CellData = GoogleAppsScript.Sheets.Schema.CellData;
export type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;
export type Color = GoogleAppsScript.Sheets.Schema.Color;
export type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;
export type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

/**
 * A GridRange as a 1-based block: "All indexes are zero-based. Indexes are half open ... Missing indexes indicate the
 * range is unbounded on that side" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange).
 * Past the grid: "Range ('Roster'!A1:AB1) exceeds grid limits. Max rows: 1000, max columns: 26".
 */
export function blockOf(sheet: SheetState, range: GridRange): Block {
  const r0 = range.startRowIndex ?? 0;
  const r1 = range.endRowIndex ?? sheet.maxRows;
  const c0 = range.startColumnIndex ?? 0;
  const c1 = range.endColumnIndex ?? sheet.maxColumns;
  if (r0 < 0 || c0 < 0 || r1 < r0 || c1 < c0) throw new InvalidRequest(`Invalid range: start index must be before the end index.`);
  if (r1 > sheet.maxRows || c1 > sheet.maxColumns) {
    throw new InvalidRequest(
      `Range ('${sheet.name}'!${a1(r0, c0)}:${a1(r1 - 1, c1 - 1)}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
    );
  }
  return { row: r0 + 1, column: c0 + 1, numRows: r1 - r0, numColumns: c1 - c0 };
}

function column(c0: number): string {
  let s = '';
  for (let n = c0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function a1(r0: number, c0: number): string {
  return `${column(c0)}${r0 + 1}`;
}

export function gridRangeOf(range: GridRangeState): GridRange {
  return {
    sheetId: range.sheetId,
    startRowIndex: range.row - 1,
    endRowIndex: range.row - 1 + range.numRows,
    startColumnIndex: range.column - 1,
    endColumnIndex: range.column - 1 + range.numColumns,
  };
}

/** Colors: "The alpha value ... If omitted, this color is assumed to be fully opaque"; zero components are omitted. */
export function hexOf(color: Color | undefined | null): string | null {
  if (!color) return null;
  const part = (x: number | undefined) =>
    Math.round((x ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(color.red)}${part(color.green)}${part(color.blue)}`;
}

export function colorOf(hex: string | null | undefined): Color | undefined {
  if (!hex || !/^#[0-9a-f]{6}$/i.test(hex)) return undefined;
  const c: Color = {};
  const [red, green, blue] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  if (red) c.red = red;
  if (green) c.green = green;
  if (blue) c.blue = blue;
  return c;
}

/** The CellFormat sub-fields the fakes keep, and the CellFormatState keys each one sets. */
const FORMAT_KEYS: Record<string, (keyof CellFormatState)[]> = {
  numberFormat: ['numberFormat'],
  backgroundColor: ['background'],
  textFormat: ['fontWeight'],
  wrapStrategy: ['wrap', 'wrapStrategy'],
  verticalAlignment: ['verticalAlignment'],
  horizontalAlignment: ['horizontalAlignment'],
};

/** Applies the `fields` of a CellFormat ("userEnteredFormat" or "userEnteredFormat.x") to a cell's format. */
export function applyFormat(current: CellFormatState | undefined, format: CellFormat | undefined, subFields: string[] | 'all'): CellFormatState {
  const next: CellFormatState = { ...(current ?? {}) };
  const names = subFields === 'all' ? Object.keys(FORMAT_KEYS) : subFields;
  for (const name of names) {
    const top = name.split('.')[0];
    const keys = FORMAT_KEYS[top];
    if (!keys) throw new Error(`not implemented in fakes: Sheets API CellFormat.${name}`);
    for (const k of keys) delete next[k];
    const f = format ?? {};
    if (top === 'numberFormat' && f.numberFormat) next.numberFormat = f.numberFormat.pattern || (f.numberFormat.type === 'TEXT' ? '@' : undefined);
    if (top === 'backgroundColor' && f.backgroundColor) next.background = hexOf(f.backgroundColor) ?? undefined;
    if (top === 'textFormat' && f.textFormat?.bold !== undefined) next.fontWeight = f.textFormat.bold ? 'bold' : 'normal';
    if (top === 'wrapStrategy' && f.wrapStrategy) {
      next.wrap = f.wrapStrategy === 'WRAP';
      if (f.wrapStrategy === 'CLIP') next.wrapStrategy = 'CLIP';
    }
    if (top === 'verticalAlignment' && f.verticalAlignment) next.verticalAlignment = f.verticalAlignment.toLowerCase();
    if (top === 'horizontalAlignment' && f.horizontalAlignment) next.horizontalAlignment = f.horizontalAlignment.toLowerCase();
  }
  for (const k of Object.keys(next) as (keyof CellFormatState)[]) if (next[k] === undefined) delete next[k];
  return next;
}

export function formatOf(state: CellFormatState | undefined): CellFormat | undefined {
  if (!state || Object.keys(state).length === 0) return undefined;
  const f: CellFormat = {};
  if (state.numberFormat)
    f.numberFormat = state.numberFormat === '@' ? { type: 'TEXT' } : { type: numberFormatType(state.numberFormat), pattern: state.numberFormat };
  if (state.background) f.backgroundColor = colorOf(state.background);
  if (state.fontWeight) f.textFormat = { bold: state.fontWeight === 'bold' };
  if (state.wrap !== undefined) f.wrapStrategy = state.wrap ? 'WRAP' : state.wrapStrategy === 'CLIP' ? 'CLIP' : 'OVERFLOW_CELL';
  if (state.verticalAlignment) f.verticalAlignment = state.verticalAlignment.toUpperCase();
  if (state.horizontalAlignment) f.horizontalAlignment = state.horizontalAlignment.toUpperCase();
  return f;
}

function numberFormatType(pattern: string): string {
  if (pattern.includes('%')) return 'PERCENT';
  if (/[yd]/i.test(pattern) && /[hs]/i.test(pattern)) return 'DATE_TIME';
  if (/[yd]/i.test(pattern) || /mmm/i.test(pattern)) return 'DATE';
  if (/[hs]/i.test(pattern)) return 'TIME';
  return 'NUMBER';
}

/** Whether a number written into a cell of this format is a date (Sheets keeps dates as serial numbers). */
export function isDateFormat(pattern: string | undefined): boolean {
  return pattern !== undefined && pattern !== '@' && ['DATE', 'DATE_TIME', 'TIME'].includes(numberFormatType(pattern));
}

/** Serial day numbers count days from 1899-12-30 in the spreadsheet's time zone ("About date & time values"). */
const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

export function serialOf(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - EPOCH_1899) / DAY_MS;
}

export function epochOfSerial(serial: number, timeZone: string): number {
  const d = new Date(EPOCH_1899 + Math.round(serial * DAY_MS));
  return epochOf(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    timeZone,
  );
}

/** A stored cell as the API's userEnteredValue (dates as serial numbers). */
export function extendedValueOf(stored: StoredCell, formula: string | undefined, timeZone: string): ExtendedValue | undefined {
  if (formula) return { formulaValue: formula };
  if (stored === '' || stored === null || stored === undefined) return undefined;
  if (typeof stored === 'string') return { stringValue: stored };
  if (typeof stored === 'number') return { numberValue: stored };
  if (typeof stored === 'boolean') return { boolValue: stored };
  return { numberValue: serialOf(stored.d, timeZone) };
}

/**
 * DataValidationRule ↔ the SpreadsheetApp fake's criteria. "ONE_OF_LIST … Supported by data validation … Requires one
 * or more ConditionValues"; BOOLEAN is the checkbox; strict "True if invalid data should be rejected"
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionType,
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#DataValidationRule).
 */
const CRITERIA: Record<string, string> = {
  ONE_OF_LIST: 'VALUE_IN_LIST',
  BOOLEAN: 'CHECKBOX',
  TEXT_IS_EMAIL: 'TEXT_IS_VALID_EMAIL',
  DATE_IS_VALID: 'DATE_IS_VALID_DATE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
};

export function validationStateOf(rule: DataValidationRule): DataValidationState {
  const type = rule.condition?.type ?? '';
  const criteria = CRITERIA[type];
  if (!criteria) throw new Error(`not implemented in fakes: Sheets API data validation condition ${type || '(none)'}`);
  const given = (rule.condition?.values ?? []).map((v) => String(v.userEnteredValue ?? ''));
  let values: JsonValue[] = [];
  if (type === 'ONE_OF_LIST') {
    if (given.length === 0) throw new InvalidRequest('Invalid ConditionValue: ONE_OF_LIST requires at least one value.');
    values = [given, rule.showCustomUi === true];
  } else if (type === 'NUMBER_BETWEEN') {
    if (given.length !== 2) throw new InvalidRequest('Invalid ConditionValue: NUMBER_BETWEEN requires exactly two values.');
    values = given.map(Number);
  }
  return { criteria, values, allowInvalid: rule.strict !== true, helpText: rule.inputMessage ?? '' };
}

export function validationRuleOf(state: DataValidationState): DataValidationRule {
  const type = Object.entries(CRITERIA).find(([, c]) => c === state.criteria)?.[0] ?? state.criteria;
  const rule: DataValidationRule = { condition: { type }, strict: !state.allowInvalid };
  if (state.helpText) rule.inputMessage = state.helpText;
  if (state.criteria === 'VALUE_IN_LIST') {
    const [list, dropdown] = state.values as [string[], boolean];
    rule.condition = { type, values: list.map((v) => ({ userEnteredValue: v })) };
    rule.showCustomUi = dropdown;
  } else if (state.criteria === 'NUMBER_BETWEEN') {
    rule.condition = { type, values: state.values.map((v) => ({ userEnteredValue: String(v) })) };
  }
  return rule;
}
