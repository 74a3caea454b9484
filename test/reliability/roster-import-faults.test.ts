// A roster import killed at any call, then the coordinator's retry: the Roster ends as after one uninterrupted
// import — every new student once, nobody lost — whether the kill came before the write or after it (the retry then
// finds the rows already there and writes nothing more).

import { InjectedFault } from '../../fakes/errors';
import { parseCsv } from '../../src/core/csv';
import type { RosterImportRequest } from '../../src/core/roster-import';
import { importRoster } from '../../src/server/roster';
import { readRoster } from '../../src/workspace/program';
import { ALGEBRA, BIOLOGY, createProgram, type Program, TEACHER_OKAFOR, TEACHER_RIVERA, TUTOR_BEN, TUTOR_CHEN } from '../support/program';
import { attempt, snapshot } from './world-state';

let program: Program;
afterEach(() => program?.close());

const roster = () =>
  program.run(() =>
    readRoster(SpreadsheetApp.getActiveSpreadsheet())
      .map((s) => `${s.studentId}|${s.name}|${s.team}|${s.tutorEmail}`)
      .sort(),
  );

describe('a roster import killed at any call, then retried', () => {
  it('ends with every new student on the Roster exactly once, whichever call failed', () => {
    program = createProgram();
    const csv = [
      'ID,Student,Class,Teacher,Tutor',
      `00501,Kai Moss,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00502,Lena Ruiz,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00601,Sam Ode,${BIOLOGY},${TEACHER_OKAFOR},${TUTOR_CHEN}`,
    ].join('\n');
    const request: RosterImportRequest = { source: { kind: 'rows', rows: parseCsv(csv).rows }, allowNewTeams: false };
    const restore = snapshot(program);
    const before = program.world.counter.total;
    program.run(() => importRoster(request, false));
    const calls = program.world.counter.total - before;
    const expected = roster();
    expect(expected).toHaveLength(9);
    const wrong: string[] = [];
    for (let k = 1; k <= calls; k++) {
      restore();
      program.world.failAtCall(k);
      const first = attempt(() => program.run(() => importRoster(request, false)));
      program.world.failAtCall(null);
      if (first.ok || !first.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: the fault did not fire (${JSON.stringify(first)})`);
      // The coordinator presses Import again; rows that landed are now "already on the Roster", never written twice.
      const retry = attempt(() => program.run(() => importRoster(request, true)));
      if (!retry.ok) wrong.push(`k=${k}: the retry failed: ${retry.error}`);
      else if (JSON.stringify(roster()) !== JSON.stringify(expected)) wrong.push(`k=${k}: the Roster differs from one uninterrupted import`);
    }
    console.log(`fault sweep, roster import: ${calls} cases tried (a fault at every call, then the retry), ${wrong.length} wrong`);
    expect(calls).toBeGreaterThan(5);
    expect(wrong).toEqual([]);
  });
});
