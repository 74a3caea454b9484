import { computeDashboard } from '../../src/core/dashboard';
import { attendanceWindow, countAttendance } from '../../src/core/dashboard/attendance';
import type { SessionNote, Student } from '../../src/core/model';
import { effortSummary } from '../../src/core/tutor-view';

const settings = { dosage: 1, termStart: '2026-09-07', termEnd: '2026-12-18' };
const note = (date: string, attended = true, onTime = true) => ({ date, attended, onTime });

describe('attendance, counted one way for the dashboard and the sidebar', () => {
  it('names the window: 3 of 4 sessions in the last 4 weeks', () => {
    const count = countAttendance(
      [note('2026-11-05'), note('2026-11-12', true, false), note('2026-11-26'), note('2026-11-19', false)],
      '2026-12-01',
      settings,
    );
    expect(count).toMatchObject({ attended: 3, onTime: 2, rate: 0.75, text: '3 of 4 sessions in the last 4 weeks' });
    expect(count.punctuality).toBeCloseTo(2 / 3);
  });

  it('leaves out notes before the window and after today', () => {
    const count = countAttendance([note('2026-11-03'), note('2026-11-04'), note('2026-12-02')], '2026-12-01', settings);
    expect(count.attended).toBe(1);
    expect(count.window.start).toBe('2026-11-04');
  });

  it('in the term’s first weeks the window starts at the term, and says so', () => {
    const count = countAttendance([note('2026-09-08')], '2026-09-20', { ...settings, dosage: 3 });
    expect(count.text).toBe('1 of 6 sessions since the term started on 7 Sep');
  });

  it('after the term the window ends with it', () => {
    expect(attendanceWindow('2026-12-25', settings).name).toBe("in the term's last 4 weeks (to 18 Dec)");
  });

  it('before the term nothing is scheduled and no rate is given', () => {
    const count = countAttendance([], '2026-09-01', settings);
    expect(count).toMatchObject({ rate: null, text: '0 of 0 sessions before the term starts' });
  });
});

describe('the sidebar and the dashboard agree', () => {
  it('a student with three recent notes reads "3 of 4 sessions in the last 4 weeks" in both', () => {
    const notes = ['2026-11-10', '2026-11-17', '2026-11-24'].map((date) => ({
      ...note(date),
      noteId: `N-${date}`,
      studentId: '00101',
      assignments: '',
    }));
    const today = '2026-12-01';
    const glance = effortSummary(notes, [], { today, settings });
    const student = {
      studentId: '00101',
      name: 'Maya',
      grade: '9',
      subject: 'Math',
      team: 'Algebra',
      teacherEmail: '',
      tutorEmail: '',
      familyContact: '',
      active: true,
    } as Student;
    const dashboard = computeDashboard({ today, settings, students: [student], goals: [], steps: [], checkOffs: [], notes: notes as SessionNote[] });
    expect(glance.text).toContain('Tutoring attendance: 3 of 4 sessions in the last 4 weeks (75%).');
    expect(glance.window?.rate).toBe(dashboard.rows[0].attendanceRate);
    expect(dashboard.rows[0]).toMatchObject({ sessionsAttended4w: 3, sessionsScheduled4w: 4, attendanceRate: 0.75, flag: false });
  });
});
