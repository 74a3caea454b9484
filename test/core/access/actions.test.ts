import { ACTIONS, refusalOf } from '../../../src/core/access/actions';
import { callerIn, refusal } from '../../../src/core/access/roles';
import * as entry from '../../../src/main';
import { aStudent, COORDINATOR, TUTOR_ANA, TUTOR_BEN } from '../../support/program';

describe('access/actions', () => {
  it('declares a rule for every function Apps Script can call, and for nothing else', () => {
    const exported = Object.entries(entry)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(ACTIONS).sort()).toEqual(exported);
  });

  it('words a refusal after the roles allowed', () => {
    expect(refusalOf('startDriveProvision')).toBe("Only the program's coordinators can provision Drive folders and team workbooks.");
    expect(refusal(['coordinator', 'tutor'], 'log session notes')).toBe(
      "Only the program's coordinators and the team's tutors can log session notes.",
    );
  });
});

describe('access/roles', () => {
  it('knows coordinators from Settings and tutors and teachers from active Roster rows only', () => {
    const roster = [aStudent(), aStudent({ studentId: '2', tutorEmail: TUTOR_BEN, active: false })];
    expect(callerIn(COORDINATOR.toUpperCase(), [COORDINATOR], roster).roles).toEqual(['coordinator']);
    expect(callerIn(TUTOR_ANA, [COORDINATOR], roster)).toMatchObject({ roles: ['tutor'], teams: ['algebra 1 - period 2'] });
    expect(callerIn(TUTOR_BEN, [COORDINATOR], roster).roles).toEqual([]);
    expect(callerIn('stranger@else.example', [COORDINATOR], roster).roles).toEqual([]);
    expect(callerIn('', [''], roster).roles).toEqual([]);
  });
});
