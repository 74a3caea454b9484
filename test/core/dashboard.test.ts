import { attendanceWindow, computeDashboard, type DashboardInput, dashboardRecord } from '../../src/core/dashboard';
import type { ActionStep, Goal, SessionNote, StepCheckOff, Student } from '../../src/core/model';

// Builders: only the fields a test cares about.
const student = (studentId: string, over: Partial<Student> = {}): Student => ({
  studentId,
  name: `Student ${studentId}`,
  grade: '7',
  subject: 'Math',
  team: 'Math 7A',
  teacherEmail: 'teacher@school.example',
  tutorEmail: 'tutor@school.example',
  familyContact: '',
  active: true,
  ...over,
});
const goal = (goalId: string, studentId: string, over: Partial<Goal> = {}): Goal => ({
  goalId,
  studentId,
  conferenceDate: '2026-09-01',
  assessment: 'Unit 1 test',
  score: 60,
  goal: 'Score 70 on the Unit 2 test',
  target: 70,
  dueDate: '2026-10-30',
  status: 'Active',
  prioritized: false,
  conferenceDocUrl: '',
  ...over,
});
const step = (stepId: string, goalId: string, studentId: string): ActionStep => ({
  stepId,
  goalId,
  studentId,
  action: 'I will come to tutoring on Mondays and Wednesdays to practice two-step equations.',
  whenHowOften: 'Mon, Wed',
  effortMeasure: 'sessions attended',
  backupPlan: '',
  status: 'Open',
});
const checkOff = (date: string, stepId: string, studentId: string, done: boolean): StepCheckOff => ({
  date,
  stepId,
  studentId,
  tutorEmail: 'tutor@school.example',
  done,
  noteId: '',
});
const note = (date: string, studentId: string, attended = true, onTime = true): SessionNote => ({
  noteId: `N-${date}-${studentId}`,
  date,
  startTime: '15:00',
  endTime: '15:45',
  studentId,
  tutorEmail: 'tutor@school.example',
  objective: '',
  rationale: '',
  degreeAccomplished: null,
  topicsSkills: '',
  materials: '',
  assignments: '',
  assessmentData: '',
  attended,
  onTime,
  engagement: '',
  focusMotivation: '',
  promptingNeeded: '',
  followThrough: '',
  followThroughWhy: '',
  studentShared: '',
  questionsForTeacher: '',
});

const TODAY = '2026-10-01'; // a Thursday; the 4-week window is 2026-09-04 … 2026-10-01
const settings = { dosage: 2, termStart: '2026-08-15', termEnd: '2027-06-15' };

function input(over: Partial<DashboardInput>): DashboardInput {
  return { today: TODAY, settings, students: [], goals: [], steps: [], checkOffs: [], notes: [], ...over };
}

/** Eight sessions in the window (twice a week for four weeks), all attended and on time. */
const fullAttendance = (id: string) =>
  ['2026-09-07', '2026-09-09', '2026-09-14', '2026-09-16', '2026-09-21', '2026-09-23', '2026-09-28', '2026-09-30'].map((d) => note(d, id));

