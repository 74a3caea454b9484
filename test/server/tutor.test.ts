import { type CallCounter, SHEETS_TYPES } from '../../fakes/counter';
import type { ConferenceForm } from '../../src/core/conference-form';
import { blankConference } from '../../src/core/conference-form';
import { QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { toRecord } from '../../src/core/records';
import { blankSessionNote, type SessionNoteForm } from '../../src/core/session-note-form';
import { columnNote } from '../../src/core/setup/notes';
import type { TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { answerQuestion, askQuestion, listQuestions } from '../../src/server/questions';
import {
  menuOpenTutorSidebar,
  tutorRoster,
  tutorSaveConference,
  tutorSaveSessionNote,
  tutorSaveStatus,
  tutorStudentGlance,
} from '../../src/server/tutor';
import { appendRecords, readTable, requireSheet, updateFields } from '../../src/workspace/table-store';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN, TUTOR_CHEN } from '../support/program';
import { fillTeamLogs } from './tutor-logs';

const MAYA = '00101';
/** The calls that write a save: SpreadsheetApp's (the master's path) and the Sheets API's one batch (team workbooks). */
const WRITES = new Set(['Range.setValues', 'Sheets.Spreadsheets.batchUpdate']);
const AISHA = '00103';
const ZOE = '00201';

function aConference(overrides: Partial<ConferenceForm> = {}): ConferenceForm {
  return {
    ...blankConference(MAYA, '2026-10-05', '', aKey()),
    assessment: 'Unit 5 test',
    score: '58',
    effortData: 'Attended 5 of 6 sessions.',
    studentConfidence: 2,
    goal: 'Score 70 on the Unit 6 test',
    target: '70',
    dueDate: '2026-11-02',
    agendaDone: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    steps: [
      {
        action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
        whenHowOften: 'Mondays and Wednesdays',
        effortMeasure: 'Sessions attended',
        backupPlan: "If I can't do Monday, sign me up for Tuesday instead that week.",
      },
      {
        action: 'I will create flashcards and study for 15 min a day.',
        whenHowOften: '15 min a day',
        effortMeasure: 'Flashcards made',
        backupPlan: '',
      },
    ],
    ...overrides,
  };
}

/** A save key per form, as the sidebar makes one when a form opens (deterministic here, so failures replay). */
let keys = 0;
const aKey = () => `k${String(++keys).padStart(19, '0')}`;

function aNote(overrides: Partial<SessionNoteForm> = {}): SessionNoteForm {
  return {
    ...blankSessionNote(MAYA, '2026-10-07', aKey()),
    startTime: '15:30',
    endTime: '16:15',
    objective: 'Solve two-step equations',
    rationale: 'Question 6 on the Unit 5 test',
    degreeAccomplished: 3,
    topicsSkills: 'Two-step equations',
    materials: 'Unit 3 worksheets',
    assignments: "Friday's homework",
    attended: true,
    onTime: true,
    focusMotivation: 'High',
    promptingNeeded: 'Low',
    followThrough: 'Yes',
    ...overrides,
  };
}

/** Drive calls (Advanced Drive and DriveApp); DRIVE_TYPES also holds `User`, which Session's user counts under. */
const driveCalls = (c: CallCounter) => c.count('Drive') + c.count('DriveApp') + c.count('File') + c.count('Folder');

/** What a sheet of the team's workbook holds (Algebra's unless told), read by the coordinator. */
function rows(program: Program, schema: TableSchema, team = ALGEBRA) {
  return program.inTeam(team, COORDINATOR, () =>
    readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), schema), schema).rows.map((r) => r.record),
  );
}

