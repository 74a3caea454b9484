// Moves students' records between two workbooks (a student who changes team): copy to the new team workbook, then
// delete from the old one, so the old team keeps no row of them and a retry after a kill neither duplicates nor loses.

import { type DateFormatter, isDate, isoDateIn, literalText } from '../../core/cells';
import { QUESTIONS_TABLE } from '../../core/drive-tables';
import { indexColumns, type TableRecord, type TableSchema } from '../../core/table';
import { deletionRuns, planTableMove, type SourceRow, STUDENT_KEY, studentIdSet, type TableMovePlan } from '../../core/team/record-moves';
import { TEAM_RECORD_TABLES } from '../../core/workbook-tables';
import { readSettings } from '../program';
import { toRecord, toRow } from '../table-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableMoveCount {
  /** Rows copied to the destination by this run. */
  appended: number;
  /** Rows deleted from the source by this run. */
  removed: number;
  /** Rows of these students the destination holds after the move (what a caller compares with the source's count). */
  held: number;
}

export interface MoveResult {
  /** Per record table, by sheet name. */
  tables: Record<string, TableMoveCount>;
}

export interface MoveOptions {
  /** The destination's team, written on moved Questions (threads are listed by team). Default: the destination's Settings. */
  team?: string;
  /** Tables to move; default every record table of a team workbook. */
  tables?: readonly TableSchema[];
}

/** Thrown when the source sheet changed between the read and the delete; running the move again is safe. */
export class MoveInterruptedError extends Error {
  constructor(sheet: string) {
    super(`The "${sheet}" sheet changed while the records were moving. Nothing was lost or duplicated: run the move again.`);
    this.name = 'MoveInterruptedError';
  }
}

interface ReadSheet {
  sheet: Sheet;
  values: unknown[][];
  headers: string[];
}

interface TableWork {
  schema: TableSchema;
  source: ReadSheet;
  plan: TableMovePlan;
}

/**
 * Moves every row of `studentIds` in each record table (Goals, Action Steps, Step Check-offs, Session Notes,
 * Conferences, Questions) from `from` to the same sheet of `to`: one read per source and destination sheet, one
 * append per destination sheet, then (after a flush, so the copies are durable) the source rows are deleted, bottom
 * run first. Idempotent: rows the destination already holds are not appended again, so a run killed at any call and
 * run again ends in the same state. Update both roster slices first, so no new row of these students arrives in the
 * source while they move. The caller needs edit access to both workbooks (a coordinator's execution).
 */
export function moveStudentRecords(from: Spreadsheet, to: Spreadsheet, studentIds: readonly string[], options: MoveOptions = {}): MoveResult {
  const students = studentIdSet(studentIds);
  const tables: Record<string, TableMoveCount> = {};
  if (students.size === 0) return { tables };
  const fromDates = isoDateIn(from.getSpreadsheetTimeZone());
  const toDates = isoDateIn(to.getSpreadsheetTimeZone());
  let team = options.team;
  const work: TableWork[] = [];
  for (const schema of options.tables ?? TEAM_RECORD_TABLES) {
    const sourceSheet = from.getSheetByName(schema.name);
    if (!sourceSheet) {
      tables[schema.name] = { appended: 0, removed: 0, held: 0 };
      continue;
    }
    const source = readWhole(sourceSheet);
    const rows = sourceRows(schema, source, fromDates);
    const destSheet = to.getSheetByName(schema.name);
    if (!destSheet) throw new Error(`The destination workbook has no "${schema.name}" sheet: set up its team workbook first.`);
    const dest = readWhole(destSheet);
    const destRecords = sourceRows(schema, dest, toDates).map((r) => r.record);
    if (schema.name === QUESTIONS_TABLE.name && team === undefined && rows.some((r) => students.has(String(r.record[STUDENT_KEY]).trim())))
      team = readSettings(to, toDates).team;
    const rewrite: TableRecord = schema.name === QUESTIONS_TABLE.name && team ? { team } : {};
    const plan = planTableMove(schema, rows, destRecords, students, rewrite);
    appendRows(dest, schema, plan.append, source);
    tables[schema.name] = { appended: plan.append.length, removed: 0, held: plan.held };
    work.push({ schema, source, plan });
  }
  if (work.some((w) => w.plan.append.length > 0)) SpreadsheetApp.flush();
  for (const { schema, source, plan } of work) {
    if (plan.deleteRows.length === 0) continue;
    checkUnchanged(schema, source, plan.deleteRows, students);
    for (const run of deletionRuns(plan.deleteRows)) source.sheet.deleteRows(run.start, run.count);
    tables[schema.name].removed = plan.deleteRows.length;
  }
  return { tables };
}

