import type { DashboardRow } from '../../src/core/dashboard';
import { followUpFor, needScore, prioritizedRecord, prioritizeStudents, priorityOf } from '../../src/core/prioritize';

function row(studentId: string, over: Partial<DashboardRow> = {}): DashboardRow {
  const base: DashboardRow = {
    studentId,
    name: `Student ${studentId}`,
    team: 'Math 7A',
    tutorEmail: 'tutor@school.example',
    sessionsAttended4w: 8,
    sessionsScheduled4w: 8,
    attendanceRate: 1,
    punctualityRate: 1,
    stepCompletionRate: 1,
    goalId: 'G1',
    latestScore: 70,
    target: 70,
    progressToGoal: 1,
    flag: false,
    reasons: [],
    priority: 0,
    ...over,
  };
  base.flag = base.reasons.length > 0;
  base.priority = priorityOf(base);
  return base;
}

const attendance = { code: 'attendance' as const, text: 'attendance 25% (2 of 8 sessions) is under 75%' };
const missed = { code: 'checkOffs' as const, text: 'missed 3 of the last 4 action-step check-offs' };

describe('prioritize', () => {
  it('needScore is the mean shortfall of the known rates', () => {
    expect(needScore({ attendanceRate: 0.5, stepCompletionRate: null, progressToGoal: 0.9 })).toBe(30);
    expect(needScore({ attendanceRate: null, stepCompletionRate: null, progressToGoal: null })).toBe(0);
  });

  it('lists only flagged students: more reasons first, then greater need, then lower attendance, then name', () => {
    const rows = [
      row('A', { reasons: [attendance], attendanceRate: 0.5 }),
      row('B'),
      row('C', { reasons: [attendance, missed], attendanceRate: 0.25, stepCompletionRate: 0.25 }),
      row('D', { reasons: [attendance], attendanceRate: 0.25 }),
      row('E', { name: 'Aaron', reasons: [attendance], attendanceRate: 0.5 }),
    ];
    expect(prioritizeStudents(rows).map((p) => [p.rank, p.row.studentId])).toEqual([
      [1, 'C'],
      [2, 'D'],
      [3, 'E'],
      [4, 'A'],
    ]);
  });

  it('a flagged student always outranks every student without a flag', () => {
    const flagged = row('F', { reasons: [missed] });
    const needy = row('G', { attendanceRate: 0.76, stepCompletionRate: 0, progressToGoal: 0 });
    expect(flagged.priority).toBeGreaterThan(needy.priority);
  });

  it('suggests targeted support for each reason, and writes it on the Prioritized Students record', () => {
    expect(followUpFor(['checkOffs'])).toMatch(/tweak it/);
    const record = prioritizedRecord(prioritizeStudents([row('H', { reasons: [attendance, missed], attendanceRate: 0.25 })])[0]);
    expect(record).toMatchObject({
      rank: 1,
      studentId: 'H',
      reason: 'Attendance 25% (2 of 8 sessions) is under 75%; missed 3 of the last 4 action-step check-offs',
      attendanceRate: 0.25,
    });
    expect(String(record.followUp)).toMatch(/backup plan.*tweak it/);
  });
});
