// Prioritized students (seed 003, "Provide targeted support to prioritized students"): who is most in need of
// intensive follow-up, in what order, and what targeted support to offer each.

import type { DashboardRow, FlagCode, FlagReason } from './dashboard';
import type { TableRecord } from './table';

/** Points per flag reason, so that every flagged student ranks above every student without a flag. */
const PER_REASON = 100;

/**
 * How far a student is from where they should be, 0–100: the mean shortfall of attendance, action-step completion
 * and progress to goal (each counted only when known).
 */
export function needScore(row: Pick<DashboardRow, 'attendanceRate' | 'stepCompletionRate' | 'progressToGoal'>): number {
  const known = [row.attendanceRate, row.stepCompletionRate, row.progressToGoal].filter((r): r is number => r !== null);
  if (known.length === 0) return 0;
  return Math.round((100 * known.reduce((sum, rate) => sum + (1 - rate), 0)) / known.length);
}

/** The Priority column: 100 per flag reason plus the need score, so more reasons, then greater need, come first. */
export function priorityOf(row: Pick<DashboardRow, 'reasons' | 'attendanceRate' | 'stepCompletionRate' | 'progressToGoal'>): number {
  return row.reasons.length * PER_REASON + needScore(row);
}

/** Targeted support for each reason, in the seed's words: redirect with the goal, reteach with data, call home. */
const FOLLOW_UP: Record<FlagCode, string> = {
  checkOffs: 'Reflect with the student on how the action plan is going, why it is not working, and tweak it.',
  attendance: 'Check in about attendance; agree a backup plan and involve family or teacher (stakeholder support).',
  scoreTrend: 'Data-driven reteaching: share the underlying data and rationale with the student.',
  overdue: 'Hold the next goal-setting conference and set a new goal and action plan.',
  prioritizedByTutor: 'Check in regularly; give targeted praise and redirection.',
};

/** The reasons as one sentence for the Reason column ("Attendance 50% …; missed 3 of …"). */
export function reasonText(reasons: readonly FlagReason[]): string {
  const text = reasons.map((r) => r.text).join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function followUpFor(codes: readonly FlagCode[]): string {
  return codes.map((code) => FOLLOW_UP[code]).join(' ');
}

export interface PrioritizedStudent {
  rank: number;
  row: DashboardRow;
}

/** The flagged students, most urgent first (priority, then lower attendance, then name and id for a stable order). */
export function prioritizeStudents(rows: readonly DashboardRow[]): PrioritizedStudent[] {
  const rate = (r: number | null): number => (r === null ? 1 : r);
  return rows
    .filter((r) => r.flag)
    .sort(
      (a, b) =>
        b.priority - a.priority ||
        rate(a.attendanceRate) - rate(b.attendanceRate) ||
        a.name.localeCompare(b.name) ||
        a.studentId.localeCompare(b.studentId),
    )
    .map((row, i) => ({ rank: i + 1, row }));
}

/** A prioritized student as a record of the Prioritized Students table (dashboard-tables.ts). */
export function prioritizedRecord(p: PrioritizedStudent): TableRecord {
  return {
    rank: p.rank,
    studentId: p.row.studentId,
    name: p.row.name,
    team: p.row.team,
    tutorEmail: p.row.tutorEmail,
    reason: reasonText(p.row.reasons),
    followUp: followUpFor(p.row.reasons.map((r) => r.code)),
    attendanceRate: p.row.attendanceRate,
    stepCompletionRate: p.row.stepCompletionRate,
    progressToGoal: p.row.progressToGoal,
    priority: p.row.priority,
  };
}
