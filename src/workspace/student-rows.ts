// Finds one student's (or one set of steps') rows in a long log with a TextFinder and reads only those rows, or the
// block between the first and the last match: a bounded number of Sheets calls, and no cell of the rest of the log;
// and finds the rows a save key left (retries and "did it land?").

import { readCell } from '../core/cells';
import { QUESTIONS_TABLE } from '../core/drive-tables';
import { type KeyHit, type SaveSheets, type SaveTrace, traceOf } from '../core/saves/save-key';
import { type ColumnIndex, columnOf, indexColumns, type TableRecord, type TableSchema } from '../core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../core/tables';
import { readHeaders, toRecord } from './table-store';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The header row of a log and the cells of its key column that matched, in sheet order. */
export interface KeyMatches {
  headers: string[];
  index: ColumnIndex;
  /** 0-based column of the key searched. */
  column: number;
  matches: Range[];
}

/** A matched row as read, in sheet order. */
export interface MatchedRow {
  /** Sheet row; absent when the row was read through its match (asking for it would cost a call). */
  row?: number;
  record: TableRecord;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The cells of the log's `key` column that hold one of `values`. The TextFinder searches only that column's data rows,
 * on Google's side: no cell of the log is read. It matches the whole cell, any case, spaces around allowed, so it finds
 * at least every row `readCell` reads as equal; callers compare the records they read exactly.
 *
 * Sheets calls: 3 for the header row, getLastRow, then getRange, createTextFinder, useRegularExpression,
 * matchEntireCell, findAll — 9, however many rows match (none of the log's cells: the search runs in Sheets).
 */
export function findKeyRows(sheet: Sheet, schema: TableSchema, key: string, values: readonly string[]): KeyMatches {
  const headers = readHeaders(sheet);
  const index = indexColumns(schema, headers);
  const column = index[key];
  const dataRows = sheet.getLastRow() - 1;
  const wanted = values.map((v) => v.trim()).filter((v) => v !== '');
  if (column < 0 || dataRows < 1 || wanted.length === 0) return { headers, index, column, matches: [] };
  const matches = sheet
    .getRange(2, column + 1, dataRows, 1)
    .createTextFinder(`\\s*(?:${wanted.map(escapeRegExp).join('|')})\\s*`)
    .useRegularExpression(true)
    .matchEntireCell(true)
    .findAll();
  return { headers, index, column, matches };
}

/** At most this many matches are read one row each (offset + getValues: 2 calls a match), to keep calls bounded. */
export const ROWS_READ_ONE_BY_ONE = 8;

/**
 * What one Sheets call is worth in cells when choosing how to read matched rows: a round trip (tens of milliseconds in
 * Apps Script) against moving ~50 more cells in a getValues that is made anyway.
 */
export const CELLS_PER_CALL = 50;

export type ReadPlan = 'each' | 'block' | 'columns';

/**
 * The cheapest way to read `matches` rows lying within `rows` rows of a log `width` columns wide, counting a call as
 * CELLS_PER_CALL cells:
 * - `each`: every match's row through its match, 2 calls and `width` cells a match (at most ROWS_READ_ONE_BY_ONE);
 * - `block`: the rows from the first match to the last, whole: 2 calls, rows × width cells;
 * - `columns`: `keys` columns of that block (2 calls, `rows` cells each), then `thenRows` rows whole (2 calls each).
 * Rows close together are read as a block; a few far apart one by one; many far apart by column, which never reads
 * more cells than reading those columns of the whole log did.
 */
export function readPlan(matches: number, rows: number, width: number, keys: number, thenRows = 0): ReadPlan {
  const cost = (calls: number, cells: number) => calls * CELLS_PER_CALL + cells;
  const plans: [ReadPlan, number][] = [
    ['block', cost(2, rows * width)],
    ['columns', cost(2 * (keys + thenRows), rows * keys + thenRows * width)],
  ];
  if (matches <= ROWS_READ_ONE_BY_ONE) plans.unshift(['each', cost(2 * matches, matches * width)]);
  return plans.reduce((best, plan) => (plan[1] < best[1] ? plan : best))[0];
}

/**
 * Reads the matched rows, in sheet order — with the other rows in between when read as a block or by column, which
 * callers filter out. `whole` says whether every record holds every column, or only `keys` (then `row` is set, for
 * `readRowsAt`).
 *
 * Sheets calls beyond `findKeyRows`: none without a match; 2 for one; otherwise the first and last match's getRow,
 * then per `readPlan` 2 a match (≤ 16), 2, or 2 per key column. Cells: the matched rows, or the rows (whole, or `keys`
 * columns of them) from the first match to the last.
 */
export function readMatchedRows(
  sheet: Sheet,
  schema: TableSchema,
  found: KeyMatches,
  keys: readonly string[],
  thenRows = 0,
): { rows: MatchedRow[]; whole: boolean } {
  const { headers, index, column, matches } = found;
  const width = headers.length;
  const each = () => ({
    rows: matches.map((m) => ({ record: toRecord(schema, index, m.offset(0, -column, 1, width).getValues()[0]) })),
    whole: true,
  });
  if (matches.length <= 1) return each();
  const first = matches[0].getRow();
  const count = matches[matches.length - 1].getRow() - first + 1;
  const plan = readPlan(matches.length, count, width, keys.length, thenRows);
  if (plan === 'each') return each();
  if (plan === 'block') {
    const values = sheet.getRange(first, 1, count, width).getValues();
    return { rows: values.map((line, i) => ({ row: first + i, record: toRecord(schema, index, line) })), whole: true };
  }
  const rows: MatchedRow[] = Array.from({ length: count }, (_, i) => ({ row: first + i, record: {} }));
  for (const key of keys) {
    const spec = columnOf(schema, key);
    const at = index[key];
    const values = at < 0 ? null : sheet.getRange(first, at + 1, count, 1).getValues();
    rows.forEach((r, i) => {
      r.record[key] = readCell(spec, values ? values[i][0] : '');
    });
  }
  return { rows, whole: false };
}

/**
 * Every row a save key left anywhere in the workbook, found by one spreadsheet-wide TextFinder: the ids of a save all
 * contain its key (`idsOf`), so one search answers "did any write of this save land, and which" for every sheet at
 * once, on Google's side, reading no cell. A save that never ran costs 2 Sheets calls (createTextFinder, findAll);
 * each cell found costs 4 more (its sheet, the sheet's name, its row, its value) — only retries find any.
 */
export function findSaveTrace(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: string): SaveTrace {
  const hits: KeyHit[] = ss
    .createTextFinder(key)
    .findAll()
    .map((cell) => ({ sheet: cell.getSheet().getName(), row: cell.getRow(), value: String(cell.getValue()) }));
  return traceOf(key, hits, SAVE_SHEETS);
}

/** The team workbook's sheets a save writes, by their names. */
export const SAVE_SHEETS: SaveSheets = {
  notes: SESSION_NOTES_TABLE.name,
  checkOffs: CHECK_OFFS_TABLE.name,
  goals: GOALS_TABLE.name,
  steps: ACTION_STEPS_TABLE.name,
  conferences: CONFERENCES_TABLE.name,
  questions: QUESTIONS_TABLE.name,
};
