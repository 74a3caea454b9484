import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { DASHBOARD_TABLE } from '../../src/core/tables';
import { menuRefreshDashboard } from '../../src/server/dashboard';
import { createProgram, type Program } from '../support/program';

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
    expect(program.world.state.ui.toasts).toEqual([
      {
        title: 'Dashboard refreshed',
        message: expect.stringMatching(/^6 students; \d+ students? needs? targeted support \(see Prioritized Students\)\.$/),
      },
    ]);
  });

  it('refuses a spreadsheet that holds no program', () => {
    program.close();
    program = createProgram({ setUp: false });
    expect(() => program.run(() => menuRefreshDashboard())).toThrow('This spreadsheet is not a Tutoring Toolkit program workbook.');
  });
});
