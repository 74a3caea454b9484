// Applies a roster import: reads the source and the Roster once, plans in core, and writes under the document lock
// (one appending setValues for new students, one span write per changed column for existing ones).

import { studentFromRecord } from '../core/records';
import { planRosterImport, type RosterImportPlan, type RosterImportReport, type RosterImportRequest, type RosterRow } from '../core/roster-import';
import { ROSTER_TABLE } from '../core/tables';
import { withDocumentLock } from './lock';
import { appendRecords, readTable, requireSheet, type TableSnapshot, updateFields } from './table-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The rows to import: the grid the dialog parsed, or another sheet's values as the coordinator sees them. */
export function readImportSource(ss: Spreadsheet, request: RosterImportRequest): unknown[][] {
  if (request.source.kind === 'rows') return request.source.rows;
  const name = request.source.sheetName;
  if (name === ROSTER_TABLE.name) throw new Error('Pick the sheet you want to import from, not the Roster itself.');
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`There is no sheet named "${name}" in this workbook.`);
  // Display values keep ids such as 00123 as shown, whatever number format the source sheet uses.
  return sheet
    .getDataRange()
    .getDisplayValues()
    .map((line) => line.map((cell) => cell.trim()));
}

function rosterRows(snapshot: TableSnapshot): RosterRow[] {
  return snapshot.rows.map((r) => ({ row: r.row, student: studentFromRecord(r.record) }));
}

function plan(
  ss: Spreadsheet,
  request: RosterImportRequest,
): { plan: RosterImportPlan; snapshot: TableSnapshot; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const sheet = requireSheet(ss, ROSTER_TABLE);
  const grid = readImportSource(ss, request);
  const snapshot = readTable(sheet, ROSTER_TABLE);
  return { plan: planRosterImport(grid, rosterRows(snapshot), { allowNewTeams: request.allowNewTeams }), snapshot, sheet };
}

/** Checks an import without writing anything: the report the dialog shows before the coordinator imports. */
export function previewRosterImport(ss: Spreadsheet, request: RosterImportRequest): RosterImportReport {
  return plan(ss, request).plan.report;
}

/**
 * Imports the roster. With any bad row nothing is written (the report says why) unless `validOnly` is set, when the
 * valid rows are written and the bad ones reported. The Roster is re-read under the lock, so a concurrent edit is seen.
 */
export function applyRosterImport(ss: Spreadsheet, request: RosterImportRequest, validOnly: boolean): RosterImportReport {
  return withDocumentLock(() => {
    const { plan: p, snapshot, sheet } = plan(ss, request);
    const { report } = p;
    if (report.validRows === 0 || (report.badRows > 0 && !validOnly)) return report;
    if (p.updates.length > 0) updateFields(sheet, ROSTER_TABLE, snapshot.index, p.updates);
    if (p.creates.length > 0) appendRecords(sheet, ROSTER_TABLE, p.creates);
    const parts = [`Imported ${report.newStudents} new student${report.newStudents === 1 ? '' : 's'}`, `updated ${report.updatedStudents}`];
    if (report.unchangedStudents) parts.push(`${report.unchangedStudents} already up to date`);
    const skipped = report.badRows > 0 ? ` ${report.badRows} row${report.badRows === 1 ? ' was' : 's were'} skipped: fix them and import again.` : '';
    return { ...report, written: true, message: `${parts.join(', ')}.${skipped}` };
  });
}
