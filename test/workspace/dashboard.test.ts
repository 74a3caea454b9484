import { SHEETS_TYPES } from '../../fakes/counter';
import type { ChartState, ConditionalFormatRuleState, SheetState } from '../../fakes/sheets/state';
import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { DASHBOARD_TABLE } from '../../src/core/tables';
import { refreshDashboard } from '../../src/workspace/dashboard';
import { ensureTable } from '../../src/workspace/workbook-setup';
import { createProgram, type Program } from '../support/program';
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
    expect(summary).toEqual({ today: TODAY, students: 8, flagged: expect.any(Number) });

    const dashboard = rows(program, DASHBOARD_TABLE.name);
    expect(dashboard[0]).toEqual(DASHBOARD_TABLE.columns.map((c) => c.header));
    expect(dashboard).toHaveLength(9);
    const header = dashboard[0] as string[];
    const col = (h: string) => header.indexOf(h);
    const maya = dashboard.find((r) => r[0] === '100000') as unknown[];
    expect(maya[col('Sessions attended (last 4 weeks)')]).toBe(1);
    expect(maya[col('Attendance rate')]).toBeCloseTo(1 / 12);
    expect(maya[col('Targeted support')]).toBe(true);
    expect(String(maya[col('Reason')])).toMatch(/^Attendance 8% \(1 of 12 sessions\) is under 75%/);

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

  it('5,000 students and 50,000 session notes: each source sheet read once, each report written once', () => {
    program = createProgram();
    seedProgram(program, programData(5000, 10));
    // The first refresh creates the Prioritized Students sheet (setup cost, once); measure the refresh itself.
    program.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), PRIORITIZED_TABLE));
    const counter = program.world.counter;
    counter.reset();
    const summary = program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(summary.students).toBe(5000);
    // Six sources (Settings, Roster, Goals, Action Steps, Step Check-offs, Session Notes), one getValues each, plus the
    // header rows of the two reports; one data write per report.
    expect(counter.count('Range.getValues')).toBe(6 + 2);
    expect(counter.count('Range.setValues')).toBe(2);
    expect(counter.count('Sheet.getDataRange')).toBe(5);
    expect(counter.cellsWritten).toBe(5000 * DASHBOARD_TABLE.columns.length + summary.flagged * PRIORITIZED_TABLE.columns.length);

    // The same refresh for 20 students costs the same number of Sheets calls (growing the sheets aside).
    const district = counter.countTypes(SHEETS_TYPES) - counter.count('Sheet.insertRowsAfter');
    const small = createProgram();
    try {
      seedProgram(small, programData(20, 10));
      small.run(() => ensureTable(SpreadsheetApp.getActiveSpreadsheet(), PRIORITIZED_TABLE));
      small.world.counter.reset();
      small.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
      expect(small.world.counter.countTypes(SHEETS_TYPES) - small.world.counter.count('Sheet.insertRowsAfter')).toBe(district);
    } finally {
      small.close();
    }
  });
});
