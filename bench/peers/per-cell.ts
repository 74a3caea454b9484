// The peer a hand-written Apps Script would be: the same actions done the way most published scripts do them, one row
// with appendRow, one cell with getValue/setValue, one sheet set up cell by cell. Runs on the same fakes, so its calls
// are counted and priced by the same latency model as ours.

import { columnNote } from '../../src/core/setup/notes';
import type { TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const sheetOf = (ss: Spreadsheet, schema: TableSchema): Sheet => {
  const sheet = ss.getSheetByName(schema.name);
  if (!sheet) throw new Error(`peer: no ${schema.name} sheet`);
  return sheet;
};

/** Setup: one sheet per table, each header and its note written cell by cell, each column's width set. */
export function peerSetup(ss: Spreadsheet, schemas: readonly TableSchema[]): void {
  for (const schema of schemas) {
    const sheet = ss.getSheetByName(schema.name) ?? ss.insertSheet(schema.name);
    const missing = schema.columns.length - sheet.getMaxColumns();
    if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
    schema.columns.forEach((column, i) => {
      const cell = sheet.getRange(1, i + 1);
      cell.setValue(column.header);
      const note = columnNote(schema, column.key);
      if (note) cell.setNote(note);
      sheet.setColumnWidth(i + 1, 160);
    });
    sheet.setFrozenRows(1);
  }
}

/** Rows of one column read cell by cell (the `for (r…) getRange(r, c).getValue()` loop). */
function columnCellByCell(sheet: Sheet, column: number): unknown[] {
  const last = sheet.getLastRow();
  const values: unknown[] = [];
  for (let r = 2; r <= last; r++) values.push(sheet.getRange(r, column).getValue());
  return values;
}

/** A session note with check-offs: the student looked up in the Roster cell by cell, then one appendRow per record. */
export function peerNoteSave(ss: Spreadsheet, note: unknown[], checkOffs: unknown[][], studentId: string): void {
  const ids = columnCellByCell(sheetOf(ss, ROSTER_TABLE), 1);
  if (!ids.map(String).includes(studentId)) throw new Error('peer: unknown student');
  sheetOf(ss, SESSION_NOTES_TABLE).appendRow(note);
  for (const row of checkOffs) sheetOf(ss, CHECK_OFFS_TABLE).appendRow(row);
}

/** Whole rows of the sheet whose `column` holds `value`: the key column cell by cell, then each matching row. */
function rowsWhere(sheet: Sheet, column: number, value: string): unknown[][] {
  const keys = columnCellByCell(sheet, column);
  const width = sheet.getLastColumn();
  const out: unknown[][] = [];
  keys.forEach((key, i) => {
    if (String(key) === value) out.push(sheet.getRange(i + 2, 1, 1, width).getValues()[0]);
  });
  return out;
}

/** A student at a glance: their notes, check-offs and steps found by scanning each log's student column. */
export function peerGlance(ss: Spreadsheet, studentId: string): number {
  const studentColumn = (schema: TableSchema) => schema.columns.findIndex((c) => c.key === 'studentId') + 1;
  let found = 0;
  for (const schema of [SESSION_NOTES_TABLE, CHECK_OFFS_TABLE, ACTION_STEPS_TABLE]) {
    found += rowsWhere(sheetOf(ss, schema), studentColumn(schema), studentId).length;
  }
  return found;
}

/** Dashboard: each team workbook opened, each log read row by row, one summary row per student written with appendRow. */
export function peerDashboard(master: Spreadsheet, teamWorkbookIds: readonly string[]): void {
  const out = master.getSheetByName('Peer Dashboard') ?? master.insertSheet('Peer Dashboard');
  for (const id of teamWorkbookIds) {
    const ss = SpreadsheetApp.openById(id);
    const counts = new Map<string, number>();
    for (const schema of [SESSION_NOTES_TABLE, CHECK_OFFS_TABLE]) {
      const sheet = sheetOf(ss, schema);
      const col = schema.columns.findIndex((c) => c.key === 'studentId');
      const last = sheet.getLastRow();
      const width = sheet.getLastColumn();
      for (let row = 2; row <= last; row++) {
        const values = sheet.getRange(row, 1, 1, width).getValues()[0];
        const key = String(values[col]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [student, n] of counts) out.appendRow([student, n]);
  }
}

/** Roster import: one appendRow per student. */
export function peerRosterImport(ss: Spreadsheet, rows: readonly unknown[][]): void {
  const sheet = sheetOf(ss, ROSTER_TABLE);
  for (const row of rows) sheet.appendRow(row as unknown[]);
}
