import { setUserLocale } from '../../fakes/script/session';
import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { DASHBOARD_TABLE } from '../../src/core/tables';
import { menuRefreshDashboard } from '../../src/server/dashboard';
import { refreshDashboard } from '../../src/workspace/dashboard';
import { todayIn } from '../../src/workspace/today';
import { COORDINATOR, createProgram, type Program } from '../support/program';

describe('server/dashboard', () => {
  let program: Program;
  beforeEach(() => {
    program = createProgram();
  });
  afterEach(() => program.close());

  it('"Refresh dashboard" rebuilds both report sheets and says how many students need targeted support', () => {
    const { summary } = program.run(() => menuRefreshDashboard());
    expect(summary?.students).toBe(6);
    expect(summary?.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const names = program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([DASHBOARD_TABLE.name, PRIORITIZED_TABLE.name]));
    expect(names.indexOf(PRIORITIZED_TABLE.name)).toBe(names.indexOf(DASHBOARD_TABLE.name) + 1);
    // Every student's progress in words, in the last column: the goal, or that there is none.
    const dash = program.world.state.spreadsheets[program.spreadsheetId].sheets.find((s) => s.name === DASHBOARD_TABLE.name);
    const header = dash?.values[0] ?? [];
    const at = header.indexOf('Progress in words');
    expect(at).toBe(DASHBOARD_TABLE.columns.length - 1);
    const progress = (dash?.values ?? []).slice(1, 7).map((r) => String(r[at]));
    expect(progress).toHaveLength(6);
    for (const text of progress)
      expect(text).toMatch(/^(Goal: .+ — .+; (on track|target met|overdue since .+|score moving away from the target)|No active goal)$/);
    expect(program.world.state.ui.toasts).toEqual([
      {
        title: 'Dashboard refreshed',
        message: expect.stringMatching(/^6 students; \d+ students? needs? targeted support \(see Prioritized Students\)\.$/),
      },
    ]);
  });

  it('a Dutch coordinator reads the toast in Dutch', () => {
    setUserLocale(program.world, COORDINATOR, 'nl');
    program.run(() => menuRefreshDashboard());
    expect(program.world.state.ui.toasts.at(-1)).toEqual({
      title: 'Dashboard bijgewerkt',
      message: expect.stringMatching(
        /^6 leerlingen; (1 leerling heeft|\d+ leerlingen hebben) extra ondersteuning nodig \(zie Prioritized Students\)\.$/,
      ),
    });
  });

  it('a coordinator refreshes two teams: 3 Sheets API reads and a 2-call write, the chart and colours included', () => {
    program.run(() => menuRefreshDashboard());
    const counter = program.world.counter;
    counter.reset();
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), todayIn(SpreadsheetApp.getActiveSpreadsheet())));
    // Reads: the master's Settings, Roster and Drive Folders in one values.batchGet, one per team workbook (2 teams).
    expect(counter.count('Sheets.Spreadsheets.Values.batchGet')).toBe(3);
    // Write: one structure read (sheet ids, the rules and chart to replace) and ONE batchUpdate for everything.
    expect(counter.count('Sheets.Spreadsheets.get')).toBe(1);
    expect(counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
    // Nothing goes through SpreadsheetApp's ranges, rule builders or chart builders any more.
    expect(counter.countTypes(['Range', 'Sheet', 'ConditionalFormatRuleBuilder', 'EmbeddedChartBuilder'])).toBe(0);
    const dash = program.world.state.spreadsheets[program.spreadsheetId].sheets.find((s) => s.name === DASHBOARD_TABLE.name);
    expect(dash?.extra.conditionalFormats as unknown[]).toHaveLength(5);
    expect(dash?.extra.charts as unknown[]).toHaveLength(1);

    // From the menu the same refresh runs as a one-execution job: the master's sources are read when it starts, when
    // its chunk opens and when it finishes (the job runner hands finish no chunk state), the write is the same.
    counter.reset();
    program.run(() => menuRefreshDashboard());
    expect(counter.count('Sheets.Spreadsheets.Values.batchGet')).toBe(3 + 2);
    expect(counter.count('Sheets.Spreadsheets.get') + counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(2);
  });

  it('refuses a spreadsheet that holds no program', () => {
    program.close();
    program = createProgram({ setUp: false });
    expect(() => program.run(() => menuRefreshDashboard())).toThrow('This spreadsheet is not a Tutoring Toolkit program workbook.');
  });
});
