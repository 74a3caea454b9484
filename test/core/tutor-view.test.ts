import type { ActionStep, Goal, SessionNote, Student } from '../../src/core/model';
import { blankSessionNote } from '../../src/core/session-note-form';
import { activeGoalOf, effortSummary, historyOf, studentGlance, tutorRoster } from '../../src/core/tutor-view';

const student = (studentId: string, name: string, tutorEmail: string, active = true): Student => ({
  studentId,
  name,
  grade: '9',
  subject: 'Math',
  team: 'Algebra',
  teacherEmail: 't@s.example',
  tutorEmail,
  familyContact: '',
  active,
});
const goal = (goalId: string, conferenceDate: string, status: Goal['status'] = 'Active'): Goal => ({
  goalId,
  studentId: '1',
  conferenceDate,
  assessment: '',
  score: null,
  goal: `Goal ${goalId}`,
  target: 70,
  dueDate: '',
  status,
  prioritized: false,
  conferenceDocUrl: '',
});
const note = (date: string, o: Partial<SessionNote> = {}): SessionNote => ({
  ...blankSessionNote('1', date),
  degreeAccomplished: null,
  attended: true,
  onTime: true,
  focusMotivation: '',
  promptingNeeded: '',
  followThrough: '',
  noteId: `N-${date}`,
  tutorEmail: 'ana@s.example',
  objective: `Objective ${date}`,
  ...o,
});

describe('tutor-view', () => {
  it("tutorRoster lists the signed-in tutor's active students first, then the rest, by name", () => {
    const roster = tutorRoster(
      [
        student('1', 'Zoe', 'ben@s.example'),
        student('2', 'Luis', 'ana@s.example'),
        student('3', 'Aisha', 'ben@s.example'),
        student('4', 'Maya', 'ana@s.example'),
        student('5', 'Gone', 'ana@s.example', false),
      ],
      'Ana@S.example',
    );
    expect(roster.map((r) => `${r.name}${r.mine ? '*' : ''}`)).toEqual(['Luis*', 'Maya*', 'Aisha', 'Zoe']);
  });

  it('activeGoalOf picks the latest active goal', () => {
    expect(activeGoalOf([goal('A', '2026-09-10'), goal('B', '2026-10-05'), goal('C', '2026-11-01', 'Met')], '1')?.goalId).toBe('B');
    expect(activeGoalOf([goal('C', '2026-11-01', 'Met')], '1')).toBeNull();
  });

  it('historyOf orders check-offs by date, keeping sheet order on ties', () => {
    expect(
      historyOf([
        { stepId: 'S', done: true, date: '2026-10-08' },
        { stepId: 'S', done: false, date: '2026-10-06' },
        { stepId: 'S', done: true, date: '2026-10-08' },
      ]),
    ).toEqual({ S: [false, true, true] });
  });

  it('effortSummary states attendance, punctuality, follow-through and recent assignments', () => {
    const e = effortSummary(
      [
        note('2026-10-01', { assignments: 'Unit 5 test corrections' }),
        note('2026-10-03', { onTime: false }),
        note('2026-10-06', { attended: false, onTime: false }),
      ],
      [{ done: true }, { done: false }],
    );
    expect(e.text).toBe(
      'Tutoring attendance: 2 of 3 logged sessions (67%).\nPunctuality: on time 1 of 2 (50%).\nAction steps done: 1 of 2 check-offs (50%).\nAssignments completed/corrected lately: Unit 5 test corrections.',
    );
    expect(effortSummary([], []).text).toBe('');
  });

  it('effortSummary speaks Dutch to a Dutch tutor (the glance and the data share it prefills)', () => {
    const e = effortSummary(
      [note('2026-10-01', { assignments: 'Verbetering toets 5' }), note('2026-10-03', { onTime: false })],
      [{ done: true }, { done: false }],
      undefined,
      'nl',
    );
    expect(e.text).toBe(
      'Aanwezigheid bij tutoring: 2 van 2 vastgelegde sessies (100%).\nStiptheid: 1 van de 2 keer op tijd (50%).\nActiestappen gedaan: 1 van de 2 keer afgevinkt (50%).\nOpdrachten gemaakt/verbeterd de laatste tijd: Verbetering toets 5.',
    );
  });

  it('studentGlance shows the active goal, its open steps with recent check-offs, the last three notes and prompts', () => {
    const steps: ActionStep[] = [
      {
        stepId: 'S1',
        goalId: 'B',
        studentId: '1',
        action: 'I will practice my key codes on Mondays.',
        whenHowOften: '',
        effortMeasure: '',
        backupPlan: '',
        status: 'Open',
      },
      {
        stepId: 'S2',
        goalId: 'B',
        studentId: '1',
        action: 'I will study more.',
        whenHowOften: '',
        effortMeasure: '',
        backupPlan: '',
        status: 'Open',
      },
      { stepId: 'S0', goalId: 'A', studentId: '1', action: 'Old goal step', whenHowOften: '', effortMeasure: '', backupPlan: '', status: 'Open' },
    ];
    const glance = studentGlance({
      student: student('1', 'Maya Johnson', 'ana@s.example'),
      tutorEmail: 'ana@s.example',
      goals: [goal('A', '2026-09-10', 'Not met'), goal('B', '2026-10-05')],
      steps,
      checkOffs: [
        { stepId: 'S2', done: false, date: '2026-10-06' },
        { stepId: 'S1', done: true, date: '2026-10-06' },
        { stepId: 'S2', done: false, date: '2026-10-08' },
      ],
      notes: [note('2026-10-01'), note('2026-10-08'), note('2026-10-06'), note('2026-10-03')],
    });
    expect(glance.activeGoal?.goalId).toBe('B');
    expect(glance.steps.map((s) => [s.stepId, s.recent, s.specific])).toEqual([
      ['S1', [true], true],
      ['S2', [false, false], false],
    ]);
    expect(glance.recentNotes.map((n) => n.date)).toEqual(['2026-10-08', '2026-10-06', '2026-10-03']);
    expect(glance.prompts.map((p) => [p.kind, p.stepId])).toEqual([['redirect', 'S2']]);
    expect(glance.student.mine).toBe(true);
  });
});
