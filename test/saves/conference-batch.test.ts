// The batched conference save in workbooks older code left behind: a Row Index that does not record the sheets a
// conference writes, and action steps an interrupted save of the SpreadsheetApp code left without their goal row.

import { toRecord } from '../../src/core/records';
import { parseRowIndex, ROW_INDEX_SHEET } from '../../src/core/saves/row-index';
import { idsOf } from '../../src/core/saves/save-key';
import { ACTION_STEPS_TABLE, GOALS_TABLE } from '../../src/core/tables';
import { tutorSaveConference, tutorSaveSessionNote } from '../../src/server/tutor';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import { conferenceForm, keyOf, noteForm } from '../reliability/forms';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA } from '../support/program';

const MAYA = '00101';

let program: Program;
afterEach(() => program?.close());

function records(schema: typeof GOALS_TABLE) {
  return program.inTeam(ALGEBRA, COORDINATOR, () =>
    readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), schema), schema).rows.map((r) => r.record),
  );
}

describe('a conference saved in a workbook older code wrote', () => {
  it('with a Row Index that records only the logs, asks the sheet ids once and records them for the next save', () => {
    program = createProgram();
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(noteForm(MAYA, keyOf('note', 1)))).ok).toBe(true);
    // The index as the note-only code wrote it: its meta row names the logs and Questions, not Goals, Action Steps or Conferences.
    program.inTeam(ALGEBRA, COORDINATOR, () => {
      const cell = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ROW_INDEX_SHEET)?.getRange('B2');
      const meta = JSON.parse(String(cell?.getValue())) as { sheets: Record<string, unknown> };
      for (const name of ['Goals', 'Action Steps', 'Conferences']) delete meta.sheets[name];
      cell?.setValue(JSON.stringify(meta));
    });
    // Still a readable index (so the save below does not make it again), only without those sheets.
    const old = program.inTeam(ALGEBRA, COORDINATOR, () =>
      parseRowIndex(SpreadsheetApp.getActiveSpreadsheet().getSheetByName(ROW_INDEX_SHEET)?.getDataRange().getValues() ?? []),
    );
    expect(old?.sheets['Session Notes']).toBeDefined();
    expect(old?.sheets.Goals).toBeUndefined();
    const c = program.world.counter;
    c.reset();
    const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(conferenceForm(MAYA, keyOf('conf', 1))));
    expect(first.ok).toBe(true);
    expect(c.count('Sheets.Spreadsheets.get')).toBe(1);
    const goalId = records(GOALS_TABLE)[0].goalId as string;
    c.reset();
    const second = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveConference(
        conferenceForm(MAYA, keyOf('conf', 2), { conferenceDate: '2026-10-20', previousGoalId: goalId, previousGoalOutcome: 'Revised' }),
      ),
    );
    expect(second.ok).toBe(true);
    expect(c.count('Sheets.Spreadsheets.get')).toBe(0);
    expect(records(GOALS_TABLE).map((g) => g.status)).toEqual(['Revised', 'Active']);
  });

  it('where an interrupted save left its steps without the goal row, the retry writes over them: each step once', () => {
    program = createProgram();
    const key = keyOf('orphan', 1);
    const ids = idsOf(key);
    // What the SpreadsheetApp code's attempt left when it stopped after the steps: two rows naming a goal never written.
    program.inTeam(ALGEBRA, COORDINATOR, () =>
      appendRecords(
        requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ACTION_STEPS_TABLE),
        ACTION_STEPS_TABLE,
        [0, 1].map((i) => toRecord({ stepId: ids.stepId(i), goalId: ids.goalId, studentId: MAYA, action: `Old step ${i + 1}`, status: 'Open' })),
      ),
    );
    const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(conferenceForm(MAYA, key)));
    expect(saved.ok).toBe(true);
    expect(records(ACTION_STEPS_TABLE).map((s) => [s.stepId, s.goalId, s.action])).toEqual([
      [ids.stepId(0), ids.goalId, 'I will come to tutoring on Mondays and Wednesdays to practice equations.'],
      [ids.stepId(1), ids.goalId, 'I will make flashcards and study them for 15 min a day.'],
    ]);
    expect(records(GOALS_TABLE).map((g) => g.goalId)).toEqual([ids.goalId]);
  });
});
