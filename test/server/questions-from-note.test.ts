// A session note's "Questions for the teacher" opens a Tier 2 question thread about that note, in the same atomic
// save: the tutor sees it in the sidebar's Questions tab, the teacher in the team workbook's Questions sheet and tab,
// and the teacher's answer shows in both; Tier 1 opens none; a retry (even after a fault at any call) never opens two.

import { InjectedFault } from '../../fakes/errors';
import { QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { SESSION_NOTES_TABLE } from '../../src/core/tables';
import { answerQuestion, listQuestions } from '../../src/server/questions';
import { tutorSaveSessionNote } from '../../src/server/tutor';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { noteForm } from '../reliability/forms';
import { attempt, snapshot } from '../reliability/world-state';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';

const MAYA = '00101';
const QUESTION = 'Will the Unit 6 test allow calculators? Maya asked twice.';
let program: Program;
afterEach(() => program?.close());

/** The team workbook's rows of a sheet, as the teacher sees them when opening it. */
function sheetRows(name: typeof QUESTIONS_TABLE | typeof SESSION_NOTES_TABLE) {
  return program.inTeam(ALGEBRA, COORDINATOR, () =>
    readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), name), name).rows.map((r) => r.record),
  );
}

const key = (n: number) => `questionnote${String(n).padStart(8, '0')}`;

describe('questions for the teacher in a session note', () => {
  it.each([2, 3] as const)('at Tier %i the note opens a thread about it, which the teacher answers', (tier) => {
    program = createProgram({ tier });
    const form = noteForm(MAYA, key(1), { questionsForTeacher: QUESTION });
    const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const { noteId } = saved.value;
    expect(saved.value.questionId).toBe(`Q-${key(1)}`);
    // The teacher's view of the team workbook: the Questions sheet holds the thread, about the note, text as typed.
    expect(sheetRows(QUESTIONS_TABLE)).toEqual([
      expect.objectContaining({
        threadId: `Q-${key(1)}`,
        studentId: MAYA,
        about: noteId,
        author: TUTOR_ANA,
        authorRole: 'Tutor',
        text: QUESTION,
        status: 'Open',
      }),
    ]);
    // The sidebar's Questions tab, for the tutor and for the teacher.
    const [thread] = program.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions(MAYA));
    expect(thread).toMatchObject({ questionId: `Q-${key(1)}`, about: noteId, askedBy: TUTOR_ANA, text: QUESTION, status: 'Open', answers: [] });
    expect(program.inTeam(ALGEBRA, TEACHER_RIVERA, () => listQuestions(MAYA))).toEqual([thread]);
    const answered = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => answerQuestion({ questionId: thread.questionId, text: 'Yes, a scientific one.' }));
    expect(answered.ok).toBe(true);
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions(MAYA))).toEqual([
      expect.objectContaining({
        questionId: thread.questionId,
        status: 'Answered',
        answers: [expect.objectContaining({ author: TEACHER_RIVERA, authorRole: 'Teacher', text: 'Yes, a scientific one.' })],
      }),
    ]);
    expect(sheetRows(QUESTIONS_TABLE).map((r) => [r.authorRole, r.text])).toEqual([
      ['Tutor', QUESTION],
      ['Teacher', 'Yes, a scientific one.'],
    ]);
  });

  it('a note saved again after a lost answer opens no second thread', () => {
    program = createProgram({ tier: 2 });
    const form = noteForm(MAYA, key(2), { questionsForTeacher: QUESTION });
    const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form));
    const again = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form));
    expect(again).toEqual(first);
    expect(sheetRows(QUESTIONS_TABLE)).toHaveLength(1);
    expect(sheetRows(SESSION_NOTES_TABLE)).toHaveLength(1);
  });

  it('a note without questions, or at Tier 1, opens no thread; Tier 1 keeps the text in the note', () => {
    program = createProgram({ tier: 2 });
    const plain = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(noteForm(MAYA, key(3), { questionsForTeacher: '   ' })));
    expect(plain.ok && plain.value.questionId).toBeUndefined();
    expect(sheetRows(QUESTIONS_TABLE)).toEqual([]);
    program.close();
    program = createProgram({ tier: 1 });
    const tier1 = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(noteForm(MAYA, key(4), { questionsForTeacher: QUESTION })));
    expect(tier1.ok && tier1.value.questionId).toBeUndefined();
    expect(sheetRows(QUESTIONS_TABLE)).toEqual([]);
    expect(sheetRows(SESSION_NOTES_TABLE).map((n) => n.questionsForTeacher)).toEqual([QUESTION]);
  });

  it('a save killed at any call, then retried, leaves one note and one thread', () => {
    program = createProgram({ tier: 2 });
    // The Row Index exists (a first note), so the sweep covers the steady-state save: 2 reads, 1 batchUpdate.
    expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(noteForm(MAYA, key(5)))).ok).toBe(true);
    const form = noteForm(MAYA, key(6), { questionsForTeacher: QUESTION });
    const restore = snapshot(program);
    const before = program.world.counter.total;
    const expected = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form));
    const calls = program.world.counter.total - before;
    // postedAt is the time of the attempt that landed; everything else must be the same.
    const state = () => ({
      notes: sheetRows(SESSION_NOTES_TABLE),
      questions: sheetRows(QUESTIONS_TABLE).map(({ postedAt: _t, ...rest }) => rest),
    });
    const end = state();
    const wrong: string[] = [];
    for (let k = 1; k <= calls; k++) {
      restore();
      program.world.failAtCall(k);
      const failed = attempt(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form)));
      program.world.failAtCall(null);
      if (failed.ok || !failed.error.startsWith(InjectedFault.name)) wrong.push(`k=${k}: ${JSON.stringify(failed)}`);
      const retry = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(form));
      if (JSON.stringify(retry) !== JSON.stringify(expected)) wrong.push(`k=${k}: retry answered ${JSON.stringify(retry)}`);
      else if (JSON.stringify(state()) !== JSON.stringify(end)) wrong.push(`k=${k}: the sheets differ from one uninterrupted save`);
    }
    expect(calls).toBe(10);
    expect(wrong).toEqual([]);
    expect(end.questions).toHaveLength(1);
  });
});