describe('dashboard', () => {
  describe('attendanceWindow', () => {
    it('counts the last 28 days up to and including today, and dosage × 4 scheduled sessions', () => {
      expect(attendanceWindow(TODAY, settings)).toEqual({ start: '2026-09-04', end: '2026-10-01', scheduled: 8, name: 'in the last 4 weeks' });
    });
    it('starts the window at the term start when the term is younger than 4 weeks', () => {
      expect(attendanceWindow('2026-08-28', settings)).toEqual({
        start: '2026-08-15',
        end: '2026-08-28',
        scheduled: 4,
        name: 'since the term started on 15 Aug',
      });
    });
    it('schedules nothing before the term starts', () => {
      expect(attendanceWindow('2026-08-01', settings).scheduled).toBe(0);
    });
  });

  describe('computeDashboard', () => {
    it('counts only check-offs of finished saves: one whose session note never landed is left out', () => {
      const finishedNote = note('2026-09-07', '001');
      const d = computeDashboard(
        input({
          students: [student('001')],
          notes: [finishedNote],
          goals: [goal('G1', '001', { score: 63 })],
          steps: [step('S1', 'G1', '001')],
          checkOffs: [
            { ...checkOff('2026-09-07', 'S1', '001', true), noteId: finishedNote.noteId },
            // Written by a save killed before its note row (the completion marker), and never retried.
            { ...checkOff('2026-09-09', 'S1', '001', false), noteId: 'N-never-landed' },
          ],
        }),
      );
      expect(d.rows[0].stepCompletionRate).toBe(1);
    });

    it('a student who came to every session, on time, with steps checked off and a rising score is not flagged', () => {
      const d = computeDashboard(
        input({
          students: [student('001')],
          notes: fullAttendance('001'),
          goals: [goal('G0', '001', { conferenceDate: '2026-06-01', score: 50, status: 'Met' }), goal('G1', '001', { score: 63 })],
          steps: [step('S1', 'G1', '001')],
          checkOffs: [checkOff('2026-09-07', 'S1', '001', true), checkOff('2026-09-09', 'S1', '001', false)],
        }),
      );
      expect(d.rows[0]).toMatchObject({
        sessionsAttended4w: 8,
        attendanceRate: 1,
        punctualityRate: 1,
        stepCompletionRate: 0.5,
        latestScore: 63,
        target: 70,
        progressToGoal: 0.9,
        flag: false,
        reasons: [],
      });
    });

    it('counts only attended notes inside the window: not the day before it, not after today, not absences', () => {
      const d = computeDashboard(
        input({
          students: [student('002')],
          notes: [
            note('2026-09-03', '002'), // the day before the window
            note('2026-09-04', '002'), // first day of the window
            note('2026-09-10', '002', true, false), // late
            note('2026-09-17', '002', false), // absent
            note('2026-10-01', '002'), // today
            note('2026-10-02', '002'), // tomorrow
          ],
        }),
      );
      const row = d.rows[0];
      expect(row.sessionsAttended4w).toBe(3);
      expect(row.attendanceRate).toBe(3 / 8);
      expect(row.punctualityRate).toBeCloseTo(2 / 3);
    });

    it('flags attendance under 75% with the numbers in the reason', () => {
      const d = computeDashboard(input({ students: [student('003')], notes: fullAttendance('003').slice(0, 5) }));
      expect(d.rows[0].flag).toBe(true);
      expect(d.rows[0].reasons).toEqual([{ code: 'attendance', text: 'attendance 63% (5 of 8 sessions in the last 4 weeks) is under 75%' }]);
      expect(dashboardRecord(d.rows[0]).reason).toBe('Attendance 63% (5 of 8 sessions in the last 4 weeks) is under 75%');
    });

    it('does not flag exactly 75% attendance', () => {
      const d = computeDashboard(input({ students: [student('004')], notes: fullAttendance('004').slice(0, 6) }));
      expect(d.rows[0].attendanceRate).toBe(0.75);
      expect(d.rows[0].flag).toBe(false);
    });

    it('flags a student who missed 3 of the last 4 action-step check-offs of the active goal', () => {
      const offs = [true, true, false, true, false, false].map((done, i) => checkOff(`2026-09-${10 + i}`, 'S1', '005', done));
      const d = computeDashboard(
        input({
          students: [student('005')],
          notes: fullAttendance('005'),
          goals: [goal('G1', '005')],
          steps: [step('S1', 'G1', '005')],
          checkOffs: [...offs].reverse(), // order in the sheet does not matter: the last four by date count
        }),
      );
      expect(d.rows[0].reasons.map((r) => r.text)).toEqual(['missed 3 of the last 4 action-step check-offs']);
      expect(d.rows[0].stepCompletionRate).toBe(0.5);
    });

    it('ignores check-offs of an older goal’s steps', () => {
      const d = computeDashboard(
        input({
          students: [student('006')],
          notes: fullAttendance('006'),
          goals: [goal('G0', '006', { status: 'Revised', conferenceDate: '2026-06-01' }), goal('G1', '006')],
          steps: [step('S0', 'G0', '006'), step('S1', 'G1', '006')],
          checkOffs: [1, 2, 3, 4].map((i) => checkOff(`2026-09-1${i}`, 'S0', '006', false)),
        }),
      );
      expect(d.rows[0].stepCompletionRate).toBeNull();
      expect(d.rows[0].flag).toBe(false);
    });

    it('flags a score trending away from the target, not one moving towards it', () => {
      const goals = [goal('G0', '007', { conferenceDate: '2026-06-01', score: 62, status: 'Not met' }), goal('G1', '007', { score: 55 })];
      const toward = [goal('G2', '008', { conferenceDate: '2026-06-01', score: 55, status: 'Not met' }), goal('G3', '008', { score: 62 })];
      const d = computeDashboard(
        input({
          students: [student('007'), student('008')],
          notes: [...fullAttendance('007'), ...fullAttendance('008')],
          goals: [...goals, ...toward],
        }),
      );
      const [away, closer] = d.rows;
      expect(away.reasons).toEqual([{ code: 'scoreTrend', text: 'score trending away from target (62 → 55, target 70)' }]);
      expect(closer.flag).toBe(false);
    });

    it('flags an active goal past its due date that is not met, and a student the tutor marked prioritized', () => {
      const d = computeDashboard(
        input({
          students: [student('009')],
          notes: fullAttendance('009'),
          goals: [goal('G1', '009', { dueDate: '2026-09-25', prioritized: true })],
        }),
      );
      expect(d.rows[0].reasons.map((r) => r.code)).toEqual(['overdue', 'prioritizedByTutor']);
      expect(dashboardRecord(d.rows[0]).reason).toBe('Goal due 25 Sep, 6 days overdue and not met yet; marked prioritized on the Goals Master List');
    });

    it('a student with no goal and no notes: attendance 0, no rates, no score, flagged only for attendance', () => {
      const d = computeDashboard(input({ students: [student('010')] }));
      expect(d.rows[0]).toMatchObject({
        sessionsAttended4w: 0,
        attendanceRate: 0,
        punctualityRate: null,
        stepCompletionRate: null,
        goalId: '',
        latestScore: null,
        target: null,
        progressToGoal: null,
        reasons: [{ code: 'attendance', text: 'attendance 0% (0 of 8 sessions in the last 4 weeks) is under 75%' }],
      });
      expect(dashboardRecord(d.rows[0])).toMatchObject({ attendanceRate: 0, punctualityRate: null, latestScore: null, flag: true });
    });

    it('before the term starts nobody is flagged for attendance', () => {
      const d = computeDashboard(input({ today: '2026-08-01', students: [student('011')] }));
      expect(d.rows[0]).toMatchObject({ attendanceRate: null, flag: false });
    });

    it('caps progress to goal at 100% and leaves inactive students out; rows sort by team then name', () => {
      const d = computeDashboard(
        input({
          students: [
            student('012', { team: 'Science 8B', name: 'Zed' }),
            student('013', { name: 'Yan' }),
            student('014', { name: 'Xia', active: false }),
            student('015', { name: 'Abe' }),
          ],
          notes: ['012', '013', '015'].flatMap(fullAttendance),
          goals: [goal('G1', '013', { score: 84 })],
        }),
      );
      expect(d.rows.map((r) => r.name)).toEqual(['Abe', 'Yan', 'Zed']);
      expect(d.rows[1].progressToGoal).toBe(1);
    });
  });
});
