// A coordinator's setup killed at any call, then run again, leaves the master, a team workbook, or an upgraded older
// workbook exactly as a clean setup does.

import { InjectedFault } from '../../../fakes/errors';
import type { ProgramSettings } from '../../../src/core/model';
import { toRecord } from '../../../src/core/records';
import type { TableSchema } from '../../../src/core/table';
import { ROSTER_TABLE } from '../../../src/core/tables';
import { MASTER_TABLES } from '../../../src/core/workbook-tables';
import { drive, NO_MEDIA, SHEETS_MIME } from '../../../src/workspace/drive-api';
import { appendRecords, requireSheet } from '../../../src/workspace/table-store';
import { setUpTeamWorkbook } from '../../../src/workspace/team/team-workbook';
import { ensureTable, ensureWorkbook } from '../../../src/workspace/workbook-setup';
import { ALGEBRA, aSettings, aStudent, COORDINATOR, createProgram, defaultRoster, type Program, TUTOR_ANA } from '../../support/program';

/** The spreadsheet as a user would compare it: ids Sheets assigns (protection, banding) left out. */
function normalized(program: Program, id: string): string {
  return JSON.stringify(program.world.state.spreadsheets[id], (key, value) => (key === 'id' || key === 'nextObjectId' ? undefined : value));
}

function newFile(program: Program): string {
  return program.run(() => String(drive().Files.create({ name: 'Book', mimeType: SHEETS_MIME }, NO_MEDIA, { fields: 'id' }).id));
}

/**
 * Runs `setup` once clean to learn its end state and call count, then for every k: restore, kill at call k, run again.
 * Returns the number of cases and those that ended different.
 */
function sweep(program: Program, id: string, setup: () => void): { cases: number; wrong: number[] } {
  const start = program.world.serialize();
  const restore = () => {
    program.world.state = JSON.parse(start);
  };
  program.world.counter.reset();
  program.run(setup);
  const clean = normalized(program, id);
  const calls = program.world.counter.total;
  const wrong: number[] = [];
  for (let k = 1; k <= calls; k++) {
    restore();
    program.world.failAtCall(k);
    try {
      program.run(setup);
    } catch (e) {
      if (!(e instanceof InjectedFault)) throw e;
    }
    program.world.failAtCall(null);
    program.run(setup);
    if (normalized(program, id) !== clean) wrong.push(k);
  }
  restore();
  return { cases: calls, wrong };
}

describe('setup that converges', () => {
  let program: Program;
  afterEach(() => program.close());

  it('first setup of the master, of a team workbook, and an upgrade of an older layout, killed at every call, then run again, end as a clean setup', () => {
    program = createProgram({ setUp: false });
    const settings: ProgramSettings = aSettings({ coordinators: [COORDINATOR] });
    const master = program.masterId;
    const results: { name: string; cases: number; wrong: number[] }[] = [];

    results.push({ name: 'master', ...sweep(program, master, () => void ensureWorkbook(SpreadsheetApp.getActiveSpreadsheet(), settings)) });

    const team = newFile(program);
    const students = defaultRoster().filter((s) => s.team === ALGEBRA);
    results.push({
      name: 'team workbook',
      ...sweep(program, team, () =>
        setUpTeamWorkbook(SpreadsheetApp.openById(team), { settings, masterWorkbookId: master, team: ALGEBRA, students }),
      ),
    });

    // An older layout: a Roster with fewer columns, a user column, rows; set up with SpreadsheetApp as it used to be.
    const old = newFile(program);
    const olderRoster: TableSchema = { ...ROSTER_TABLE, columns: ROSTER_TABLE.columns.filter((c) => !['familyContact', 'active'].includes(c.key)) };
    program.run(() => {
      const ss = SpreadsheetApp.openById(old);
      ensureTable(ss, olderRoster);
      const sheet = requireSheet(ss, olderRoster);
      sheet.getRange(1, olderRoster.columns.length + 1).setValue('Bus route');
      appendRecords(sheet, olderRoster, [aStudent(), aStudent({ studentId: '00102', tutorEmail: TUTOR_ANA })].map(toRecord));
    });
    results.push({ name: 'upgrade', ...sweep(program, old, () => void ensureWorkbook(SpreadsheetApp.openById(old), settings, MASTER_TABLES)) });

    const cases = results.reduce((n, r) => n + r.cases, 0);
    const wrong = results.flatMap((r) => r.wrong.map((k) => `${r.name} killed at call ${k}`));
    console.log(`setup kill sweep: ${cases} cases, ${wrong.length} wrong (${results.map((r) => `${r.name} ${r.cases}`).join(', ')})`);
    expect(wrong).toEqual([]);
    // Besides opening the spreadsheet: getId, three gets (one refused: a sheet is missing), one batch; the upgrade also
    // asks Session who runs it, to compare the header protection's editors. The older workbook keeps rows and user column.
    expect(results.map((r) => r.cases)).toEqual([6, 6, 8]);
    program.run(() => void ensureWorkbook(SpreadsheetApp.openById(old), settings, MASTER_TABLES));
    const roster = program.world.state.spreadsheets[old].sheets.find((s) => s.name === 'Roster');
    expect(roster?.values[0]).toContain('Bus route');
    expect(roster?.values[0].slice(-2)).toEqual(['Family contact', 'Active']);
    const idAt = roster?.values[0].indexOf('Student ID') ?? -1;
    expect(roster?.values.slice(1, 3).map((r) => r[idAt])).toEqual(['00101', '00102']);
  });
});
