// A Dutch coordinator refreshes the dashboard: the Reason column is written in Dutch (the schema's headers stay
// English), and their language is asked once per refresh, not once per row.

import { setUserLocale } from '../../fakes/script/session';
import { DASHBOARD_TABLE } from '../../src/core/tables';
import { refreshDashboard } from '../../src/workspace/dashboard';
import { aStudent, COORDINATOR, createProgram, type Program } from '../support/program';
import { aNote, programData, seedProgram, TODAY } from './dashboard-fixtures';

describe('workspace/dashboard in the coordinator’s language', () => {
  let program: Program;
  afterEach(() => program.close());

  it('a Dutch coordinator refreshes the dashboard: reasons in Dutch, their locale read once for 9 students', () => {
    program = createProgram();
    const data = programData(8);
    data.notes = data.notes.filter((n) => n.studentId !== '100000');
    data.notes.push(aNote('100000', '2026-11-02'));
    data.students.push(aStudent({ studentId: '300001', name: 'Ines Duarte', team: 'Chemistry - Period 6' }));
    seedProgram(program, data);
    setUserLocale(program.world, COORDINATOR, 'nl_NL');
    const before = program.world.counter.count('Session.getActiveUserLocale');
    program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY));
    expect(program.world.counter.count('Session.getActiveUserLocale') - before).toBe(1);

    const sheet = program.world.state.spreadsheets[program.spreadsheetId].sheets.find((s) => s.name === DASHBOARD_TABLE.name);
    const values = (sheet?.values ?? []).filter((r) => r.some((c) => c !== ''));
    const header = values[0] as string[];
    expect(header).toEqual(DASHBOARD_TABLE.columns.map((c) => c.header));
    const reason = (id: string) => String(values.find((r) => r[0] === id)?.[header.indexOf('Reason')]);
    expect(reason('100000')).toMatch(/^Aanwezigheid 8% \(1 van 12 sessies in de afgelopen 4 weken\) is lager dan 75%/);
    expect(reason('300001')).toBe('Geen gegevens: het team heeft nog geen teamspreadsheet (zet eerst de Drive-mappen en teamspreadsheets klaar)');
  });
});
