// Spreadsheets.get: a spreadsheet's sheets as the API returns them (properties, protected and banded ranges, grid data).

import { features } from '../sheets/book';
import { cellKey, readStored } from '../sheets/grid';
import type { ProtectionState, SheetState, SpreadsheetState } from '../sheets/state';
import { colorOf, extendedValueOf, formatOf, gridRangeOf, validationRuleOf } from './convert';
import { InvalidRequest } from './errors';
import { chartOf, ruleOf } from './rules-charts';

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type SheetSchema = GoogleAppsScript.Sheets.Schema.Sheet;
type ProtectedRange = GoogleAppsScript.Sheets.Schema.ProtectedRange;

export interface GetOptions {
  ranges?: string[];
  includeGridData?: boolean;
  fields?: string;
}

/** Editors as listed: an explicit list, or (for a protection never changed) whoever can edit the file. */
export type EditorsOf = (p: ProtectionState) => string[];

/** Whether the requesting user may change a protection (ProtectedRange.requestingUserCanEdit). */
export type CanEdit = (p: ProtectionState) => boolean;

export function protectedRangeOf(sheet: SheetState, p: ProtectionState, editorsOf: EditorsOf, canEdit: CanEdit): ProtectedRange {
  const out: ProtectedRange = {
    protectedRangeId: p.id,
    range:
      p.type === 'SHEET'
        ? { sheetId: sheet.sheetId }
        : gridRangeOf(p.range ?? { sheetId: sheet.sheetId, row: 1, column: 1, numRows: 1, numColumns: 1 }),
    warningOnly: p.warningOnly,
    requestingUserCanEdit: canEdit(p),
  };
  if (p.description) out.description = p.description;
  if (!p.warningOnly) out.editors = { users: editorsOf(p), domainUsersCanEdit: p.domainEdit };
  if (p.unprotected.length) out.unprotectedRanges = p.unprotected.map(gridRangeOf);
  return out;
}

/** "Sheet!A1:B2", "'My sheet'!1:2" or a bare sheet name; the sheet must exist ("Unable to parse range: X"). */
export function parseRange(ss: SpreadsheetState, text: string): { sheet: SheetState; r0: number; r1: number; c0: number; c1: number } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))(?:!(.*))?$/.exec(text);
  const name = m ? (m[1] ?? m[2]).replace(/''/g, "'") : '';
  const sheet = ss.sheets.find((s) => s.name === name);
  if (!m || !sheet) throw new InvalidRequest(`Unable to parse range: ${text}`);
  const a1 = m[3];
  if (!a1) return { sheet, r0: 0, r1: sheet.maxRows, c0: 0, c1: sheet.maxColumns };
  const cell = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(a1);
  if (!cell) throw new InvalidRequest(`Unable to parse range: ${text}`);
  const col = (s: string) => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c0 = cell[1] ? col(cell[1]) - 1 : 0;
  const r0 = cell[2] ? Number(cell[2]) - 1 : 0;
  const c1 = cell[3] !== undefined ? (cell[3] ? col(cell[3]) : sheet.maxColumns) : cell[1] ? c0 + 1 : sheet.maxColumns;
  const r1 = cell[4] !== undefined ? (cell[4] ? Number(cell[4]) : sheet.maxRows) : cell[2] ? r0 + 1 : sheet.maxRows;
  return { sheet, r0, c0, r1: Math.min(r1, sheet.maxRows), c1: Math.min(c1, sheet.maxColumns) };
}

function gridData(ss: SpreadsheetState, sheet: SheetState, r0: number, r1: number, c0: number, c1: number): GoogleAppsScript.Sheets.Schema.GridData {
  const f = features(sheet);
  const rowData: GoogleAppsScript.Sheets.Schema.RowData[] = [];
  for (let r = r0; r < r1; r++) {
    const values: GoogleAppsScript.Sheets.Schema.CellData[] = [];
    for (let c = c0; c < c1; c++) {
      const key = cellKey(r, c);
      const cell: GoogleAppsScript.Sheets.Schema.CellData = {};
      const value = extendedValueOf(readStored(sheet, r, c), sheet.formulas[key], ss.timeZone);
      if (value) cell.userEnteredValue = value;
      const format = formatOf(f.formats[key]);
      if (format) cell.userEnteredFormat = format;
      if (f.notes[key]) cell.note = f.notes[key];
      if (f.validations[key]) cell.dataValidation = validationRuleOf(f.validations[key]);
      values.push(cell);
    }
    // The API drops trailing empty cells and rows.
    while (values.length && Object.keys(values[values.length - 1]).length === 0) values.pop();
    rowData.push(values.length ? { values } : {});
  }
  while (rowData.length && !rowData[rowData.length - 1].values) rowData.pop();
  return { startRow: r0, startColumn: c0, rowData };
}