/** Rows of the students a workbook's record tables hold, per sheet name (one read per sheet; for counting). */
export function countStudentRows(
  ss: Spreadsheet,
  studentIds: readonly string[],
  schemas: readonly TableSchema[] = TEAM_RECORD_TABLES,
): Record<string, number> {
  const students = studentIdSet(studentIds);
  const dates = isoDateIn(ss.getSpreadsheetTimeZone());
  const out: Record<string, number> = {};
  for (const schema of schemas) {
    const sheet = ss.getSheetByName(schema.name);
    out[schema.name] = sheet
      ? sourceRows(schema, readWhole(sheet), dates).filter((r) => students.has(String(r.record[STUDENT_KEY]).trim())).length
      : 0;
  }
  return out;
}

function readWhole(sheet: Sheet): ReadSheet {
  const values = sheet.getDataRange().getValues();
  return { sheet, values, headers: (values[0] ?? []).map((h) => String(h)) };
}

function sourceRows(schema: TableSchema, read: ReadSheet, formatDate: DateFormatter): SourceRow[] {
  const index = indexColumns(schema, read.headers);
  const rows: SourceRow[] = [];
  for (let r = 1; r < read.values.length; r++) {
    const line = read.values[r];
    if (line.every((v) => v === '' || v === null)) continue;
    rows.push({ row: r + 1, record: toRecord(schema, index, line, formatDate) });
  }
  return rows;
}

/**
 * One write below the destination's last row (known from its read). Schema columns go through the typed writers, so
 * ids like 007 stay text; a column someone added by hand to both sheets travels too, its text kept literal.
 */
function appendRows(dest: ReadSheet, schema: TableSchema, rows: readonly SourceRow[], source: ReadSheet): void {
  if (rows.length === 0) return;
  const known = new Set(schema.columns.map((c) => c.header.trim().toLowerCase()));
  const norm = (h: string) => h.trim().toLowerCase();
  const extras = dest.headers
    .map((h, at) => ({ at, from: source.headers.findIndex((s) => norm(s) === norm(h)) }))
    .filter(({ at, from }) => from >= 0 && norm(dest.headers[at]) !== '' && !known.has(norm(dest.headers[at])));
  const out = rows.map(({ row, record }) => {
    const line: (string | number | boolean | Date)[] = toRow(schema, dest.headers, record);
    for (const { at, from } of extras) line[at] = rawCell(source.values[row - 1][from]);
    return line;
  });
  const first = Math.max(dest.values.length, 1) + 1;
  const maxRows = dest.sheet.getMaxRows();
  const lastNeeded = first + out.length - 1;
  if (lastNeeded > maxRows) dest.sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  dest.sheet.getRange(first, 1, out.length, dest.headers.length).setValues(out);
}

function rawCell(value: unknown): string | number | boolean | Date {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return value;
  return literalText(String(value ?? ''));
}

/**
 * Reads the Student ID column over the rows about to go (one read) and refuses to delete if any no longer holds one of
 * the students: someone inserted or deleted rows since the read, and positions would hit other students' rows.
 */
function checkUnchanged(schema: TableSchema, source: ReadSheet, rows: readonly number[], students: ReadonlySet<string>): void {
  const at = indexColumns(schema, source.headers)[STUDENT_KEY];
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  const now = source.sheet.getRange(top, at + 1, bottom - top + 1, 1).getValues();
  if (rows.some((row) => !students.has(String(now[row - top]?.[0] ?? '').trim()))) throw new MoveInterruptedError(schema.name);
}
