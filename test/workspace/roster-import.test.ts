import { SHEETS_TYPES } from '../../fakes/counter';
import { parseCsv } from '../../src/core/csv';
import type { RosterImportRequest } from '../../src/core/roster-import';
import { ROSTER_TABLE } from '../../src/core/tables';
import { readRoster } from '../../src/workspace/program';
import { applyRosterImport, previewRosterImport } from '../../src/workspace/roster-import';
import { ALGEBRA, createProgram, type Program, TEACHER_RIVERA, TUTOR_BEN } from '../support/program';

const HEADER = 'Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email';
const csvRequest = (csv: string, allowNewTeams = false): RosterImportRequest => ({
  source: { kind: 'rows', rows: parseCsv(csv).rows },
  allowNewTeams,
});

function rosterSheetValues(program: Program): unknown[][] {
  const ss = program.world.state.spreadsheets[program.spreadsheetId];
  const sheet = ss.sheets.find((s) => s.name === ROSTER_TABLE.name);
  return (sheet?.values ?? []).filter((row) => row.some((c) => c !== ''));
}

describe('workspace/roster-import', () => {
  let program: Program;
  beforeEach(() => {
    program = createProgram();
  });
  afterEach(() => program.close());

  it('a coordinator imports new students and an update: ids keep their leading zeros, the rest of the Roster is untouched', () => {
    const csv = [
      HEADER,
      `00301,Priya Nair,9,Math,algebra 1 - period 2,${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00302,"Diaz, Carlos",9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
    ].join('\n');
    const report = program.run(() => applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), csvRequest(csv), false));
    expect(report).toMatchObject({ written: true, newStudents: 2, badRows: 0 });
    const roster = program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()));
    expect(roster.map((s) => s.studentId)).toEqual(['00101', '00102', '00103', '00104', '00201', '00202', '00301', '00302']);
    expect(roster[7]).toMatchObject({ name: 'Diaz, Carlos', team: ALGEBRA, tutorEmail: TUTOR_BEN, active: true });
    expect(roster[6].team).toBe(ALGEBRA);
    // Stored as text, not the number 301.
    expect(
      rosterSheetValues(program)
        .slice(-2)
        .map((r) => r[0]),
    ).toEqual(['00301', '00302']);
  });

  it('with a bad row nothing is written, and the report names the row, column and problem', () => {
    const before = rosterSheetValues(program);
    const csv = [
      HEADER,
      `00301,Priya Nair,9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00302,Carlos,9,Math,${ALGEBRA},rivera-at-school,${TUTOR_BEN}`,
    ].join('\n');
    const report = program.run(() => applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), csvRequest(csv), false));
    expect(report.written).toBe(false);
    expect(report.issues).toEqual([
      { row: 3, field: 'Teacher email', value: 'rivera-at-school', message: '"rivera-at-school" is not an email address.' },
    ]);
    expect(rosterSheetValues(program)).toEqual(before);
    expect(program.world.counter.count('Range.setValues')).toBe(0);
  });

  it('"import the valid rows" writes the good ones and reports the bad', () => {
    const csv = [
      HEADER,
      `00301,Priya Nair,9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00302,Carlos,9,Math,Art 9,${TEACHER_RIVERA},${TUTOR_BEN}`,
    ].join('\n');
    const report = program.run(() => applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), csvRequest(csv), true));
    expect(report).toMatchObject({ written: true, newStudents: 1, badRows: 1 });
    expect(report.message).toBe('Imported 1 new student, updated 0. 1 row was skipped: fix them and import again.');
    const ids = program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()).map((s) => s.studentId));
    expect(ids).toContain('00301');
    expect(ids).not.toContain('00302');
  });

  it('an existing student id updates that row in place (one span write per changed column)', () => {
    const report = program.run(() =>
      applyRosterImport(
        SpreadsheetApp.getActiveSpreadsheet(),
        csvRequest('id,tutor\n00102,tutor.ben@school.example\n00104,tutor.ben@school.example'),
        false,
      ),
    );
    expect(report).toMatchObject({ written: true, updatedStudents: 1, unchangedStudents: 1, newStudents: 0 });
    const roster = program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()));
    expect(roster).toHaveLength(6);
    expect(roster.find((s) => s.studentId === '00102')?.tutorEmail).toBe(TUTOR_BEN);
    expect(roster.find((s) => s.studentId === '00102')?.name).toBe('Luis Ortega');
  });

  it('imports from another sheet of the workbook, reading what the sheet shows', () => {
    program.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.insertSheet('District export');
      sheet.getRange(1, 1, 2, 7).setValues([
        ['ID', 'Student', 'Grade', 'Subject', 'Class', 'Teacher', 'Tutor'],
        ["'00401", 'Rosa Lima', 10, 'Math', ALGEBRA, TEACHER_RIVERA, TUTOR_BEN],
      ]);
    });
    const request: RosterImportRequest = { source: { kind: 'sheet', sheetName: 'District export' }, allowNewTeams: false };
    expect(program.run(() => previewRosterImport(SpreadsheetApp.getActiveSpreadsheet(), request))).toMatchObject({
      newStudents: 1,
      badRows: 0,
      written: false,
    });
    program.run(() => applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), request, false));
    const added = program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet())).find((s) => s.studentId === '00401');
    expect(added).toMatchObject({ name: 'Rosa Lima', grade: '10' });
  });

  it('imports 5,000 students in one appending write: Sheets calls do not grow with the rows', () => {
    const importOf = (n: number, prefix: string) => {
      const lines = [HEADER];
      for (let i = 0; i < n; i++) lines.push(`${prefix}${String(i).padStart(5, '0')},Student ${i},9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`);
      return csvRequest(lines.join('\n'));
    };
    const counter = program.world.counter;
    const callsFor = (n: number, prefix: string) => {
      counter.reset();
      const report = program.run(() => applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), importOf(n, prefix), false));
      expect(report).toMatchObject({ written: true, newStudents: n });
      // Growing the sheet past its last row is one more call, once.
      return {
        sheets: counter.countTypes(SHEETS_TYPES) - counter.count('Sheet.insertRowsAfter'),
        setValues: counter.count('Range.setValues'),
        getValues: counter.count('Range.getValues'),
      };
    };
    const small = callsFor(50, '8');
    const district = callsFor(5000, '9');
    expect(district).toEqual(small);
    expect(district.setValues).toBe(1);
    expect(district.getValues).toBe(2); // the Roster once, its header row once (appendRecords)
    expect(counter.cellsWritten).toBe(5000 * ROSTER_TABLE.columns.length);
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(6 + 50 + 5000);
  });
});
