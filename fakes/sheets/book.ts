// Finding a spreadsheet's and a sheet's state in the world, and creating fresh sheet state with its features.

import type { FakeWorld } from '../world';
import { sheetsError } from './messages';
import type { SheetFeatures, SheetState, SpreadsheetState } from './state';

/** Apps Script's default for new scripts and files. */
export const DEFAULT_TIME_ZONE = 'America/New_York';
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function spreadsheetState(world: FakeWorld, ssId: string): SpreadsheetState {
  const ss = world.state.spreadsheets[ssId];
  if (!ss) throw sheetsError("Document is missing (perhaps it was deleted, or you don't have read access?)");
  return ss;
}

export function sheetState(world: FakeWorld, ssId: string, sheetId: number): SheetState {
  const sheet = spreadsheetState(world, ssId).sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw sheetsError('The sheet has been deleted or is no longer available.');
  return sheet;
}

export function sheetByName(ss: SpreadsheetState, name: string): SheetState | undefined {
  return ss.sheets.find((s) => s.name === name);
}

/** The per-sheet features kept under `extra`, filling in any missing (older snapshots, seeded state). */
export function features(sheet: SheetState): SheetFeatures {
  const x = sheet.extra as Partial<SheetFeatures>;
  x.formats ??= {};
  x.notes ??= {};
  x.validations ??= {};
  x.columnWidths ??= {};
  x.rowHeights ??= {};
  x.hiddenColumns ??= [];
  x.hiddenRows ??= [];
  x.protections ??= [];
  x.conditionalFormats ??= [];
  x.charts ??= [];
  x.bandings ??= [];
  x.merges ??= [];
  if (x.tabColor === undefined) x.tabColor = null;
  return x as SheetFeatures;
}

export function nextObjectId(ss: SpreadsheetState): number {
  ss.nextObjectId = (ss.nextObjectId ?? 1000) + 1;
  return ss.nextObjectId;
}

/** A new spreadsheet's state: one sheet, "Sheet1" (1000 × 26 unless given), as SpreadsheetApp.create and Drive's files.create make it. */
export function createSpreadsheetState(id: string, name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SpreadsheetState {
  const ss: SpreadsheetState = { id, name, timeZone: DEFAULT_TIME_ZONE, sheets: [], nextSheetId: 0, activeSheetIndex: 0, namedRanges: [] };
  ss.sheets.push(newSheetState(ss, 'Sheet1', rows, columns));
  return ss;
}

export function newSheetState(ss: SpreadsheetState, name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SheetState {
  // Sheets gives the first sheet id 0 and later ones large ids; tests must not rely on either.
  const sheetId = ss.nextSheetId;
  ss.nextSheetId = sheetId === 0 ? 1_000_001 : sheetId + 7919;
  return {
    sheetId,
    name,
    values: [],
    formulas: {},
    maxRows: rows,
    maxColumns: columns,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    extra: {},
  };
}
