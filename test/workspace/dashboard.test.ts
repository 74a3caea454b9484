import { SHEETS_TYPES } from '../../fakes/counter';
import type { ChartState, ConditionalFormatRuleState, SheetState } from '../../fakes/sheets/state';
import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { toRecord } from '../../src/core/records';
import { DASHBOARD_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { refreshDashboard } from '../../src/workspace/dashboard';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ensureTable } from '../../src/workspace/workbook-setup';
import { ALGEBRA, aStudent, BIOLOGY, createProgram, type Program } from '../support/program';

const CHEMISTRY = 'Chemistry - Period 6';

import { aNote, programData, seedProgram, TODAY } from './dashboard-fixtures';

function sheetState(program: Program, name: string): SheetState {
  const sheet = program.world.state.spreadsheets[program.spreadsheetId].sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

function rows(program: Program, name: string): unknown[][] {
  return sheetState(program, name).values.filter((r) => r.some((c) => c !== ''));
}

describe('workspace/dashboard', () => {
  let program: Program;
  afterEach(() => program.close());

  it('a coordinator refreshes the dashboard: one row per active student, flagged students listed by need', () => {
    program = createProgram();
    const data = programData(8);
    // Student 100000 is absent from most sessions in the window.
    data.notes = data.notes.filter((n) => n.studentId !== '100000');
    data.notes.push(aNote('100000', '2026-11-02'));
    seedProgram(program, data);

    const summary = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(summary).toEqual({ today: TODAY, students: 8, flagged: expect.any(Number), teamsWithoutData: 0 });

    const dashboard = rows(program, DASHBOARD_TABLE.name);
    expect(dashboard[0]).toEqual(DASHBOARD_TABLE.columns.map((c) => c.header));
    expect(dashboard).toHaveLength(9);
    const header = dashboard[0] as string[];
    const col = (h: string) => header.indexOf(h);
    const maya = dashboard.find((r) => r[0] === '100000') as unknown[];
    expect(maya[col('Sessions attended (last 4 weeks)')]).toBe(1);
    expect(maya[col('Attendance rate')]).toBeCloseTo(1 / 12);
    expect(maya[col('Targeted support')]).toBe(true);
    expect(String(maya[col('Reason')])).toMatch(/^Attendance 8% \(1 of 12 sessions in the last 4 weeks\) is under 75%/);

    const list = rows(program, PRIORITIZED_TABLE.name);
    expect(list[0]).toEqual(PRIORITIZED_TABLE.columns.map((c) => c.header));
    expect(list).toHaveLength(summary.flagged + 1);
    const priorities = list.slice(1).map((r) => Number(r[PRIORITIZED_TABLE.columns.length - 1]));
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(list.slice(1).map((r) => r[0])).toEqual(list.slice(1).map((_, i) => i + 1));
  });

  it('highlights flagged rows and low rates, and charts progress to goal of the most urgent students', () => {
    program = createProgram();
    seedProgram(program, programData(30));
    const { flagged } = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(flagged).toBeGreaterThan(10);

    const dash = sheetState(program, DASHBOARD_TABLE.name);
    const rules = (dash.extra.conditionalFormats ?? []) as ConditionalFormatRuleState[];
    expect(rules).toHaveLength(5);
    expect(rules.slice(0, 4).every((r) => r.format.fontColor === '#d93025')).toBe(true);
    expect(rules[4].format.background).toBe('#fef7e0');
    expect(rules[4].values).toEqual(['=$L2=TRUE']);
    expect(rules[4].ranges[0]).toMatchObject({ row: 2, numRows: 30, numColumns: DASHBOARD_TABLE.columns.length });

    const charts = (dash.extra.charts ?? []) as ChartState[];
    expect(charts).toHaveLength(1);
    expect(charts[0].ranges[0]).toMatchObject({
      sheetId: sheetState(program, PRIORITIZED_TABLE.name).sheetId,
      row: 1,
      numRows: Math.min(flagged, 20) + 1,
    });

    // Refreshing again replaces the chart and rules rather than adding more.
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect((dash.extra.charts as ChartState[]).length).toBe(1);
    expect(sheetState(program, DASHBOARD_TABLE.name).extra.conditionalFormats).toHaveLength(5);
  });

  it('a refresh after students leave clears the rows the old report left below', () => {
    program = createProgram();
    seedProgram(program, programData(12));
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    seedProgram(program, programData(5));
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(rows(program, DASHBOARD_TABLE.name)).toHaveLength(6);
  });

  it('students whose team has no workbook yet show with no data and the reason, unflagged; the other teams refresh', () => {
    program = createProgram();
    const data = programData(6);
    data.students.push(aStudent({ studentId: '300001', name: 'Ines Duarte', team: CHEMISTRY }));
    seedProgram(program, data);
    const summary = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(summary).toMatchObject({ students: 7, teamsWithoutData: 1 });
    const dashboard = rows(program, DASHBOARD_TABLE.name);
    const header = dashboard[0] as string[];
    const ines = dashboard.find((r) => r[0] === '300001') as unknown[];
    expect(ines[header.indexOf('Targeted support')]).toBe(false);
    expect(ines[header.indexOf('Attendance rate')]).toBe('');
    expect(ines[header.indexOf('Sessions attended (last 4 weeks)')]).toBe('');
    expect(ines[header.indexOf('Reason')]).toBe('No data: the team has no team workbook yet (provision Drive folders and team workbooks)');
    // The students of teams with a workbook have their data.
    const first = dashboard.find((r) => r[0] === '100000') as unknown[];
    expect(first[header.indexOf('Sessions attended (last 4 weeks)')]).toBeGreaterThan(0);
    expect(rows(program, PRIORITIZED_TABLE.name).map((r) => r[1])).not.toContain('Ines Duarte');
  });

  it("records count only from the student's own team workbook, and a team workbook that cannot be opened is reported", () => {
    program = createProgram();
    const data = programData(4);
    seedProgram(program, data);
    // A stray copy of an Algebra student's note in Biology's workbook (as a half-done team change could leave) is ignored.
    program.run(() => {
      const ss = SpreadsheetApp.openById(program.teamWorkbookId(BIOLOGY));
      appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [toRecord(aNote('100000', '2026-11-03'))]);
    });
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    const before = rows(program, DASHBOARD_TABLE.name);
    const attended = (table: unknown[][]) =>
      (table.find((r) => r[0] === '100000') as unknown[])[(table[0] as string[]).indexOf('Sessions attended (last 4 weeks)')];
    const { notes } = data;
    expect(attended(before)).toBe(notes.filter((n) => n.studentId === '100000' && n.attended && n.date >= '2026-10-09').length);
    // Biology's workbook is gone from Drive: its students show why, Algebra's still refresh.
    delete program.world.state.spreadsheets[program.teamWorkbookId(BIOLOGY)];
    delete program.world.state.drive[program.teamWorkbookId(BIOLOGY)];
    const summary = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(summary.teamsWithoutData).toBe(1);
    const after = rows(program, DASHBOARD_TABLE.name);
    const biology = after.find((r) => r[0] === '100001') as unknown[];
    expect(String(biology[(after[0] as string[]).indexOf('Reason')])).toMatch(/^No data: its team workbook could not be read \(/);
    expect(attended(after)).toBe(attended(before));
  });

  /** Refreshes a seeded program and returns its Sheets calls (growing the sheets aside) and team workbooks opened. */
  function refreshCost(p: Program): { calls: number; opens: number } {
    p.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), PRIORITIZED_TABLE));
    p.world.counter.reset();
    p.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    const c = p.world.counter;
    return { calls: c.countTypes(SHEETS_TYPES), opens: c.count('Sheets.Spreadsheets.Values.batchGet') - 1 };
  }

  it('5,000 students and 50,000 session notes in two team workbooks: one read per source sheet, each report written once', () => {
    program = createProgram();
    seedProgram(program, programData(5000, 10));
    // The first refresh creates the Prioritized Students sheet (setup cost, once); measure the refresh itself.
    program.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), PRIORITIZED_TABLE));
    const counter = program.world.counter;
    counter.reset();
    const summary = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(summary.students).toBe(5000);
    // The master's Settings, Roster and Drive Folders (the list of team workbooks) in one values.batchGet; per team
    // workbook ONE values.batchGet of Goals, Action Steps, Step Check-offs and Session Notes (no openById, no time
    // zone); then one Spreadsheets.get of the master's structure and ONE batchUpdate for both reports (header and
    // rows), their conditional formats and the chart. No SpreadsheetApp range is read or written.
    expect(counter.count('SpreadsheetApp.openById')).toBe(0);
    expect(counter.count('Sheets.Spreadsheets.Values.batchGet')).toBe(1 + 2);
    expect(counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    expect(counter.countTypes(['Range', 'Sheet'])).toBe(0);
    // Cells written are the cells the two reports now hold (blank rates and reasons are cleared, not written).
    const held = [DASHBOARD_TABLE.name, PRIORITIZED_TABLE.name].reduce(
      (n, name) =>
        n +
        rows(program, name)
          .flat()
          .filter((c) => c !== '').length,
      0,
    );
    expect(counter.cellsWritten).toBe(held);
    expect(rows(program, DASHBOARD_TABLE.name)).toHaveLength(5000 + 1);

    // The same refresh for 20 students costs the same number of Sheets calls (growing the sheets is in the batch).
    const district = counter.countTypes(SHEETS_TYPES);
    const small = createProgram();
    try {
      seedProgram(small, programData(20, 10));
      expect(refreshCost(small)).toEqual({ calls: district, opens: 2 });
    } finally {
      small.close();
    }
  });

  it('each more team costs one Sheets call (a values.batchGet), whatever its rows', () => {
    const withTeams = (teams: string[], students: number) => {
      const roster = teams.map((team, i) => aStudent({ studentId: `9${i}`, team }));
      const p = createProgram({ students: roster });
      try {
        seedProgram(p, programData(students, 4, teams));
        return refreshCost(p);
      } finally {
        p.close();
      }
    };
    program = createProgram();
    const two = withTeams([ALGEBRA, BIOLOGY], 40);
    const three = withTeams([ALGEBRA, BIOLOGY, CHEMISTRY], 60);
    const threeLarge = withTeams([ALGEBRA, BIOLOGY, CHEMISTRY], 3000);
    expect(three).toEqual({ calls: two.calls + TEAM_READ_CALLS, opens: 3 });
    expect(threeLarge).toEqual(three);
  });
});

/** One values.batchGet of the four record sheets (it was 14: openById, the time zone, 3 per sheet). */
const TEAM_READ_CALLS = 1;
