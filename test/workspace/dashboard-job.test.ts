import { PRIORITIZED_TABLE } from '../../src/core/dashboard-tables';
import { DASHBOARD_TABLE } from '../../src/core/tables';
import { menuRefreshDashboard } from '../../src/server/dashboard';
import { refreshDashboard } from '../../src/workspace/dashboard';
import { startDashboardRefresh } from '../../src/workspace/dashboard-job';
import { runChunk } from '../../src/workspace/job-runner';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, type Program } from '../support/program';
import { programData, seedProgram, TODAY } from './dashboard-fixtures';

const CHEMISTRY = 'Chemistry - Period 1';

function reports(program: Program): unknown[][][] {
  const ss = program.world.state.spreadsheets[program.masterId];
  return [DASHBOARD_TABLE.name, PRIORITIZED_TABLE.name].map((name) =>
    (ss.sheets.find((s) => s.name === name)?.values ?? []).filter((r) => r.some((c) => c !== '')),
  );
}

describe('workspace/dashboard-job', () => {
  let program: Program;
  afterEach(() => {
    program.close();
    jest.useRealTimers();
  });

  it('a refresh too big for one execution reads a team per execution, finishes in the trigger, and writes what one pass writes', () => {
    const data = programData(12, 4, [ALGEBRA, BIOLOGY, CHEMISTRY]);
    program = createProgram({ students: data.students, clock: useSimulatedTime() });
    seedProgram(program, data);
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    const inOnePass = reports(program);

    const started = program.run(() => startDashboardRefresh(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(started.total).toBe(3);
    let executions = 0;
    let progress = started;
    while (!progress.finished && executions < 10) {
      // Each chunk as the hourly trigger runs it: no open spreadsheet, a budget spent by the first team workbook.
      progress = program.world.run({ user: COORDINATOR, host: null, spreadsheetId: null }, () => runChunk(started.jobId, 1));
      executions++;
      // The cache lets a team's rows go between executions: the last step reads that team again.
      if (executions === 1) program.world.state.cache = {};
    }
    expect(progress).toMatchObject({ finished: true, done: 3, errors: [] });
    expect(executions).toBe(3);
    expect(reports(program)).toEqual(inOnePass);
  });

  it('Refresh dashboard from the menu finishes a small program in its own execution and says so', () => {
    program = createProgram();
    const result = program.run(() => menuRefreshDashboard());
    expect(result.progress.finished).toBe(true);
    expect(result.summary).toMatchObject({ students: 6, teamsWithoutData: 0 });
    expect(program.world.state.ui.toasts.at(-1)?.title).toBe('Dashboard refreshed');
  });
});
