// A save killed at any call, then the tutor's retry with the same form (and so the same save key): the team workbook
// ends exactly as after one uninterrupted save, and the retry answers what that save answered — for the session note
// with check-offs and for the conference that closes the previous goal. Every call of each save is swept.

import { InjectedFault } from '../../fakes/errors';
import { ROW_INDEX_SHEET } from '../../src/core/saves/row-index';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { tutorSaveConference, tutorSaveSessionNote } from '../../src/server/tutor';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA } from '../support/program';
import { conferenceForm, keyOf, noteForm } from './forms';
import { attempt, snapshot, tables } from './world-state';

const MAYA = '00101';
const LOGS = [GOALS_TABLE, ACTION_STEPS_TABLE, CONFERENCES_TABLE, SESSION_NOTES_TABLE, CHECK_OFFS_TABLE];

let program: Program;
afterEach(() => program?.close());

/** Maya's first conference (goal and two open steps), saved once before the sweep. */
function seeded(): { goalId: string; stepIds: string[] } {
  program = createProgram();
  const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(conferenceForm(MAYA, keyOf('first', 1), { score: '58', target: '70' })));
  if (!first.ok) throw new Error(JSON.stringify(first));
  return { goalId: first.value.goalId, stepIds: first.value.stepIds };
}

/**
 * Sweeps a fault over every call of `save`: restore the start, kill the execution at call k, retry with the same
 * form, and compare the logs and the retry's answer with the uninterrupted save's. Returns the wrong cases.
 */
function sweep(label: string, save: () => unknown): { tried: number; wrong: string[] } {
  const restore = snapshot(program);
  const before = program.world.counter.total;
  const expectedAnswer = program.inTeam(ALGEBRA, TUTOR_ANA, save);
  const calls = program.world.counter.total - before;
  const expected = tables(program, ALGEBRA, LOGS);
  const wrong: string[] = [];
  for (let k = 1; k <= calls; k++) {
    restore();
    program.world.failAtCall(k);
    const first = attempt(() => program.inTeam(ALGEBRA, TUTOR_ANA, save));
    program.world.failAtCall(null);
    if (first.ok) {
      wrong.push(`${label} k=${k}: the fault did not fire`);
      continue;
    }
    if (!first.error.startsWith(InjectedFault.name)) wrong.push(`${label} k=${k}: ${first.error}`);
    const retry = attempt(() => program.inTeam(ALGEBRA, TUTOR_ANA, save));
    const state = tables(program, ALGEBRA, LOGS);
    if (JSON.stringify(retry) !== JSON.stringify({ ok: true, value: expectedAnswer }))
      wrong.push(`${label} k=${k}: retry answered ${JSON.stringify(retry)}`);
    else if (JSON.stringify(state) !== JSON.stringify(expected)) wrong.push(`${label} k=${k}: the logs differ from one uninterrupted save`);
  }
  // One line per sweep: cases tried, failures.
  console.log(`fault sweep, ${label}: ${calls} cases tried (a fault at every call, then the retry), ${wrong.length} wrong`);
  return { tried: calls, wrong };
}

describe('a save killed at any call, then retried by the tutor', () => {
  it('a session note with two check-offs ends as one uninterrupted save, whichever call failed', () => {
    const { stepIds } = seeded();
    const form = noteForm(MAYA, keyOf('note', 1), {
      checkOffs: [
        { stepId: stepIds[0], done: true },
        { stepId: stepIds[1], done: false },
      ],
    });
    // A workbook whose logs older code wrote has no Row Index: the first note save makes it (Spreadsheets.get for the
    // sheet ids, the logs read once). Every one of its calls, the index's included, is swept.
    program.inTeam(ALGEBRA, COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.deleteSheet(ss.getSheetByName(ROW_INDEX_SHEET) as GoogleAppsScript.Spreadsheet.Sheet);
    });
    const { tried, wrong } = sweep('session note, first in a workbook without the Row Index', () => tutorSaveSessionNote(form));
    expect(tried).toBeGreaterThanOrEqual(12);
    expect(wrong).toEqual([]);
  });

  it('a session note saved once the Row Index exists (2 reads, 1 batchUpdate) ends as one uninterrupted save', () => {
    const { stepIds } = seeded();
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(noteForm(MAYA, keyOf('warm', 1)))).ok).toBe(true);
    const form = noteForm(MAYA, keyOf('note', 2), {
      checkOffs: [
        { stepId: stepIds[0], done: true },
        { stepId: stepIds[1], done: false },
      ],
    });
    // getActiveSpreadsheet, getId, getActiveUser, getEmail, the lock's 3 calls, 2 values.batchGet, the batchUpdate.
    const { tried, wrong } = sweep('session note', () => tutorSaveSessionNote(form));
    expect(tried).toBe(10);
    expect(wrong).toEqual([]);
  });

  it("the workbook's first save, a conference, makes the Row Index and ends as one uninterrupted save, whichever call failed", () => {
    program = createProgram();
    const form = conferenceForm(MAYA, keyOf('first', 1), { score: '58', target: '70' });
    const { tried, wrong } = sweep('conference, first in the workbook', () => tutorSaveConference(form));
    expect(tried).toBeGreaterThanOrEqual(12);
    expect(wrong).toEqual([]);
  });

  it('a conference that closes the previous goal as Met, after a note checking off its steps, ends as one uninterrupted save', () => {
    const { goalId, stepIds } = seeded();
    const note = noteForm(MAYA, keyOf('note', 3), {
      checkOffs: [
        { stepId: stepIds[0], done: true },
        { stepId: stepIds[1], done: false },
      ],
    });
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note)).ok).toBe(true);
    const form = conferenceForm(MAYA, keyOf('conf', 2), { conferenceDate: '2026-10-20', previousGoalId: goalId, previousGoalOutcome: 'Met' });
    // getActiveSpreadsheet, getId, getActiveUser, getEmail, the lock's 3 calls, 2 values.batchGet (the second holds the
    // check-offs the praise counts), the batchUpdate: the retry's answer holds the same praise.
    const { tried, wrong } = sweep('conference', () => tutorSaveConference(form));
    expect(tried).toBe(10);
    expect(wrong).toEqual([]);
  });
});