describe('server/tutor', () => {
  let program: Program;
  beforeEach(() => {
    program = createProgram();
  });
  afterEach(() => program.close());

  /** Ana holds Maya's first conference; returns Maya's two new step ids. */
  function firstConference(): string[] {
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(aConference()));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.stepIds;
  }

  it('a tutor opens the sidebar from the Sheets menu', () => {
    program.inTeam(ALGEBRA, TUTOR_ANA, () => menuOpenTutorSidebar());
    expect(program.world.state.ui.shown).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'Tutor sidebar' })]);
  });

  it("a tutor in the team workbook sees that team's students only, their own first", () => {
    const view = program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorRoster());
    expect(view).toMatchObject({ tutorEmail: TUTOR_BEN, workbook: 'team', canSave: true });
    expect(view.students.map((s) => [s.name, s.mine])).toEqual([
      ['Aisha Bello', true],
      ['Noah Kim', true],
      ['Luis Ortega', false],
      ['Maya Johnson', false],
    ]);
  });

  it('a tutor records a goal-setting conference: Goals Master List, Action Steps, Conferences', () => {
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveConference(aConference({ prioritized: true, shareWithTeacher: true, shareWithFamily: true })),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(program, GOALS_TABLE)).toEqual([
      {
        goalId: result.value.goalId,
        studentId: MAYA,
        conferenceDate: '2026-10-05',
        assessment: 'Unit 5 test',
        score: 58,
        goal: 'Score 70 on the Unit 6 test',
        target: 70,
        dueDate: '2026-11-02',
        status: 'Active',
        prioritized: true,
        conferenceDocUrl: '',
      },
    ]);
    const steps = rows(program, ACTION_STEPS_TABLE);
    expect(steps.map((s) => [s.stepId, s.goalId, s.studentId, s.status])).toEqual(
      result.value.stepIds.map((id) => [id, result.value.goalId, MAYA, 'Open']),
    );
    expect(steps[0].backupPlan).toBe("If I can't do Monday, sign me up for Tuesday instead that week.");
    const [conference] = rows(program, CONFERENCES_TABLE);
    expect(conference).toMatchObject({
      conferenceId: result.value.conferenceId,
      tutorEmail: TUTOR_ANA,
      studentConfidence: 2,
      effortData: 'Attended 5 of 6 sessions.',
      agendaStepsDone: '1-9',
      goalId: result.value.goalId,
      sharedWith: 'Teacher, Family',
    });
    expect(result.value.teacherMessage).toMatchObject({ to: 'ms.rivera@school.example', subject: 'Maya Johnson: new goal and action plan' });
    expect(result.value.teacherMessage?.body).toContain('New goal: Score 70 on the Unit 6 test (target: 70 by 2026-11-02)');
    expect(result.value.familyMessage).toMatchObject({ to: '', contact: 'Ms. Johnson (mother), 555-0101' });
  });

  it('a tutor logs a session note for a student with an active goal, checking off two action steps', () => {
    const [keyCodes, flashcards] = firstConference();
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveSessionNote(
        aNote({
          checkOffs: [
            { stepId: keyCodes, done: true },
            { stepId: flashcards, done: false },
          ],
        }),
      ),
    );
    expect(result).toEqual({ ok: true, value: { noteId: expect.stringMatching(/^N-/), checkOffs: 2, row: 2 } });
    if (!result.ok) return;
    const [note] = rows(program, SESSION_NOTES_TABLE);
    expect(note).toEqual({
      ...toRecord(aNote()),
      checkOffs: undefined,
      saveKey: undefined,
      noteId: result.value.noteId,
      tutorEmail: TUTOR_ANA,
      assessmentData: '',
      engagement: '',
    });
    expect(rows(program, CHECK_OFFS_TABLE)).toEqual([
      { date: '2026-10-07', stepId: keyCodes, studentId: MAYA, tutorEmail: TUTOR_ANA, done: true, noteId: result.value.noteId },
      { date: '2026-10-07', stepId: flashcards, studentId: MAYA, tutorEmail: TUTOR_ANA, done: false, noteId: result.value.noteId },
    ]);
  });

  it('keeps a note starting with =, +, - or @ as text, never a formula', () => {
    const text = {
      objective: '=SUM(A1:A9)',
      rationale: '+1 on the quiz',
      topicsSkills: '-3x = 9',
      studentShared: '@Ms Rivera loved it',
      startTime: '09:05',
      endTime: '10:00',
    };
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote(text)));
    expect(result.ok).toBe(true);
    const [note] = rows(program, SESSION_NOTES_TABLE);
    expect(note).toMatchObject(text);
    const formulas = program.inTeam(
      ALGEBRA,
      COORDINATOR,
      () => requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE).getRange(2, 1, 1, 22).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);
  });

  it('refuses bad input on the server with a message per field, writing nothing', () => {
    const bad = { ...aNote(), date: '2026-13-01', objective: '', endTime: '25:00', followThrough: 'Maybe' } as unknown as SessionNoteForm;
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(bad));
    expect(result).toEqual({
      ok: false,
      message: 'Please fix the highlighted fields.',
      errors: {
        date: 'Date is not a real date.',
        endTime: 'End time must be a time like 15:30.',
        objective: 'Objective is required.',
        followThrough: 'Choose Yes, Partly or No.',
      },
    });
    expect(rows(program, SESSION_NOTES_TABLE)).toEqual([]);
    const badConference = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(aConference({ score: 'sixty', steps: [] })));
    expect(badConference.ok || badConference.errors).toEqual({
      score: 'Score must be a number (0 or more), e.g. 64.',
      steps: 'Add at least one action step.',
    });
    expect(rows(program, GOALS_TABLE)).toEqual([]);
  });

  it("refuses a check-off of another student's step and a student not on the roster", () => {
    const [keyCodes] = firstConference();
    const other = program.inTeam(ALGEBRA, TUTOR_BEN, () =>
      tutorSaveSessionNote(aNote({ studentId: AISHA, checkOffs: [{ stepId: keyCodes, done: true }] })),
    );
    expect(other.ok || other.errors).toEqual({ 'checkOffs.0.stepId': expect.stringContaining("not one of Aisha Bello's") });
    const ghost = program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: '99999' })));
    expect(ghost.ok || ghost.errors).toEqual({ studentId: expect.stringContaining('not on the Roster') });
    expect(rows(program, SESSION_NOTES_TABLE)).toEqual([]);
  });

  it('shows a student at a glance: active goal, open steps with check-offs, the last three notes, effort data, prompts', () => {
    const [keyCodes, flashcards] = firstConference();
    for (const [date, done] of [
      ['2026-10-07', true],
      ['2026-10-09', false],
      ['2026-10-12', true],
      ['2026-10-14', false],
    ] as const) {
      const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSaveSessionNote(
          aNote({
            date,
            objective: `Objective ${date}`,
            checkOffs: [
              { stepId: keyCodes, done: true },
              { stepId: flashcards, done },
            ],
          }),
        ),
      );
      expect(saved.ok).toBe(true);
    }
    program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, date: '2026-10-15', objective: 'Not Maya' })));
    // The glance counts attendance in the dashboard's window up to today: on 15 Oct, the notes above are in it.
    jest.useFakeTimers({ now: Date.UTC(2026, 9, 15, 15) });
    const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
    jest.useRealTimers();
    expect(glance.student).toMatchObject({ name: 'Maya Johnson', mine: true, teacherEmail: 'ms.rivera@school.example' });
    expect(glance.activeGoal).toMatchObject({ goal: 'Score 70 on the Unit 6 test', target: 70 });
    expect(glance.steps.map((s) => [s.stepId, s.recent])).toEqual([
      [keyCodes, [true, true, true, true]],
      [flashcards, [true, false, true, false]],
    ]);
    expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Objective 2026-10-14', 'Objective 2026-10-12', 'Objective 2026-10-09']);
    expect(glance.effort.text).toContain('Tutoring attendance: 4 of 12 sessions in the last 4 weeks (33%).');
    expect(glance.effort.text).toContain('Action steps done: 6 of 8 check-offs (75%).');
    expect(glance.prompts.map((p) => [p.kind, p.stepId])).toEqual([['redirect', flashcards]]);
  });

  it('a conference that finds the previous goal met marks it Met and praises the effort behind it', () => {
    const [keyCodes] = firstConference();
    program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ checkOffs: [{ stepId: keyCodes, done: true }] })));
    const before = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
    const previousGoalId = before.activeGoal?.goalId ?? '';
    const result = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveConference(
        aConference({
          conferenceDate: '2026-11-03',
          assessment: 'Unit 6 test',
          score: '74',
          goal: 'Score 80 on the Unit 7 test',
          target: '80',
          dueDate: '2026-12-01',
          previousGoalId,
          previousGoalOutcome: 'Met',
        }),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rows(program, GOALS_TABLE).map((g) => [g.goal, g.status])).toEqual([
      ['Score 70 on the Unit 6 test', 'Met'],
      ['Score 80 on the Unit 7 test', 'Active'],
    ]);
    expect(result.value.prompts).toEqual([
      expect.objectContaining({
        kind: 'praise',
        text: expect.stringContaining('you met your goal: “Score 70 on the Unit 6 test”. You scored 74 against your target of 70.'),
      }),
    ]);
    const after = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
    expect(after.activeGoal?.goal).toBe('Score 80 on the Unit 7 test');
  });

  it('two tutors saving at once: B is told someone else is saving, retries after A, and both notes are intact, in order', () => {
    const [keyCodes, flashcards] = firstConference();
    const { world } = program;
    let duringA: ReturnType<typeof tutorSaveSessionNote> | null = null;
    let fired = false;
    world.afterCall.push((type, method) => {
      if (fired || !WRITES.has(`${type}.${method}`)) return;
      fired = true;
      duringA = program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, objective: 'Ben: ratios' })));
    });
    const a = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveSessionNote(
        aNote({
          objective: 'Ana: equations',
          checkOffs: [
            { stepId: keyCodes, done: true },
            { stepId: flashcards, done: true },
          ],
        }),
      ),
    );
    world.afterCall.length = 0;
    expect(fired).toBe(true);
    expect(duringA).toEqual({
      ok: false,
      message: 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
      errors: {},
    });
    expect(a.ok).toBe(true);
    const retry = program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, objective: 'Ben: ratios' })));
    expect(retry.ok).toBe(true);
    expect(rows(program, SESSION_NOTES_TABLE).map((n) => [n.objective, n.tutorEmail, n.studentId])).toEqual([
      ['Ana: equations', TUTOR_ANA, MAYA],
      ['Ben: ratios', TUTOR_BEN, AISHA],
    ]);
    expect(rows(program, CHECK_OFFS_TABLE).map((c) => [c.stepId, c.tutorEmail, c.noteId])).toEqual([
      [keyCodes, TUTOR_ANA, a.ok ? a.value.noteId : ''],
      [flashcards, TUTOR_ANA, a.ok ? a.value.noteId : ''],
    ]);
  });

  describe('saves that never land twice', () => {
    it('a tutor saves a note again with the same form after a lost answer: the saved note is answered, nothing is written', () => {
      const [keyCodes] = firstConference();
      const note = aNote({ checkOffs: [{ stepId: keyCodes, done: true }] });
      const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note));
      program.world.counter.reset();
      const again = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note));
      expect(again).toEqual(first);
      expect(program.world.counter.count('Range.setValues')).toBe(0);
      expect(rows(program, SESSION_NOTES_TABLE)).toHaveLength(1);
      expect(rows(program, CHECK_OFFS_TABLE)).toHaveLength(1);
    });

    it('a tutor saves a conference again with the same form after a lost answer: the same answer, praise included, nothing written', () => {
      const [keyCodes, flashcards] = firstConference();
      const note = aNote({
        checkOffs: [
          { stepId: keyCodes, done: true },
          { stepId: flashcards, done: true },
        ],
      });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note)).ok).toBe(true);
      const goalId = rows(program, GOALS_TABLE)[0].goalId as string;
      const form = aConference({
        conferenceDate: '2026-10-20',
        score: '74',
        previousGoalId: goalId,
        previousGoalOutcome: 'Met',
        shareWithTeacher: true,
      });
      const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(form));
      expect(first.ok && first.value.prompts[0]?.text).toContain('in two of two check-offs');
      const before = [GOALS_TABLE, ACTION_STEPS_TABLE, CONFERENCES_TABLE].map((t) => rows(program, t));
      program.world.counter.reset();
      const again = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(form));
      expect(again).toEqual(first);
      expect(program.world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
      expect(program.world.counter.count('Range.setValues')).toBe(0);
      expect([GOALS_TABLE, ACTION_STEPS_TABLE, CONFERENCES_TABLE].map((t) => rows(program, t))).toEqual(before);
    });

    it('the sidebar asks whether a save landed: not before it, yes after, from the team workbook and from the master', () => {
      const note = aNote();
      const key = String(note.saveKey);
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveStatus({ key }))).toEqual({ ok: true, value: { key, landed: false, kind: null } });
      program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note));
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveStatus({ key }))).toEqual({ ok: true, value: { key, landed: true, kind: 'note' } });
      expect(program.run(() => tutorSaveStatus({ key, studentId: MAYA }))).toEqual({ ok: true, value: { key, landed: true, kind: 'note' } });
      // Biology's workbook holds no row of it.
      expect(program.inTeam(BIOLOGY, TUTOR_CHEN, () => tutorSaveStatus({ key }))).toEqual({ ok: true, value: { key, landed: false, kind: null } });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveStatus({ key: '=A1' }))).toMatchObject({
        ok: false,
        errors: { key: expect.any(String) },
      });
    });

    it('a conference opened before another one for the same student landed is refused, and the first outcome is kept', () => {
      firstConference();
      const goalId = rows(program, GOALS_TABLE)[0].goalId as string;
      const ana = aConference({ conferenceDate: '2026-10-20', previousGoalId: goalId, previousGoalOutcome: 'Met', goal: 'Ana: 80' });
      const ben = aConference({ conferenceDate: '2026-10-20', previousGoalId: goalId, previousGoalOutcome: 'Not met', goal: 'Ben: 75' });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(ana)).ok).toBe(true);
      expect(program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveConference(ben))).toEqual({
        ok: false,
        message: 'Please fix the highlighted fields.',
        errors: {
          previousGoalOutcome:
            'Another conference for Maya Johnson was saved since this form was opened (the active goal is now "Ana: 80"). Reload Maya Johnson to see it; what you typed stays in the form.',
        },
      });
      expect(rows(program, GOALS_TABLE).map((g) => [g.goal, g.status])).toEqual([
        ['Score 70 on the Unit 6 test', 'Met'],
        ['Ana: 80', 'Active'],
      ]);
    });
  });

  describe('cost', () => {
    /** Counted calls per service of one action: Sheets (SpreadsheetApp and the Sheets API), the lock, the rest. */
    function callsOf(c: CallCounter): { sheets: number; lock: number; other: number; cellsRead: number; cellsWritten: number } {
      const sheets = c.countTypes(SHEETS_TYPES);
      const lock = c.count('LockService') + c.count('Lock');
      return { sheets, lock, other: c.total - sheets - lock, cellsRead: c.cellsRead, cellsWritten: c.cellsWritten };
    }

    /**
     * The fill wrote rows no save indexed: the first glance reads them (and indexes them when they are many), and Ben's
     * note for Aisha indexes them in its batch, so the action measured next finds the Row Index up to date.
     */
    function indexTheFill(): void {
      program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      expect(program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, objective: 'Ratios' }))).ok).toBe(true);
    }

    /** A note save with 2 check-offs after `logSize` notes of another student, the Row Index already up to date. */
    function measureNoteSave(logSize: number) {
      const [keyCodes, flashcards] = firstConference();
      fillTeamLogs(program, logSize);
      indexTheFill();
      program.world.counter.reset();
      const result = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSaveSessionNote(
          aNote({
            checkOffs: [
              { stepId: keyCodes, done: true },
              { stepId: flashcards, done: true },
            ],
          }),
        ),
      );
      expect(result.ok).toBe(true);
      const c = program.world.counter;
      expect(driveCalls(c)).toBe(0);
      return { ...callsOf(c), batchGets: c.count('Sheets.Spreadsheets.Values.batchGet'), batches: c.count('Sheets.Spreadsheets.batchUpdate') };
    }

    it.each([10, 10_000])('a session-note save with 2 check-offs costs 5 Sheets calls, the guard included, with %i notes in the log', (n) => {
      const cost = measureNoteSave(n);
      // getActiveSpreadsheet, getId, one values.batchGet (Settings and the roster slice for the guard, Action Steps,
      // the Row Index with the student's save keys, the logs' header rows), one for rows the index has not seen (none
      // here), one atomic batchUpdate (2 check-offs, the note, the index entry). The lock: getScriptLock, tryLock,
      // releaseLock. The caller's identity: getActiveUser, getEmail. No SpreadsheetApp read or write at all.
      expect(cost).toMatchObject({ sheets: 5, batchGets: 2, batches: 1, lock: 3, other: 2 });
      // Settings, the roster slice, Action Steps, the index and two header rows; never a cell of the logs.
      expect(cost.cellsRead).toBeLessThan(250);
      expect(cost.cellsWritten).toBeGreaterThanOrEqual(SESSION_NOTES_TABLE.columns.length + 2 * CHECK_OFFS_TABLE.columns.length);
    });

    it('the cost of a save does not grow with the log', () => {
      const small = measureNoteSave(10);
      program.close();
      program = createProgram();
      const large = measureNoteSave(10_000);
      expect(large).toEqual(small);
    });

    /**
     * Maya's second conference, closing her first goal as `outcome`, after a note checking off both its steps and
     * `logSize` notes of another student, the Row Index up to date.
     */
    function measureConferenceSave(logSize: number, outcome: 'Met' | 'Not met') {
      const [keyCodes, flashcards] = firstConference();
      const goalId = rows(program, GOALS_TABLE)[0].goalId as string;
      const note = aNote({
        checkOffs: [
          { stepId: keyCodes, done: true },
          { stepId: flashcards, done: false },
        ],
      });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note)).ok).toBe(true);
      fillTeamLogs(program, logSize);
      indexTheFill();
      program.world.counter.reset();
      const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSaveConference(aConference({ conferenceDate: '2026-10-20', score: '74', previousGoalId: goalId, previousGoalOutcome: outcome })),
      );
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      const c = program.world.counter;
      expect(driveCalls(c)).toBe(0);
      const cost = { ...callsOf(c), batchGets: c.count('Sheets.Spreadsheets.Values.batchGet'), batches: c.count('Sheets.Spreadsheets.batchUpdate') };
      return { cost, saved: saved.value };
    }

    it.each([10, 10_000])('a conference save that finds the previous goal met costs 5 Sheets calls with %i notes in the log', (n) => {
      const { cost, saved } = measureConferenceSave(n, 'Met');
      // getActiveSpreadsheet, getId; one values.batchGet (Settings and the roster slice for the guard, Goals and Action
      // Steps whole, the Row Index, the header rows of both logs and of Conferences); one for rows the index has not
      // seen and Maya's two check-offs (the praise counts them); one atomic batchUpdate (2 steps, the record, the
      // previous goal's outcome, the new goal, the index). The lock: 3; the caller's identity: 2.
      expect(cost).toMatchObject({ sheets: 5, batchGets: 2, batches: 1, lock: 3, other: 2 });
      expect(cost.sheets).toBeLessThanOrEqual(6);
      // Never a cell of the 10,000 notes: Settings, the slice, Goals, Action Steps, the index, 3 header rows, 2 check-offs.
      expect(cost.cellsRead).toBeLessThan(400);
      expect(saved.prompts).toEqual([expect.objectContaining({ kind: 'praise', text: expect.stringContaining('in one of two check-offs') })]);
      expect(rows(program, GOALS_TABLE).map((g) => g.status)).toEqual(['Met', 'Active']);
    });

    it('the cost of a conference save does not grow with the log', () => {
      const small = measureConferenceSave(10, 'Not met').cost;
      program.close();
      program = createProgram();
      const large = measureConferenceSave(10_000, 'Not met').cost;
      expect(large).toEqual(small);
      expect(large).toMatchObject({ sheets: 5, batches: 1 });
    });

    it('after a conference in a long log, the glance reads no column of it', () => {
      firstConference();
      fillTeamLogs(program, 10_000);
      program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      const goalId = rows(program, GOALS_TABLE)[0].goalId as string;
      // A second conference closes the first goal (a conference that left it Active beside the new one is refused).
      const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        tutorSaveConference(aConference({ conferenceDate: '2026-10-20', previousGoalId: goalId, previousGoalOutcome: 'Not met' })),
      );
      expect(saved.ok).toBe(true);
      program.world.counter.reset();
      program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      // The conference's rows are not in the indexed logs: the glance stays 4 Sheets calls, the 10,000 notes unread.
      expect(program.world.counter.countTypes(SHEETS_TYPES)).toBe(GLANCE_CALLS);
      expect(program.world.counter.cellsRead).toBeLessThan(500);
    });

    /** getActiveSpreadsheet, getId, two values.batchGet (the guard's and the tables' values, then the student's rows). */
    const GLANCE_CALLS = 4;

    /** Maya's glance after her first conference and four notes with two check-offs each (one missed, one late). */
    function measureGlance() {
      const [keyCodes, flashcards] = firstConference();
      ['2026-10-07', '2026-10-09', '2026-10-12', '2026-10-14'].forEach((date, i) => {
        const note = aNote({
          date,
          attended: i !== 1,
          onTime: i !== 1 && i !== 2,
          checkOffs: [
            { stepId: keyCodes, done: true },
            { stepId: flashcards, done: i % 2 === 0 },
          ],
        });
        expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(note)).ok).toBe(true);
      });
      program.world.counter.reset();
      const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      return { ...callsOf(program.world.counter), getValues: program.world.counter.count('Range.getValues'), glance };
    }

    it('the glance reads the same cells in the same calls with 10 or 10,000 notes of other students in the logs', () => {
      fillTeamLogs(program, 10);
      const small = measureGlance();
      program.close();
      program = createProgram();
      fillTeamLogs(program, 10_000);
      const large = measureGlance();
      const cost = ({ sheets, lock, other, cellsRead, getValues }: typeof small) => ({ sheets, lock, other, cellsRead, getValues });
      expect(cost(large)).toEqual(cost(small));
      // 4 Sheets calls and the caller's identity (2); no lock, no SpreadsheetApp read.
      expect(cost(large)).toMatchObject({ sheets: GLANCE_CALLS, lock: 0, other: 2, getValues: 0 });
      expect(large.glance.effort).toEqual(small.glance.effort);
      // Settings, Roster, Goals, Action Steps, the index, two header rows, then Maya's 4 notes and 8 check-offs.
      expect(large.cellsRead).toBeLessThan(500);
      expect(large.glance.effort).toMatchObject({ sessionsLogged: 4, attended: 3, onTime: 2, checkOffs: 8, checkOffsDone: 6 });
      expect(large.glance.recentNotes.map((n) => n.date)).toEqual(['2026-10-14', '2026-10-12', '2026-10-09']);
    });

    /** `n` rows of each log; every `every`-th is Maya's (a note, and a check-off of one of her open steps). */
    function fillSpread(n: number, every: number, steps: readonly string[]): void {
      program.inTeam(ALGEBRA, COORDINATOR, () => {
        const ss = SpreadsheetApp.getActiveSpreadsheet();
        const mayas = (i: number) => i % every === every - 1;
        const day = (i: number) => `2026-10-${String(10 + Math.floor((i * 20) / n)).padStart(2, '0')}`;
        appendRecords(
          requireSheet(ss, SESSION_NOTES_TABLE),
          SESSION_NOTES_TABLE,
          Array.from({ length: n }, (_, i) => ({
            ...toRecord(aNote({ studentId: mayas(i) ? MAYA : '00104', date: day(i), objective: `Row ${i}`, onTime: i % 3 !== 0 })),
            noteId: `N-${i}`,
            tutorEmail: TUTOR_BEN,
          })),
        );
        appendRecords(
          requireSheet(ss, CHECK_OFFS_TABLE),
          CHECK_OFFS_TABLE,
          Array.from({ length: n }, (_, i) => ({
            date: day(i),
            stepId: mayas(i) ? steps[Math.floor(i / every) % steps.length] : 'S-old',
            studentId: mayas(i) ? MAYA : '00104',
            tutorEmail: TUTOR_BEN,
            done: i % 7 !== 0,
            noteId: `N-${i}`,
          })),
        );
      });
    }

    it("a student with a few notes spread through a long log: only their rows are read, whatever the log's length", () => {
      const cost = (n: number) => {
        const steps = firstConference();
        fillSpread(n, n / 5, steps);
        // Rows written without the index: the first glance makes it (reading the logs once, under the lock)…
        program.world.counter.reset();
        const indexing = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
        expect(program.world.counter.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
        // …and every glance after reads Maya's rows only.
        program.world.counter.reset();
        const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
        expect(glance).toEqual(indexing);
        return { ...callsOf(program.world.counter), glance };
      };
      const small = cost(1_000);
      program.close();
      program = createProgram();
      const large = cost(10_000);
      expect({ sheets: large.sheets, cellsRead: large.cellsRead }).toEqual({ sheets: small.sheets, cellsRead: small.cellsRead });
      expect(large.sheets).toBe(GLANCE_CALLS);
      expect(large.cellsRead).toBeLessThan(500);
      // Rows 1999, 3999, … 9999 are Maya's; 3999 and 9999 were not on time (i % 3 === 0), 5999 not done (i % 7 === 0).
      expect(large.glance.recentNotes.map((n) => n.objective)).toEqual(['Row 9999', 'Row 7999', 'Row 5999']);
      expect(large.glance.effort).toMatchObject({ sessionsLogged: 5, attended: 5, onTime: 3, checkOffs: 5, checkOffsDone: 4 });
    });

    it('a student with many notes spread through a long log: 4 Sheets calls, and only the rows that are theirs', () => {
      const steps = firstConference();
      fillSpread(10_000, 250, steps);
      program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      program.world.counter.reset();
      const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      const c = program.world.counter;
      expect(c.countTypes(SHEETS_TYPES)).toBe(GLANCE_CALLS);
      // 40 notes and 40 check-offs, whole rows: well under one column of the log (10,000 cells).
      expect(c.cellsRead).toBeLessThan(40 * (SESSION_NOTES_TABLE.columns.length + CHECK_OFFS_TABLE.columns.length) + 500);
      expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Row 9999', 'Row 9749', 'Row 9499']);
      expect(glance.effort).toMatchObject({ sessionsLogged: 40, attended: 40, checkOffs: 40 });
      expect(glance.effort.onTime).toBe(Array.from({ length: 40 }, (_, k) => 250 * k + 249).filter((i) => i % 3 !== 0).length);
      expect(glance.effort.checkOffsDone).toBe(Array.from({ length: 40 }, (_, k) => 250 * k + 249).filter((i) => i % 7 !== 0).length);
    });

    it('a person deleting rows by hand leaves the index stale: the glance notices, makes it again, and is right', () => {
      const [keyCodes] = firstConference();
      for (const objective of ['First', 'Second', 'Third'])
        expect(
          program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective, checkOffs: [{ stepId: keyCodes, done: true }] }))).ok,
        ).toBe(true);
      program.inTeam(ALGEBRA, COORDINATOR, () => requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE).deleteRow(2));
      const glance = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
      expect(glance.recentNotes.map((n) => n.objective).sort()).toEqual(['Second', 'Third']);
      program.world.counter.reset();
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA))).toEqual(glance);
      expect(program.world.counter.countTypes(SHEETS_TYPES)).toBe(GLANCE_CALLS);
    });
  });

  /** Ben's students leave the Algebra slice's active list (he still holds the file until the next provisioning). */
  function removeBenFromAlgebra(): void {
    program.inTeam(ALGEBRA, COORDINATOR, () => {
      const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
      const table = readTable(sheet, ROSTER_TABLE);
      const his = table.rows.filter((r) => r.record.tutorEmail === TUTOR_BEN).map((r) => ({ row: r.row, fields: { active: false } }));
      updateFields(sheet, ROSTER_TABLE, table.index, his);
    });
  }

  describe('who reaches which student', () => {
    it('a tutor of Algebra cannot glance at or save for a Biology student by any id, in any workbook', () => {
      // In Algebra's workbook a Biology id is simply not on the roster slice: nothing of Zoe's is in that file.
      expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(ZOE))).toThrow('not on the Roster');
      const save = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ studentId: ZOE })));
      expect(save.ok || save.errors).toEqual({ studentId: expect.stringContaining('not on the Roster') });
      const conference = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(aConference({ studentId: ZOE })));
      expect(conference.ok || conference.errors).toEqual({ studentId: expect.stringContaining('not on the Roster') });
      for (const id of [` ${ZOE}`, `${ZOE} `, ZOE.replace(/^0/, ''), '', '*']) {
        expect(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(id))).toThrow('not on the Roster');
      }
      // Biology's workbook and the master are not shared with her: Google refuses to open them at all.
      expect(() => program.inTeam(BIOLOGY, TUTOR_ANA, () => tutorStudentGlance(ZOE))).toThrow();
      expect(() => program.as(TUTOR_ANA, () => tutorStudentGlance(ZOE))).toThrow();
      expect(rows(program, SESSION_NOTES_TABLE, BIOLOGY)).toEqual([]);
      expect(rows(program, GOALS_TABLE, ALGEBRA)).toEqual([]);
    });

    it('a tutor removed from the team (no active student left) is refused, though the file still reaches him', () => {
      removeBenFromAlgebra();
      const refused = "Only the program's coordinators, the team's tutors and the team's teachers can open the tutor sidebar.";
      expect(() => program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorRoster())).toThrow(refused);
      expect(() => program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorStudentGlance(AISHA))).toThrow("Only the program's coordinators");
      expect(() => program.inTeam(ALGEBRA, TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA })))).toThrow(
        "Only the program's coordinators and the team's tutors can log session notes.",
      );
      expect(() => program.inTeam(ALGEBRA, TUTOR_BEN, () => listQuestions(AISHA))).toThrow("Only the program's coordinators");
      expect(rows(program, SESSION_NOTES_TABLE)).toEqual([]);
    });

    it("the team's teacher reads a student at a glance and the notes, but saves are refused", () => {
      const note = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Read by the teacher' })));
      expect(note.ok).toBe(true);
      const view = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => tutorRoster());
      expect(view).toMatchObject({ workbook: 'team', canSave: false });
      expect(view.students.map((s) => s.studentId)).toEqual(['00103', '00102', MAYA, '00104']);
      const glance = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => tutorStudentGlance(MAYA));
      expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Read by the teacher']);
      expect(() => program.inTeam(ALGEBRA, TEACHER_RIVERA, () => tutorSaveSessionNote(aNote()))).toThrow(
        "Only the program's coordinators and the team's tutors can log session notes.",
      );
      expect(() => program.inTeam(ALGEBRA, TEACHER_RIVERA, () => tutorSaveConference(aConference()))).toThrow(
        "Only the program's coordinators and the team's tutors can record goal-setting conferences.",
      );
      expect(rows(program, SESSION_NOTES_TABLE).map((n) => n.objective)).toEqual(['Read by the teacher']);
      expect(rows(program, GOALS_TABLE)).toEqual([]);
    });
  });

  describe('a coordinator in the master', () => {
    it("lists every student of the master's Roster with their team", () => {
      const view = program.run(() => tutorRoster());
      expect(view).toMatchObject({ workbook: 'master', canSave: true, tutorEmail: COORDINATOR });
      expect(view.students.map((s) => [s.name, s.team])).toEqual([
        ['Aisha Bello', ALGEBRA],
        ['Luis Ortega', ALGEBRA],
        ['Maya Johnson', ALGEBRA],
        ['Noah Kim', ALGEBRA],
        ['Omar Haddad', BIOLOGY],
        ['Zoe Carter', BIOLOGY],
      ]);
    });

    it("saves a note and a conference that land in the student's team workbook, and reads them back at a glance", () => {
      const note = program.run(() => tutorSaveSessionNote(aNote({ studentId: ZOE, objective: 'Cell structure' })));
      expect(note).toEqual({ ok: true, value: { noteId: expect.stringMatching(/^N-/), checkOffs: 0, row: 2 } });
      const conference = program.run(() => tutorSaveConference(aConference({ studentId: ZOE })));
      expect(conference.ok).toBe(true);
      expect(rows(program, SESSION_NOTES_TABLE, BIOLOGY).map((n) => [n.studentId, n.objective, n.tutorEmail])).toEqual([
        [ZOE, 'Cell structure', COORDINATOR],
      ]);
      expect(rows(program, GOALS_TABLE, BIOLOGY).map((g) => g.studentId)).toEqual([ZOE]);
      expect(rows(program, SESSION_NOTES_TABLE, ALGEBRA)).toEqual([]);
      // The master holds no logs at all.
      const masterSheets = program.world.state.spreadsheets[program.masterId].sheets.map((sh) => sh.name);
      expect(masterSheets).not.toContain(SESSION_NOTES_TABLE.name);
      const glance = program.run(() => tutorStudentGlance(ZOE));
      expect(glance.activeGoal?.goal).toBe('Score 70 on the Unit 6 test');
      expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Cell structure']);
      // And Biology's tutor sees the coordinator's note in his workbook.
      expect(program.inTeam(BIOLOGY, TUTOR_CHEN, () => tutorStudentGlance(ZOE)).recentNotes.map((n) => n.objective)).toEqual(['Cell structure']);
    });

    it("is told to provision first when the student's team has no workbook yet", () => {
      program.close();
      program = createProgram({ teamWorkbooks: false });
      const message = `${BIOLOGY} has no team workbook yet. Provision Drive folders and team workbooks first.`;
      expect(program.run(() => tutorSaveSessionNote(aNote({ studentId: ZOE })))).toEqual({ ok: false, message, errors: {} });
      expect(() => program.run(() => tutorStudentGlance(ZOE))).toThrow(message);
    });

    it("a tutor's save in the team workbook and the coordinator's from the master never write over each other", () => {
      const { world } = program;
      const interleave = (during: () => ReturnType<typeof tutorSaveSessionNote>) => {
        let seen: ReturnType<typeof tutorSaveSessionNote> | null = null;
        world.afterCall.push((type, method) => {
          if (seen || !WRITES.has(`${type}.${method}`)) return;
          seen = during();
        });
        return () => {
          world.afterCall.length = 0;
          return seen;
        };
      };
      const busy = {
        ok: false,
        message: 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
        errors: {},
      };
      // The coordinator saves from the master while Ana's save holds the lock in Algebra's workbook…
      let done = interleave(() => program.run(() => tutorSaveSessionNote(aNote({ studentId: '00102', objective: 'Coordinator: Luis' }))));
      const ana = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Ana: Maya' })));
      expect(done()).toEqual(busy);
      expect(ana.ok).toBe(true);
      // …and Ana saves while the coordinator's save holds it.
      done = interleave(() => program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Ana: again' }))));
      const coordinator = program.run(() => tutorSaveSessionNote(aNote({ studentId: '00102', objective: 'Coordinator: Luis' })));
      expect(done()).toEqual(busy);
      expect(coordinator.ok).toBe(true);
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Ana: again' }))).ok).toBe(true);
      expect(rows(program, SESSION_NOTES_TABLE).map((n) => [n.objective, n.tutorEmail])).toEqual([
        ['Ana: Maya', TUTOR_ANA],
        ['Coordinator: Luis', COORDINATOR],
        ['Ana: again', TUTOR_ANA],
      ]);
    });
  });

  describe('Tier 2 threaded questions', () => {
    it('a tutor asks about a session note at Tier 2; the teacher answers it', () => {
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorRoster()).tier).toBe(2);
      const note = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote()));
      if (!note.ok) throw new Error(note.message);
      const about = note.value.noteId;
      const asked = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
        askQuestion({ studentId: MAYA, about, text: 'Which method for two-step equations will be on the test?' }),
      );
      if (!asked.ok) throw new Error(asked.message);
      expect(asked.value).toMatchObject({ studentId: MAYA, about, askedBy: TUTOR_ANA, askedByRole: 'Tutor', status: 'Open', answers: [] });
      const [open] = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => listQuestions(MAYA));
      expect(open).toMatchObject({ questionId: asked.value.questionId, about, status: 'Open' });
      const answered = program.inTeam(ALGEBRA, TEACHER_RIVERA, () =>
        answerQuestion({ questionId: asked.value.questionId, text: 'Inverse operations, as on the Unit 3 worksheet.' }),
      );
      expect(answered.ok).toBe(true);
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions(MAYA))).toEqual([
        expect.objectContaining({
          text: 'Which method for two-step equations will be on the test?',
          about,
          status: 'Answered',
          answers: [
            expect.objectContaining({ author: TEACHER_RIVERA, authorRole: 'Teacher', text: 'Inverse operations, as on the Unit 3 worksheet.' }),
          ],
        }),
      ]);
      // Another student's list does not hold Maya's thread.
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions('00102'))).toEqual([]);
    });

    it('a question costs 6 Sheets calls and its answer 4, retries included, and a retried question or answer writes nothing twice', () => {
      // A note first: the workbook's Row Index exists, as in a program that has run a while.
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(aNote())).ok).toBe(true);
      const c = program.world.counter;
      const ask = { studentId: MAYA, text: 'Which method will be on the test?', saveKey: aKey() };
      c.reset();
      const asked = program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion(ask));
      if (!asked.ok) throw new Error(asked.message);
      // getActiveSpreadsheet, getId, one values.batchGet (the guard's Settings and slice, the Questions header, the
      // index), the save key's TextFinder (createTextFinder, findAll: no cell read), one batchUpdate appending the row.
      expect(c.countTypes(SHEETS_TYPES)).toBe(6);
      expect(c.count('Sheets.Spreadsheets.batchUpdate')).toBe(1);
      expect(c.count('Range.setValues')).toBe(0);
      c.reset();
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion(ask))).toEqual(asked);
      expect(c.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
      const answer = { questionId: asked.value.questionId, text: 'Inverse operations.', saveKey: aKey() };
      c.reset();
      const answered = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => answerQuestion(answer));
      expect(answered.ok).toBe(true);
      // getActiveSpreadsheet, getId, one values.batchGet (with the Questions sheet whole), one batchUpdate (the reply
      // and the question's status).
      expect(c.countTypes(SHEETS_TYPES)).toBe(4);
      c.reset();
      expect(program.inTeam(ALGEBRA, TEACHER_RIVERA, () => answerQuestion(answer))).toEqual(answered);
      expect(c.count('Sheets.Spreadsheets.batchUpdate')).toBe(0);
      expect(rows(program, QUESTIONS_TABLE).map((q) => [q.text, q.status])).toEqual([
        ['Which method will be on the test?', 'Answered'],
        ['Inverse operations.', ''],
      ]);
    });

    /** Ana asks about Maya in Algebra's workbook; Chen asks about Zoe in Biology's. Returns the two question ids. */
    function askBoth(): [string, string] {
      const algebra = program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: MAYA, text: 'Which method will be on the test?' }));
      const biology = program.inTeam(BIOLOGY, TUTOR_CHEN, () => askQuestion({ studentId: ZOE, text: 'Is the lab report graded?' }));
      if (!algebra.ok || !biology.ok) throw new Error('not asked');
      return [algebra.value.questionId, biology.value.questionId];
    }

    it("a tutor of another team sees none of Algebra's threads and cannot ask or answer about its students", () => {
      const [algebraQuestion] = askBoth();
      expect(program.inTeam(BIOLOGY, TUTOR_CHEN, () => listQuestions(MAYA))).toEqual([]);
      expect(program.inTeam(BIOLOGY, TUTOR_CHEN, () => listQuestions()).map((t) => t.studentId)).toEqual([ZOE]);
      const ask = program.inTeam(BIOLOGY, TUTOR_CHEN, () => askQuestion({ studentId: MAYA, text: 'How is Maya doing?' }));
      expect(ask).toEqual({
        ok: false,
        message: 'Please fix the highlighted fields.',
        errors: { studentId: 'No student with that ID on the Roster.' },
      });
      const answer = program.inTeam(BIOLOGY, TUTOR_CHEN, () => answerQuestion({ questionId: algebraQuestion, studentId: MAYA, text: 'Guessing' }));
      expect(answer.ok || answer.errors).toEqual({ questionId: 'That question is no longer in the Questions sheet.' });
      expect(rows(program, QUESTIONS_TABLE).map((m) => m.text)).toEqual(['Which method will be on the test?']);
      expect(rows(program, QUESTIONS_TABLE, BIOLOGY).map((m) => m.text)).toEqual(['Is the lab report graded?']);
    });

    it("a coordinator in the master sees every team's threads and answers one in its team workbook", () => {
      const [algebraQuestion] = askBoth();
      expect(
        program
          .run(() => listQuestions())
          .map((t) => [t.team, t.studentId])
          .sort(),
      ).toEqual([
        [ALGEBRA, MAYA],
        [BIOLOGY, ZOE],
      ]);
      expect(program.run(() => listQuestions(ZOE)).map((t) => t.text)).toEqual(['Is the lab report graded?']);
      const answered = program.run(() => answerQuestion({ questionId: algebraQuestion, studentId: MAYA, text: 'Inverse operations.' }));
      expect(answered.ok && answered.value).toMatchObject({ status: 'Answered', answers: [{ author: COORDINATOR, authorRole: 'Coordinator' }] });
      expect(rows(program, QUESTIONS_TABLE).map((m) => [m.authorRole, m.status])).toEqual([
        ['Tutor', 'Answered'],
        ['Coordinator', ''],
      ]);
      // Without the student, the master cannot tell which team workbook holds the question.
      const unplaced = program.run(() => answerQuestion({ questionId: algebraQuestion, text: 'Again' }));
      expect(unplaced.ok || unplaced.errors).toEqual({ questionId: 'Open the question from the student it is about.' });
      // The master holds no Questions sheet (it is never made on the fly there).
      expect(program.world.state.spreadsheets[program.masterId].sheets.map((sh) => sh.name)).not.toContain(QUESTIONS_TABLE.name);
    });

    it('a Tier 1 program refuses questions with a message, and the sidebar learns the tier', () => {
      program.close();
      program = createProgram({ tier: 1 });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorRoster()).tier).toBe(1);
      const refused = program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: MAYA, text: 'Which questions will be on the test?' }));
      expect(refused).toEqual({ ok: false, message: expect.stringContaining('Tier 2'), errors: {} });
      const answer = program.inTeam(ALGEBRA, TEACHER_RIVERA, () => answerQuestion({ questionId: 'Q-any', text: 'An answer' }));
      expect(answer).toEqual({
        ok: false,
        message: 'Threaded questions are part of Tier 2 and 3 communication; this program is set to Tier 1 (see Settings).',
        errors: {},
      });
      expect(program.inTeam(ALGEBRA, TUTOR_ANA, () => listQuestions(MAYA))).toEqual([]);
    });
  });

  it('uses the column headers the sheets declare (labels and hints come from the same table)', () => {
    expect(columnNote(SESSION_NOTES_TABLE, 'objective')).toMatch(/What was the objective for this session/);
  });
});
