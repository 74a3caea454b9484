// Service-call and cell counts of "Refresh dashboard" and "Import roster" at realistic (200 students) and district
// scale (5,000 students, 50,000 session notes), measured on the fakes after the workbook is set up and seeded.

import { SHEETS_TYPES } from '../fakes/counter';
import { parseCsv } from '../src/core/csv';
import { PRIORITIZED_TABLE } from '../src/core/dashboard-tables';
import { refreshDashboard } from '../src/workspace/dashboard';
import { applyRosterImport } from '../src/workspace/roster-import';
import { ensureTable } from '../src/workspace/workbook-setup';
import { ALGEBRA, createProgram, type Program, TEACHER_RIVERA, TUTOR_BEN } from '../test/support/program';
import { programData, seedProgram, TODAY } from '../test/workspace/dashboard-fixtures';

export interface BenchRow {
  scenario: string;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  notes?: string;
}

function measure(program: Program, scenario: string, fn: () => void, notes?: string): BenchRow {
  const counter = program.world.counter;
  counter.reset();
  program.run(fn);
  const calls = counter.snapshot().calls;
  const api = ['Values.batchGet', 'get', 'batchUpdate'].map((m) => `${m} ${calls[`Sheets.Spreadsheets.${m}`] ?? 0}`).join(', ');
  const detail = `${api}; getValues ${calls['Range.getValues'] ?? 0}, setValues ${calls['Range.setValues'] ?? 0}, openById ${calls['SpreadsheetApp.openById'] ?? 0}`;
  return {
    scenario,
    sheetsCalls: counter.countTypes(SHEETS_TYPES),
    cellsRead: counter.cellsRead,
    cellsWritten: counter.cellsWritten,
    notes: notes ? `${detail}; ${notes}` : detail,
  };
}

function dashboardRows(students: number, notesPerStudent: number): BenchRow[] {
  const program = createProgram();
  try {
    seedProgram(program, programData(students, notesPerStudent));
    const label = `${students.toLocaleString('en-US')} students, ${(students * notesPerStudent).toLocaleString('en-US')} session notes`;
    const first = measure(
      program,
      `Refresh dashboard, first time (${label})`,
      () => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY),
      'the Prioritized Students sheet created in the same batchUpdate',
    );
    const again = measure(
      program,
      `Refresh dashboard (${label})`,
      () => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY),
      "the master's Settings, Roster and Drive Folders in one values.batchGet, each team workbook in one values.batchGet; one get of the master's structure and ONE batchUpdate: both reports, their conditional formats and the chart",
    );
    return [first, again];
  } finally {
    program.close();
  }
}

function rosterImportRow(students: number): BenchRow {
  const program = createProgram();
  try {
    program.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), PRIORITIZED_TABLE));
    const lines = ['Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email'];
    for (let i = 0; i < students; i++) lines.push(`2${String(i).padStart(5, '0')},Student ${i},9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`);
    const rows = parseCsv(lines.join('\n')).rows;
    return measure(
      program,
      `Import roster (${students.toLocaleString('en-US')} new students)`,
      () => {
        applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), { source: { kind: 'rows', rows }, allowNewTeams: false }, false);
      },
      'one appending write under the document lock',
    );
  } finally {
    program.close();
  }
}

const rows: BenchRow[] = [...dashboardRows(200, 10), ...dashboardRows(5000, 10), rosterImportRow(200), rosterImportRow(5000)];

export default rows;