function sheetOf(sheet: SheetState, index: number, editorsOf: EditorsOf, canEdit: CanEdit): SheetSchema {
  const f = features(sheet);
  const gridProperties: GoogleAppsScript.Sheets.Schema.GridProperties = { rowCount: sheet.maxRows, columnCount: sheet.maxColumns };
  if (sheet.frozenRows) gridProperties.frozenRowCount = sheet.frozenRows;
  if (sheet.frozenColumns) gridProperties.frozenColumnCount = sheet.frozenColumns;
  const properties: GoogleAppsScript.Sheets.Schema.SheetProperties = {
    sheetId: sheet.sheetId,
    title: sheet.name,
    index,
    sheetType: 'GRID',
    gridProperties,
  };
  if (sheet.hidden) properties.hidden = true;
  if (f.tabColor) properties.tabColor = colorOf(f.tabColor);
  const out: SheetSchema = { properties };
  // Sheet.conditionalFormats and Sheet.charts, in order (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet).
  if (f.conditionalFormats.length) out.conditionalFormats = f.conditionalFormats.map(ruleOf);
  if (f.charts.length) out.charts = f.charts.map((c) => chartOf(c, sheet.sheetId));
  if (f.protections.length) out.protectedRanges = f.protections.map((p) => protectedRangeOf(sheet, p, editorsOf, canEdit));
  if (f.bandings.length) {
    out.bandedRanges = f.bandings.map((b) => {
      const props = {
        headerColor: colorOf(b.headerColor),
        firstBandColor: colorOf(b.firstColor),
        secondBandColor: colorOf(b.secondColor),
        footerColor: colorOf(b.footerColor),
      };
      return {
        bandedRangeId: b.id,
        range: gridRangeOf(b.range),
        ...(b.dimension === 'ROWS' ? { rowProperties: props } : { columnProperties: props }),
      };
    });
  }
  return out;
}

/**
 * The reply of spreadsheets.get. "By default, data within grids is not returned"; includeGridData (or a field mask
 * naming sheets.data) returns it, and with `ranges` only "the portions of the spreadsheet that intersect the
 * requested ranges" (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get). The field mask is
 * read only for whether grid data is wanted: the reply is the full resource for what the fakes model.
 */
export function readSpreadsheet(ss: SpreadsheetState, options: GetOptions, editorsOf: (sheet: SheetState) => EditorsOf, canEdit: CanEdit): Schema {
  const withData = options.includeGridData === true || /\bdata\b/.test(options.fields ?? '');
  const spreadsheet: Schema = {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale ?? 'en_US', timeZone: ss.timeZone },
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.id}/edit`,
  };
  if (!options.ranges || options.ranges.length === 0) {
    spreadsheet.sheets = ss.sheets.map((sheet, i) => {
      const out = sheetOf(sheet, i, editorsOf(sheet), canEdit);
      if (withData) out.data = [gridData(ss, sheet, 0, sheet.maxRows, 0, sheet.maxColumns)];
      return out;
    });
    return spreadsheet;
  }
  const parsed = options.ranges.map((r) => parseRange(ss, r));
  spreadsheet.sheets = ss.sheets.flatMap((sheet, i) => {
    const mine = parsed.filter((p) => p.sheet === sheet);
    if (mine.length === 0) return [];
    const out = sheetOf(sheet, i, editorsOf(sheet), canEdit);
    if (withData) out.data = mine.map((p) => gridData(ss, sheet, p.r0, p.r1, p.c0, p.c1));
    return [out];
  });
  return spreadsheet;
}
