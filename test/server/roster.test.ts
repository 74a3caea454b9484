import { parseCsv } from '../../src/core/csv';
import type { RosterImportRequest } from '../../src/core/roster-import';
import { getRosterImportContext, importRoster, menuImportRoster, previewRosterImport } from '../../src/server/roster';
import { readRoster } from '../../src/workspace/program';
import { ALGEBRA, BIOLOGY, createProgram, type Program, TEACHER_RIVERA, TUTOR_BEN } from '../support/program';

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
});
