// A coordinator sets up the program workbook from the menu, then upgrades it after the schema grows.

import { SHEETS_TYPES } from '../../fakes/counter';
import { literalText } from '../../src/core/cells';
import type { TableSchema } from '../../src/core/table';
import { ROSTER_TABLE } from '../../src/core/tables';
import { MASTER_TABLES } from '../../src/core/workbook-tables';
import { getSetupDefaults, menuSetUpWorkbook, setUpWorkbook } from '../../src/server/workbook';
import { readRoster, readSettings } from '../../src/workspace/program';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import { ensureTable } from '../../src/workspace/workbook-setup';
import { ALGEBRA, aStudent, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';

const FORM = {
  programName: 'Northside High Tutoring',
  tier: '2',
  setting: 'In-School',
  takeUp: 'Mandatory',
  dosage: '3',
  ratio: 'Small Groups',
  termStart: '2026-09-07',
  termEnd: '2026-12-18',
} as const;

describe('Set up program workbook', () => {
  let program: Program;
  afterEach(() => program.close());

  it('opens the setup dialog from the menu', () => {
    program = createProgram({ setUp: false });
    program.run(() => menuSetUpWorkbook());
    const shown = program.world.state.ui.shown.at(-1);
    expect(shown).toMatchObject({ kind: 'modalDialog', title: 'Set up program workbook', host: 'sheets' });
    expect(shown?.html).toContain('data-page="SetupDialog"');
  });

  it('a coordinator sets up a new workbook: every sheet, headers with notes, validation, frozen and protected header', () => {
    program = createProgram({ setUp: false });
    const result = program.run(() => setUpWorkbook({ ...FORM }));
    expect(result.ok).toBe(true);
    const ss = program.world.state.spreadsheets[program.spreadsheetId];
    expect(ss.sheets.map((s) => s.name)).toEqual(MASTER_TABLES.map((t) => t.name));
    program.run(() => {
      const book = SpreadsheetApp.getActiveSpreadsheet();
      const roster = book.getSheetByName('Roster')!;
      expect(roster.getRange(1, 1, 1, ROSTER_TABLE.columns.length).getValues()[0]).toEqual(ROSTER_TABLE.columns.map((c) => c.header));
      expect(roster.getFrozenRows()).toBe(1);
      expect(roster.getRange('A1').getNote()).toContain('One row per student');
      expect(roster.getRange('F1').getNote()).toContain('never a shared login');
      const protections = roster.getProtections(SpreadsheetApp.ProtectionType.RANGE);
      expect(protections).toHaveLength(1);
      expect(protections[0].getRange().getA1Notation()).toBe('A1:M1');
      expect(protections[0].getEditors().map((u) => u.getEmail())).toEqual([COORDINATOR]);
      const active = roster.getRange('I2').getDataValidation();
      expect(String(active?.getCriteriaType())).toBe('CHECKBOX');
      const email = roster.getRange('F5').getDataValidation();
      expect(String(email?.getCriteriaType())).toBe('TEXT_IS_VALID_EMAIL');
      // The master holds no logs: session notes live in the team workbooks provisioning makes.
      expect(book.getSheetByName('Session Notes')).toBeNull();
      expect(book.getSheetByName('Sheet1')).toBeNull();
      expect(readSettings(book)).toMatchObject({
        programName: 'Northside High Tutoring',
        tier: 2,
        dosage: 3,
        ratio: 'Small Groups',
        termEnd: '2026-12-18',
      });
    });
  });

  it('rejects a bad form with a message per field and writes nothing', () => {
    program = createProgram({ setUp: false });
    const result = program.run(() => setUpWorkbook({ ...FORM, programName: '  ', dosage: '0', termEnd: '2026-09-01' }));
    expect(result).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: {
        programName: 'Program name is required.',
        dosage: 'Dosage is the number of sessions per week: a whole number from 1 to 10.',
        termEnd: 'Term end must be after term start.',
      },
    });
    expect(program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('prefills the dialog from the settings of a workbook set up before', () => {
    program = createProgram();
    const defaults = program.run(() => getSetupDefaults());
    expect(defaults.settings).toMatchObject({ programName: 'Northside High Tutoring', tier: 2 });
  });

  it('running setup again changes nothing and keeps every row', () => {
    program = createProgram();
    const before = JSON.stringify(program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.values));
    const result = program.run(() => setUpWorkbook({ ...FORM }));
    expect(result.ok && result.value.tables.every((t) => !t.created && t.addedColumns.length === 0)).toBe(true);
    const after = JSON.stringify(program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.values));
    expect(after).toBe(before);
    // The master's own tables, plus the Drive Folders sheet that lists the team workbooks.
    expect(program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.name)).toEqual([
      ...MASTER_TABLES.map((t) => t.name),
      'Drive Folders',
    ]);
  });

  it('upgrades a schema: set up, add 200 rows, reorder columns and add a user column, add a schema column, set up again — every row intact', () => {
    program = createProgram();
    const students = Array.from({ length: 200 }, (_, i) =>
      aStudent({ studentId: String(i + 1).padStart(5, '0'), name: `Student ${i + 1}`, tutorEmail: TUTOR_ANA }),
    );
    program.run(() => {
      const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
      appendRecords(
        sheet,
        ROSTER_TABLE,
        students.map((s) => ({ ...s })),
      );
      // A coordinator moves "Grade" to the end and adds a column of their own (cut and paste keeps text as text).
      const values = sheet
        .getDataRange()
        .getValues()
        .map((row) => row.map((v) => (typeof v === 'string' ? literalText(v) : v)));
      const reordered = values.map((row) => [...row.slice(0, 2), ...row.slice(3), row[2], row === values[0] ? 'Bus route' : 'Route 7']);
      sheet.getRange(1, 1, reordered.length, reordered[0].length).setValues(reordered);
    });
    const v2: TableSchema = {
      ...ROSTER_TABLE,
      version: 2,
      columns: [
        ...ROSTER_TABLE.columns,
        { key: 'pronouns', audience: 'team', header: 'Pronouns', type: 'text', note: 'How the student asks to be addressed.', since: 2 },
      ],
    };
    const result = program.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), v2));
    expect(result).toEqual({ sheet: 'Roster', created: false, addedColumns: ['Pronouns'] });
    program.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const table = readTable(requireSheet(ss, v2), v2);
      expect(table.headers).toEqual([...ROSTER_TABLE.columns.map((c) => c.header).filter((h) => h !== 'Grade'), 'Grade', 'Bus route', 'Pronouns']);
      const roster = readRoster(ss);
      expect(roster).toHaveLength(206);
      expect(roster.slice(6)).toEqual(students);
      expect(table.rows.every((r) => r.record.pronouns === '')).toBe(true);
      const busRoute = table.headers.indexOf('Bus route') + 1;
      expect(ss.getSheetByName('Roster')!.getRange(7, busRoute).getValue()).toBe('Route 7');
    });
    // And once more: nothing left to add.
    expect(program.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), v2)).addedColumns).toEqual([]);
  });

  it('costs a number of Sheets calls that depends on the sheets, not the rows', () => {
    const cost = (rows: number) => {
      const p = createProgram({ students: Array.from({ length: rows }, (_, i) => aStudent({ studentId: `S${i}` })) });
      p.world.counter.reset();
      p.run(() => setUpWorkbook({ ...FORM }));
      const calls = p.world.counter.countTypes(SHEETS_TYPES);
      p.close();
      return calls;
    };
    program = createProgram();
    const small = cost(5);
    const large = cost(2000);
    // 2,000 students grew the Roster past its 1,000 rows: the re-run extends the header banding over them (one batch).
    expect(large).toBeLessThanOrEqual(small + 1);
    // The guard's and the server's own reads (role, settings) are 8 of them; setup itself is getId and one get.
    expect(small).toBeLessThanOrEqual(11);
  });

  it('a fresh setup is at most 5 calls (one batchUpdate), and a re-run with nothing to do at most 3 and no batch', () => {
    program = createProgram({ setUp: false });
    program.run(() => setUpWorkbook({ ...FORM }));
    const setupCalls = program.world.counter.snapshot();
    // getId, the refused all-sheets get, the structure, the cells, one batchUpdate (the guard's reads excluded).
    expect(program.world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(program.world.counter.count('Sheets.Spreadsheets.get')).toBeLessThanOrEqual(3);
    program.world.counter.reset();
    const before = JSON.stringify(program.world.state.spreadsheets[program.spreadsheetId]);
    program.run(() => setUpWorkbook({ ...FORM }));
    expect(program.world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
    expect(program.world.counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(JSON.stringify(program.world.state.spreadsheets[program.spreadsheetId])).toBe(before);
    console.log(`workbook setup: first run ${JSON.stringify(setupCalls.calls)}; re-run ${JSON.stringify(program.world.counter.snapshot().calls)}`);
  });
});

/** What the owner does in Drive's own Share dialog (outside the add-on): gives `email` edit access to the file. */
function shareInDrive(program: Program, fileId: string, email: string): void {
  program.world.state.drive[fileId].permissions.push({ id: `perm-${email}`, type: 'user', emailAddress: email, role: 'writer' });
}

describe('Who may set up the program', () => {
  let program: Program;
  afterEach(() => program.close());

  it('whoever sets up a new master is recorded as its coordinator, with the others they name', () => {
    program = createProgram({ setUp: false });
    shareInDrive(program, program.masterId, 'new.coordinator@school.example');
    const result = program.as('new.coordinator@school.example', () => setUpWorkbook({ ...FORM, coordinators: 'Deputy@School.example' }));
    expect(result.ok).toBe(true);
    const settings = program.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
    expect(settings.coordinators).toEqual(['deputy@school.example', 'new.coordinator@school.example']);
    expect(settings).toMatchObject({ team: '', masterWorkbookId: '' });
  });

  it('a coordinator adds a deputy in the dialog; the deputy saving later keeps both, and removing the deputy leaves only who saved', () => {
    program = createProgram();
    shareInDrive(program, program.masterId, 'deputy@school.example');
    program.run(() => setUpWorkbook({ ...FORM, coordinators: `${COORDINATOR}, deputy@school.example` }));
    const coordinators = () => program.run(() => [...readSettings(SpreadsheetApp.getActiveSpreadsheet()).coordinators].sort());
    expect(coordinators()).toEqual([COORDINATOR, 'deputy@school.example']);
    const shown = program.as('deputy@school.example', () => getSetupDefaults().settings?.coordinators.join(', ') ?? '');
    program.as('deputy@school.example', () => setUpWorkbook({ ...FORM, coordinators: shown }));
    expect(coordinators()).toEqual([COORDINATOR, 'deputy@school.example']);
    program.run(() => setUpWorkbook({ ...FORM, coordinators: COORDINATOR }));
    expect(coordinators()).toEqual([COORDINATOR]);
    expect(() => program.as('deputy@school.example', () => getSetupDefaults())).toThrow("Only the program's coordinators");
  });

  it.each([
    ['a tutor', TUTOR_ANA],
    ['a teacher', TEACHER_RIVERA],
    ['an outsider', 'stranger@school.example'],
  ])('%s re-running setup of the master is refused and nothing changes', (_who, user) => {
    program = createProgram();
    // Even with edit access to the file (shared by mistake, or a single-workbook program before its upgrade).
    shareInDrive(program, program.masterId, user);
    const before = JSON.stringify(program.world.state.spreadsheets[program.masterId].sheets.map((s) => s.values));
    expect(() => program.as(user, () => setUpWorkbook({ ...FORM, programName: 'Taken over', coordinators: user }))).toThrow(
      "Only the program's coordinators can set up the program workbook.",
    );
    expect(() => program.as(user, () => getSetupDefaults())).toThrow("Only the program's coordinators can set up the program workbook.");
    expect(JSON.stringify(program.world.state.spreadsheets[program.masterId].sheets.map((s) => s.values))).toBe(before);
  });

  it('setup refuses in a team workbook, even for a coordinator, and changes nothing there', () => {
    program = createProgram();
    const teamId = program.teamWorkbookId(ALGEBRA);
    const before = JSON.stringify(program.world.state.spreadsheets[teamId].sheets.map((s) => s.values));
    const result = program.inTeam(ALGEBRA, COORDINATOR, () => setUpWorkbook({ ...FORM }));
    expect(result).toMatchObject({ ok: false, message: "This is a team workbook: change the program in the coordinators' master workbook." });
    expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => setUpWorkbook({ ...FORM }))).toThrow(
      "Only the program's coordinators can set up the program workbook.",
    );
    expect(JSON.stringify(program.world.state.spreadsheets[teamId].sheets.map((s) => s.values))).toBe(before);
  });
});
