import { type CallCounter, SHEETS_TYPES } from '../../fakes/counter';
import { setDriveScope } from '../../fakes/drive';
import type { ConferenceForm } from '../../src/core/conference-form';
import { blankConference } from '../../src/core/conference-form';
import { toRecord } from '../../src/core/records';
import { blankSessionNote, type SessionNoteForm } from '../../src/core/session-note-form';
import { columnOf, type TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { answerQuestion, askQuestion, listQuestions } from '../../src/server/drive';
import { menuOpenTutorSidebar, tutorRoster, tutorSaveConference, tutorSaveSessionNote, tutorStudentGlance } from '../../src/server/tutor';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import { fillTutorLogs } from '../support/logs';
import { ALGEBRA, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';

const MAYA = '00101';
const AISHA = '00103';

function aConference(overrides: Partial<ConferenceForm> = {}): ConferenceForm {
  return {
    ...blankConference(MAYA, '2026-10-05'),
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

function aNote(overrides: Partial<SessionNoteForm> = {}): SessionNoteForm {
  return {
    ...blankSessionNote(MAYA, '2026-10-07'),
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

function rows(program: Program, schema: TableSchema) {
  return program.run(() => readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), schema), schema).rows.map((r) => r.record));
}

describe('server/tutor', () => {
  let program: Program;
  beforeEach(() => {
    program = createProgram();
  });
  afterEach(() => program.close());

  /** Provisions the program's Drive folders (and each team's notes view) as the coordinator would. */
  function provision(): void {
    setDriveScope(program.world, 'drive.file');
    const started = program.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
    let progress = started;
    while (!progress.finished) progress = program.run(() => runChunk(started.jobId));
    program.world.counter.reset();
  }

  /** Ana holds Maya's first conference; returns Maya's two new step ids. */
  function firstConference(): string[] {
    const result = program.as(TUTOR_ANA, () => tutorSaveConference(aConference()));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.value.stepIds;
  }

  it('a tutor opens the sidebar from the Sheets menu', () => {
    program.as(TUTOR_ANA, () => menuOpenTutorSidebar());
    expect(program.world.state.ui.shown).toEqual([expect.objectContaining({ kind: 'sidebar', title: 'Tutor sidebar' })]);
  });

  it('a tutor sees their own students first, then the rest of the roster', () => {
    const view = program.as(TUTOR_BEN, () => tutorRoster());
    expect(view.tutorEmail).toBe(TUTOR_BEN);
    expect(view.students.map((s) => [s.name, s.mine])).toEqual([
      ['Aisha Bello', true],
      ['Noah Kim', true],
      ['Luis Ortega', false],
      ['Maya Johnson', false],
      ['Omar Haddad', false],
      ['Zoe Carter', false],
    ]);
  });

  it('a tutor records a goal-setting conference: Goals Master List, Action Steps, Conferences', () => {
    const result = program.as(TUTOR_ANA, () =>
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
    const result = program.as(TUTOR_ANA, () =>
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
    const result = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote(text)));
    expect(result.ok).toBe(true);
    const [note] = rows(program, SESSION_NOTES_TABLE);
    expect(note).toMatchObject(text);
    const formulas = program.run(
      () => requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE).getRange(2, 1, 1, 22).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);
  });

  it('refuses bad input on the server with a message per field, writing nothing', () => {
    const bad = { ...aNote(), date: '2026-13-01', objective: '', endTime: '25:00', followThrough: 'Maybe' } as unknown as SessionNoteForm;
    const result = program.as(TUTOR_ANA, () => tutorSaveSessionNote(bad));
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
    const badConference = program.as(TUTOR_ANA, () => tutorSaveConference(aConference({ score: 'sixty', steps: [] })));
    expect(badConference.ok || badConference.errors).toEqual({
      score: 'Score must be a number (0 or more), e.g. 64.',
      steps: 'Add at least one action step.',
    });
    expect(rows(program, GOALS_TABLE)).toEqual([]);
  });

  it("refuses a check-off of another student's step and a student not on the roster", () => {
    const [keyCodes] = firstConference();
    const other = program.as(TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, checkOffs: [{ stepId: keyCodes, done: true }] })));
    expect(other.ok || other.errors).toEqual({ 'checkOffs.0.stepId': expect.stringContaining("not one of Aisha Bello's") });
    const ghost = program.as(TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: '99999' })));
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
      const saved = program.as(TUTOR_ANA, () =>
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
    program.as(TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, date: '2026-10-15', objective: 'Not Maya' })));
    const glance = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
    expect(glance.student).toMatchObject({ name: 'Maya Johnson', mine: true, teacherEmail: 'ms.rivera@school.example' });
    expect(glance.activeGoal).toMatchObject({ goal: 'Score 70 on the Unit 6 test', target: 70 });
    expect(glance.steps.map((s) => [s.stepId, s.recent])).toEqual([
      [keyCodes, [true, true, true, true]],
      [flashcards, [true, false, true, false]],
    ]);
    expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Objective 2026-10-14', 'Objective 2026-10-12', 'Objective 2026-10-09']);
    expect(glance.effort.text).toContain('Tutoring attendance: 4 of 4 logged sessions (100%).');
    expect(glance.effort.text).toContain('Action steps done: 6 of 8 check-offs (75%).');
    expect(glance.prompts.map((p) => [p.kind, p.stepId])).toEqual([['redirect', flashcards]]);
  });

  it('a conference that finds the previous goal met marks it Met and praises the effort behind it', () => {
    const [keyCodes] = firstConference();
    program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote({ checkOffs: [{ stepId: keyCodes, done: true }] })));
    const before = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
    const previousGoalId = before.activeGoal?.goalId ?? '';
    const result = program.as(TUTOR_ANA, () =>
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
    const after = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
    expect(after.activeGoal?.goal).toBe('Score 80 on the Unit 7 test');
  });

  it('two tutors saving at once: B is told someone else is saving, retries after A, and both notes are intact, in order', () => {
    const [keyCodes, flashcards] = firstConference();
    const { world } = program;
    let duringA: ReturnType<typeof tutorSaveSessionNote> | null = null;
    let fired = false;
    world.afterCall.push((type, method) => {
      if (fired || `${type}.${method}` !== 'Range.setValues') return;
      fired = true;
      duringA = program.as(TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, objective: 'Ben: ratios' })));
    });
    const a = program.as(TUTOR_ANA, () =>
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
    const retry = program.as(TUTOR_BEN, () => tutorSaveSessionNote(aNote({ studentId: AISHA, objective: 'Ben: ratios' })));
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

  describe('cost', () => {
    /** Sheets calls, of which `grow` are insertRowsAfter (once per sheet that is full, as a 10,000-row log is). */
    function measureNoteSave(logSize: number): { calls: number; grow: number; cellsRead: number; cellsWritten: number } {
      const [keyCodes, flashcards] = firstConference();
      fillTutorLogs(program, logSize);
      program.world.counter.reset();
      const result = program.as(TUTOR_ANA, () =>
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
      return { calls: c.countTypes(SHEETS_TYPES), grow: c.count('Sheet.insertRowsAfter'), cellsRead: c.cellsRead, cellsWritten: c.cellsWritten };
    }

    it.each([10, 10_000])('a session-note save with 2 check-offs costs at most 28 Sheets calls with %i notes in the log', (n) => {
      const cost = measureNoteSave(n);
      // 25 for the save (two table reads sharing one time-zone lookup, three header reads, three appends), plus 1 for
      // keeping the teachers' notes view current in a program with no Drive folders yet: the sync looks for the Drive
      // Folders sheet (absent; it reuses the Roster the save read) before finding nothing to sync — and makes no Drive
      // call (asserted in measureNoteSave). Plus one insertRowsAfter for each of the two logs when its sheet is full.
      expect(cost.calls - cost.grow).toBe(26);
      expect(cost.calls).toBeLessThanOrEqual(28);
      // Only the Roster, Action Steps and header rows are read; the logs themselves are never read.
      expect(cost.cellsRead).toBeLessThan(200);
      expect(cost.cellsWritten).toBe(SESSION_NOTES_TABLE.columns.length + 2 * CHECK_OFFS_TABLE.columns.length);
    });

    it('the cost of a save does not grow with the log', () => {
      const small = measureNoteSave(10);
      program.close();
      program = createProgram();
      const large = measureNoteSave(10_000);
      expect({ ...large, calls: large.calls - large.grow, grow: 0 }).toEqual({ ...small, calls: small.calls - small.grow, grow: 0 });
    });

    it('a conference save costs at most 35 Sheets calls, and the glance reads no column of a long log', () => {
      firstConference();
      fillTutorLogs(program, 10_000);
      program.world.counter.reset();
      const saved = program.as(TUTOR_ANA, () => tutorSaveConference(aConference({ conferenceDate: '2026-10-20' })));
      expect(saved.ok).toBe(true);
      expect(program.world.counter.countTypes(SHEETS_TYPES)).toBeLessThanOrEqual(35);
      program.world.counter.reset();
      program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
      expect(program.world.counter.countTypes(SHEETS_TYPES)).toBeLessThanOrEqual(GLANCE_CALLS);
      // TextFinder finds the student's rows; no column of the log is read (22 columns × 10,000 notes would be 220,000).
      expect(program.world.counter.cellsRead).toBeLessThan(500);
    });

    /**
     * The most Sheets calls a glance makes, whatever the logs hold: 16 for the Roster, Goals and Action Steps, then per
     * log 10 to find the rows (sheet, header row, getLastRow, TextFinder) and at most 18 to read them (the first and
     * last match's rows, then 8 rows one by one; or, for Session Notes, five columns of a long block and the three
     * latest rows).
     */
    const GLANCE_CALLS = 72;

    /** Maya's glance after her first conference and four notes with two check-offs each (one missed, one late). */
    function measureGlance(): { calls: number; cellsRead: number; getValues: number; glance: ReturnType<typeof tutorStudentGlance> } {
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
        expect(program.as(TUTOR_ANA, () => tutorSaveSessionNote(note)).ok).toBe(true);
      });
      program.world.counter.reset();
      const glance = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
      const c = program.world.counter;
      return { calls: c.countTypes(SHEETS_TYPES), cellsRead: c.cellsRead, getValues: c.count('Range.getValues'), glance };
    }

    it('the glance reads the same cells in the same calls with 10 or 10,000 notes of other students in the logs', () => {
      fillTutorLogs(program, 10);
      const small = measureGlance();
      program.close();
      program = createProgram();
      fillTutorLogs(program, 10_000);
      const large = measureGlance();
      const cost = ({ calls, cellsRead, getValues }: typeof small) => ({ calls, cellsRead, getValues });
      expect(cost(large)).toEqual(cost(small));
      expect(large.glance.effort).toEqual(small.glance.effort);
      expect(large.calls).toBeLessThanOrEqual(GLANCE_CALLS);
      // Roster, Goals, Action Steps, two header rows, then Maya's 4 notes (22 columns) and 8 check-offs (6 columns).
      expect(large.cellsRead).toBeLessThan(500);
      expect(large.glance.effort).toMatchObject({ sessionsLogged: 4, attended: 3, onTime: 2, checkOffs: 8, checkOffsDone: 6 });
      expect(large.glance.recentNotes.map((n) => n.date)).toEqual(['2026-10-14', '2026-10-12', '2026-10-09']);
    });

    /** `n` rows of each log; every `every`-th is Maya's (a note, and a check-off of one of her open steps). */
    function fillSpread(n: number, every: number, steps: readonly string[]): void {
      program.run(() => {
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
        program.world.counter.reset();
        const glance = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
        const c = program.world.counter;
        return { calls: c.countTypes(SHEETS_TYPES), cellsRead: c.cellsRead, glance };
      };
      // Maya's five rows lie 200 or 2,000 rows apart: read one by one, so the cost is the same.
      const small = cost(1_000);
      program.close();
      program = createProgram();
      const large = cost(10_000);
      expect({ calls: large.calls, cellsRead: large.cellsRead }).toEqual({ calls: small.calls, cellsRead: small.cellsRead });
      expect(large.calls).toBeLessThanOrEqual(GLANCE_CALLS);
      expect(large.cellsRead).toBeLessThan(500);
      // Rows 1999, 3999, … 9999 are Maya's; 3999 and 9999 were not on time (i % 3 === 0), 5999 not done (i % 7 === 0).
      expect(large.glance.recentNotes.map((n) => n.objective)).toEqual(['Row 9999', 'Row 7999', 'Row 5999']);
      expect(large.glance.effort).toMatchObject({ sessionsLogged: 5, attended: 5, onTime: 3, checkOffs: 5, checkOffsDone: 4 });
    });

    it('a student with many notes spread through a long log: calls stay bounded, and fewer cells are read than the key columns', () => {
      const steps = firstConference();
      fillSpread(10_000, 250, steps);
      program.world.counter.reset();
      const glance = program.as(TUTOR_ANA, () => tutorStudentGlance(MAYA));
      const c = program.world.counter;
      expect(c.countTypes(SHEETS_TYPES)).toBeLessThanOrEqual(GLANCE_CALLS);
      // The block between Maya's first and last rows holds other students' rows too; it is read five columns (notes)
      // and four (check-offs) at a time, never more than the nine whole columns read before.
      expect(c.cellsRead).toBeLessThan(9 * 10_000);
      expect(glance.recentNotes.map((n) => n.objective)).toEqual(['Row 9999', 'Row 9749', 'Row 9499']);
      expect(glance.effort).toMatchObject({ sessionsLogged: 40, attended: 40, checkOffs: 40 });
      expect(glance.effort.onTime).toBe(Array.from({ length: 40 }, (_, k) => 250 * k + 249).filter((i) => i % 3 !== 0).length);
      expect(glance.effort.checkOffsDone).toBe(Array.from({ length: 40 }, (_, k) => 250 * k + 249).filter((i) => i % 7 !== 0).length);
    });
  });

  describe('session notes reach teachers', () => {
    const notesView = () => {
      const view = Object.values(program.world.state.drive).find((i) => i.name === `${ALGEBRA} — Session Notes` && !i.trashed);
      if (!view) throw new Error('no notes view');
      return program.world.state.spreadsheets[view.id].sheets[0].values;
    };

    it("a note saved after provisioning updates the team's notes view in Drive", () => {
      provision();
      const before = notesView().length;
      const result = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Solve two-step equations' })));
      expect(result).toEqual({ ok: true, value: { noteId: expect.stringMatching(/^N-/), checkOffs: 0, row: 2 } });
      const view = notesView();
      expect(view.length).toBe(before + 1);
      expect(view[1]).toEqual(expect.arrayContaining(['Maya Johnson', TUTOR_ANA, 'Solve two-step equations', result.ok && result.value.noteId]));
      // 16 for the save without check-offs; the sync reads the Drive Folders sheet, the Roster and Session Notes, opens
      // the view once and writes it once, then records the view's fingerprint (39 in all when measured; setValues: the
      // note, the view, the fingerprint). No Drive API call: the view's id is in the workbook.
      const c = program.world.counter;
      expect({ drive: driveCalls(c), opens: c.count('SpreadsheetApp.openById'), setValues: c.count('Range.setValues') }).toEqual({
        drive: 0,
        opens: 1,
        setValues: 3,
      });
      expect(c.countTypes(SHEETS_TYPES)).toBeLessThanOrEqual(40);
    });

    it('a Drive failure during the sync still saves the note, with a warning; the next note catches the view up', () => {
      provision();
      const { world } = program;
      world.afterCall.push((type, method) => {
        if (`${type}.${method}` === 'SpreadsheetApp.openById') world.failAtCall(1);
      });
      const first = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote({ objective: 'Lost in Drive' })));
      world.afterCall.length = 0;
      expect(first).toEqual({
        ok: true,
        value: {
          noteId: expect.stringMatching(/^N-/),
          checkOffs: 0,
          row: 2,
          teacherViewWarning: expect.stringMatching(/^Saved, but the teacher's notes view in Drive was not updated \(.+\)\. It catches up/),
        },
      });
      expect(rows(program, SESSION_NOTES_TABLE).map((n) => n.objective)).toEqual(['Lost in Drive']);
      expect(notesView().flat()).not.toContain('Lost in Drive');
      const second = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote({ date: '2026-10-09', objective: 'Found again' })));
      expect(second.ok && second.value.teacherViewWarning).toBeUndefined();
      expect(notesView().flat()).toEqual(expect.arrayContaining(['Lost in Drive', 'Found again']));
    });

    it('a notes view deleted from Drive is reported as a warning, and the note is saved', () => {
      provision();
      const view = Object.values(program.world.state.drive).find((i) => i.name === `${ALGEBRA} — Session Notes`);
      if (!view) throw new Error('no notes view');
      delete program.world.state.drive[view.id];
      delete program.world.state.spreadsheets[view.id];
      const result = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote()));
      expect(result.ok && result.value.teacherViewWarning).toBe(
        'Saved, but the teacher\'s notes view in Drive was not updated: The session-notes view is missing: run "Provision Drive folders".',
      );
      expect(rows(program, SESSION_NOTES_TABLE)).toHaveLength(1);
    });
  });

  describe('Tier 2 threaded questions', () => {
    it('a tutor asks about a session note at Tier 2; the teacher answers it', () => {
      expect(program.as(TUTOR_ANA, () => tutorRoster()).tier).toBe(2);
      const note = program.as(TUTOR_ANA, () => tutorSaveSessionNote(aNote()));
      if (!note.ok) throw new Error(note.message);
      const about = note.value.noteId;
      const asked = program.as(TUTOR_ANA, () =>
        askQuestion({ studentId: MAYA, about, text: 'Which method for two-step equations will be on the test?' }),
      );
      if (!asked.ok) throw new Error(asked.message);
      expect(asked.value).toMatchObject({ studentId: MAYA, about, askedBy: TUTOR_ANA, askedByRole: 'Tutor', status: 'Open', answers: [] });
      const [open] = program.as(TEACHER_RIVERA, () => listQuestions(MAYA));
      expect(open).toMatchObject({ questionId: asked.value.questionId, about, status: 'Open' });
      const answered = program.as(TEACHER_RIVERA, () =>
        answerQuestion({ questionId: asked.value.questionId, text: 'Inverse operations, as on the Unit 3 worksheet.' }),
      );
      expect(answered.ok).toBe(true);
      expect(program.as(TUTOR_ANA, () => listQuestions(MAYA))).toEqual([
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
      expect(program.as(TUTOR_ANA, () => listQuestions('00102'))).toEqual([]);
    });

    it('a Tier 1 program refuses questions with a message, and the sidebar learns the tier', () => {
      program.close();
      program = createProgram({ tier: 1 });
      expect(program.as(TUTOR_ANA, () => tutorRoster()).tier).toBe(1);
      const refused = program.as(TUTOR_ANA, () => askQuestion({ studentId: MAYA, text: 'Which questions will be on the test?' }));
      expect(refused).toEqual({ ok: false, message: expect.stringContaining('Tier 2'), errors: {} });
      expect(program.as(TUTOR_ANA, () => listQuestions(MAYA))).toEqual([]);
    });
  });

  it('uses the column headers the sheets declare (labels and hints come from the same table)', () => {
    expect(columnOf(SESSION_NOTES_TABLE, 'objective').note).toMatch(/What was the objective for this session/);
  });
});
