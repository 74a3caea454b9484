import { parseCsv } from '../../src/core/csv';
import type { RosterImportRequest } from '../../src/core/roster-import';
import { getRosterImportContext, importRoster, menuImportRoster, previewRosterImport } from '../../src/server/roster';
import { readRoster } from '../../src/workspace/program';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';

describe('server/roster', () => {
  let program: Program;
  beforeEach(() => {
    program = createProgram();
  });
  afterEach(() => program.close());

  it('the menu opens the Import roster dialog', () => {
    program.run(() => menuImportRoster());
    expect(program.world.state.ui.shown).toEqual([expect.objectContaining({ kind: 'modalDialog', title: 'Import roster' })]);
  });

  it('the dialog learns the teams on the Roster and the sheets it could import from', () => {
    program.run(() => SpreadsheetApp.getActiveSpreadsheet().insertSheet('District export'));
    const context = program.run(() => getRosterImportContext());
    expect(context.knownTeams).toEqual([ALGEBRA, BIOLOGY]);
    expect(context.sheets).toContain('District export');
    expect(context.sheets).not.toContain('Roster');
    expect(context.studentCount).toBe(6);
  });

  it('a coordinator checks rows, then imports them', () => {
    const rows = parseCsv(`ID,Student,Class,Teacher,Tutor\n00501,Kai Moss,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`).rows;
    const request: RosterImportRequest = { source: { kind: 'rows', rows }, allowNewTeams: false };
    expect(program.run(() => previewRosterImport(request))).toMatchObject({ newStudents: 1, written: false });
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(6);
    expect(program.run(() => importRoster(request, false))).toMatchObject({ newStudents: 1, written: true });
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(7);
  });

  it('rejects a malformed request at the boundary with a message', () => {
    const bad = { source: { kind: 'sheet', sheetName: '  ' }, allowNewTeams: false } as RosterImportRequest;
    expect(() => program.run(() => previewRosterImport(bad))).toThrow('Pick a sheet to import from.');
    const notRows = { source: { kind: 'rows', rows: 'a,b' }, allowNewTeams: false } as unknown as RosterImportRequest;
    expect(() => program.run(() => importRoster(notRows, false))).toThrow();
  });

  it('names a missing source sheet', () => {
    const request: RosterImportRequest = { source: { kind: 'sheet', sheetName: 'Nope' }, allowNewTeams: false };
    expect(() => program.run(() => previewRosterImport(request))).toThrow('There is no sheet named "Nope" in this workbook.');
  });

  it('a tutor or teacher importing into the master is refused, even with edit access, and the Roster is unchanged', () => {
    const rows = parseCsv(`ID,Student,Class,Teacher,Tutor\n00501,Kai Moss,${BIOLOGY},${TEACHER_RIVERA},${TUTOR_ANA}`).rows;
    const request: RosterImportRequest = { source: { kind: 'rows', rows }, allowNewTeams: true };
    for (const user of [TUTOR_ANA, TEACHER_RIVERA]) {
      program.world.state.drive[program.masterId].permissions.push({ id: `perm-${user}`, type: 'user', emailAddress: user, role: 'writer' });
      expect(() => program.as(user, () => importRoster(request, true))).toThrow("Only the program's coordinators can import the roster.");
      expect(() => program.as(user, () => previewRosterImport(request))).toThrow("Only the program's coordinators can import the roster.");
      expect(() => program.as(user, () => getRosterImportContext())).toThrow("Only the program's coordinators can import the roster.");
    }
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(6);
  });

  it('roster import refuses in a team workbook: the slice is written by provisioning from the master', () => {
    const rows = parseCsv(`ID,Student,Class,Teacher,Tutor\n00501,Kai Moss,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`).rows;
    const request: RosterImportRequest = { source: { kind: 'rows', rows }, allowNewTeams: false };
    expect(() => program.inTeam(ALGEBRA, COORDINATOR, () => importRoster(request, false))).toThrow(
      "This is a team workbook: import the roster in the coordinators' master workbook.",
    );
    expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => importRoster(request, false))).toThrow(
      "Only the program's coordinators can import the roster.",
    );
    expect(program.inTeam(ALGEBRA, COORDINATOR, () => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(4);
  });

  it('a coordinator whose import has a null Grade on row 4 reads "Grade (row 4): write text here." and the Roster is unchanged', () => {
    const rows: unknown[][] = [
      ['ID', 'Student', 'Grade', 'Class', 'Teacher', 'Tutor'],
      ['00501', 'Kai Moss', '9', ALGEBRA, TEACHER_RIVERA, TUTOR_BEN],
      ['00502', 'Lu Pei', '9', ALGEBRA, TEACHER_RIVERA, TUTOR_BEN],
      ['00503', 'Ora Finn', null, ALGEBRA, TEACHER_RIVERA, TUTOR_BEN],
    ];
    const request = { source: { kind: 'rows', rows }, allowNewTeams: false } as RosterImportRequest;
    const report = program.run(() => importRoster(request, false));
    expect(report).toMatchObject({ written: false, badRows: 1, validRows: 2 });
    expect(report.issues.map((i) => i.message)).toEqual(['Grade (row 4): write text here.']);
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(6);
  });

  it('a request that is not an import, or carries a __proto__ key, is refused with a message that names what to do', () => {
    expect(() => program.run(() => importRoster(null as unknown as RosterImportRequest, false))).toThrow(
      'The import request did not arrive complete: reload the dialog and try again.',
    );
    expect(() => program.run(() => previewRosterImport({ source: { kind: 'rows', rows: 'a,b' } } as unknown as RosterImportRequest))).toThrow(
      'Rows: paste CSV with a header row.',
    );
    const hostile = JSON.parse('{"source":{"kind":"rows","rows":[["ID"]]},"allowNewTeams":false,"__proto__":{"admin":true}}');
    expect(() => program.run(() => importRoster(hostile, false))).toThrow(
      'Import: the field "__proto__" is not allowed. Reload the page and try again.',
    );
    expect(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()))).toHaveLength(6);
  });
});
