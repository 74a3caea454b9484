// The dashboard per student: attendance and punctuality in the last 4 weeks, action-step completion, latest score
// against the goal's target, progress to goal, and a flag for targeted support with its reasons (seed 003).

import { attendanceWindow, countAttendance, WINDOW_DAYS } from './dashboard/attendance';
import { overdueGoal } from './dashboard/overdue';
import { progressInWords } from './dashboard/progress-words';
import type { Locale } from './i18n/locale';
import { dashboardText } from './i18n/messages/dashboard';
import type { ActionStep, Goal, IsoDate, ProgramSettings, SessionNote, StepCheckOff, Student } from './model';
import { priorityOf, reasonText } from './prioritize';
import type { TableRecord } from './table';
import { activeGoalOf } from './tutor-view';

export { attendanceWindow, WINDOW_DAYS };
/** Attendance under this rate flags a student. */
export const ATTENDANCE_THRESHOLD = 0.75;
/** "Missed 3 of the last 4 action-step check-offs" flags a student. */
export const RECENT_CHECK_OFFS = 4;
export const MISSED_CHECK_OFFS = 3;

export interface DashboardInput {
  /** The day the dashboard is for, in the spreadsheet's time zone. */
  today: IsoDate;
  settings: Pick<ProgramSettings, 'dosage' | 'termStart' | 'termEnd'>;
  students: readonly Student[];
  goals: readonly Goal[];
  steps: readonly ActionStep[];
  checkOffs: readonly StepCheckOff[];
  notes: readonly SessionNote[];
  /**
   * Teams (lower-cased) whose records could not be read, with why: their students get a row with no data and that
   * reason, unflagged, rather than rates computed from nothing (e.g. no team workbook yet).
   */
  unavailable?: ReadonlyMap<string, string>;
  /** The language the reasons are written in: the coordinator's who runs the refresh (English when unset). */
  locale?: Locale;
}

export type FlagCode = 'attendance' | 'checkOffs' | 'scoreTrend' | 'overdue' | 'prioritizedByTutor';

/** One reason a student needs targeted support, with a sentence a coordinator can act on. */
export interface FlagReason {
  code: FlagCode;
  text: string;
}

export interface DashboardRow {
  studentId: string;
  name: string;
  team: string;
  tutorEmail: string;
  sessionsAttended4w: number;
  /** Sessions the dosage schedules in the window (dosage × weeks, within the term). */
  sessionsScheduled4w: number;
  /** 0–1, or null when no session was scheduled in the window (before the term, or after it). */
  attendanceRate: number | null;
  /** On time ÷ attended; null when the student attended nothing. */
  punctualityRate: number | null;
  /** Done ÷ all check-offs of the active goal's action steps; null without check-offs. */
  stepCompletionRate: number | null;
  /** The goal the score and target belong to: the active goal, else the most recent one ('' without a goal). */
  goalId: string;
  latestScore: number | null;
  target: number | null;
  /** Latest score ÷ target, capped at 1. */
  progressToGoal: number | null;
  flag: boolean;
  reasons: FlagReason[];
  /** Higher is more urgent; flagged students are always above 100 (see prioritize.ts). */
  priority: number;
  /** Progress in one sentence in the refresh's language ("Goal: … — latest 48 (from 40), …; on track"); absent without data. */
  progressText?: string;
  /** Why the row has no data (its team's records could not be read); absent when it has. */
  noData?: string;
  /** "No data: …" in the refresh's language, as the Dashboard's Reason column shows it. */
  noDataReason?: string;
}

export interface Dashboard {
  today: IsoDate;
  windowStart: IsoDate;
  rows: DashboardRow[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

const percent = (rate: number): string => `${Math.round(rate * 100)}%`;
const byDate = <T extends { date: string }>(a: T, b: T): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
const byConference = (a: Goal, b: Goal): number => (a.conferenceDate < b.conferenceDate ? -1 : a.conferenceDate > b.conferenceDate ? 1 : 0);

/** Computes every active student's dashboard row in one pass over each source (grouped by student first). */
export function computeDashboard(input: DashboardInput): Dashboard {
  const locale = input.locale ?? 'en';
  const window = attendanceWindow(input.today, input.settings, locale);
  const notesBy = groupBy(input.notes, (n) => n.studentId);
  const goalsBy = groupBy(input.goals, (g) => g.studentId);
  // A check-off whose note row is absent belongs to a save that has not completed: the note row is that save's
  // completion marker (tutor-records.ts), so the dashboard counts only what a finished save wrote.
  const noteIds = new Set(input.notes.map((n) => n.noteId));
  const finished = input.checkOffs.filter((c) => c.noteId === '' || noteIds.has(c.noteId));
  const checkOffsBy = groupBy(finished, (c) => c.studentId);
  const goalOfStep = new Map(input.steps.map((s) => [s.stepId, s.goalId]));
  const stepsByGoal = groupBy(input.steps, (s) => s.goalId);

  const rows = input.students
    .filter((s) => s.active)
    .map((student) => {
      const missing = input.unavailable?.get(student.team.trim().toLowerCase());
      if (missing !== undefined) return noDataRow(student, missing, locale);
      return studentRow(student, {
        today: input.today,
        settings: input.settings,
        notes: notesBy.get(student.studentId) ?? [],
        goals: goalsBy.get(student.studentId) ?? [],
        checkOffs: checkOffsBy.get(student.studentId) ?? [],
        goalOfStep,
        stepsByGoal,
        locale,
      });
    });
  rows.sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name) || a.studentId.localeCompare(b.studentId));
  return { today: input.today, windowStart: window.start, rows };
}

interface StudentData {
  today: IsoDate;
  settings: DashboardInput['settings'];
  notes: readonly SessionNote[];
  goals: readonly Goal[];
  checkOffs: readonly StepCheckOff[];
  goalOfStep: ReadonlyMap<string, string>;
  stepsByGoal: ReadonlyMap<string, readonly ActionStep[]>;
  locale: Locale;
}

function studentRow(student: Student, data: StudentData): DashboardRow {
  const t = dashboardText.in(data.locale);
  const attendance = countAttendance(data.notes, data.today, data.settings, data.locale);
  const attendanceRate = attendance.rate;
  const punctualityRate = attendance.punctuality;

  const goals = [...data.goals].sort(byConference);
  const activeGoal = activeGoalOf(data.goals, student.studentId);
  // Without an active goal, progress is measured against the latest goal.
  const goal = activeGoal ?? goals[goals.length - 1] ?? null;

  const goalCheckOffs = activeGoal ? data.checkOffs.filter((c) => data.goalOfStep.get(c.stepId) === activeGoal.goalId).sort(byDate) : [];
  const stepCompletionRate = goalCheckOffs.length > 0 ? goalCheckOffs.filter((c) => c.done).length / goalCheckOffs.length : null;

  const scores = goals.filter((g) => g.score !== null).map((g) => g.score as number);
  const latestScore = scores.length > 0 ? scores[scores.length - 1] : null;
  const previousScore = scores.length > 1 ? scores[scores.length - 2] : null;
  const target = goal?.target ?? null;
  const progressToGoal = latestScore !== null && target !== null && target > 0 ? Math.min(1, Math.max(0, latestScore / target)) : null;

  const reasons: FlagReason[] = [];
  let trendingAway = false;
  if (attendanceRate !== null && attendanceRate < ATTENDANCE_THRESHOLD) {
    reasons.push({
      code: 'attendance',
      text: t('attendance', { rate: percent(attendanceRate), count: attendance.text, threshold: percent(ATTENDANCE_THRESHOLD) }),
    });
  }
  const recent = goalCheckOffs.slice(-RECENT_CHECK_OFFS);
  const missed = recent.filter((c) => !c.done).length;
  if (missed >= MISSED_CHECK_OFFS) {
    reasons.push({ code: 'checkOffs', text: t('checkOffs', { missed, n: recent.length }) });
  }
  if (latestScore !== null && previousScore !== null && target !== null) {
    const gap = target - latestScore;
    if (gap > 0 && gap > target - previousScore) {
      trendingAway = true;
      reasons.push({ code: 'scoreTrend', text: t('scoreTrend', { previous: previousScore, latest: latestScore, target }) });
    }
  }
  const overdue = overdueGoal(activeGoal, data.today, latestScore !== null && target !== null && latestScore >= target, data.locale);
  if (overdue) reasons.push({ code: 'overdue', text: t('overdue', { goal: overdue.text }) });
  if (goal?.prioritized) reasons.push({ code: 'prioritizedByTutor', text: t('prioritized') });

  const row: DashboardRow = {
    studentId: student.studentId,
    name: student.name,
    team: student.team,
    tutorEmail: student.tutorEmail,
    sessionsAttended4w: attendance.attended,
    sessionsScheduled4w: attendance.window.scheduled,
    attendanceRate,
    punctualityRate,
    stepCompletionRate,
    goalId: goal?.goalId ?? '',
    latestScore,
    target,
    progressToGoal,
    flag: reasons.length > 0,
    reasons,
    priority: 0,
    progressText: progressInWords(
      {
        goal: activeGoal,
        latestScore,
        previousScore,
        steps: activeGoal ? (data.stepsByGoal.get(activeGoal.goalId) ?? []).filter((s) => s.studentId === student.studentId) : [],
        trendingAway,
        checkOffs: { done: goalCheckOffs.filter((c) => c.done).length, total: goalCheckOffs.length },
        today: data.today,
      },
      data.locale,
    ),
  };
  row.priority = priorityOf(row);
  return row;
}

/** A student whose team's records could not be read: no rates (not 0%), no flag, and the reason in its place. */
function noDataRow(student: Student, why: string, locale: Locale): DashboardRow {
  return {
    studentId: student.studentId,
    name: student.name,
    team: student.team,
    tutorEmail: student.tutorEmail,
    sessionsAttended4w: 0,
    sessionsScheduled4w: 0,
    attendanceRate: null,
    punctualityRate: null,
    stepCompletionRate: null,
    goalId: '',
    latestScore: null,
    target: null,
    progressToGoal: null,
    flag: false,
    reasons: [],
    priority: 0,
    noData: why,
    noDataReason: dashboardText.t(locale, 'noData', { why }),
  };
}

/** A dashboard row as a record of the Dashboard table (src/core/tables.ts). */
export function dashboardRecord(row: DashboardRow): TableRecord {
  return {
    studentId: row.studentId,
    name: row.name,
    team: row.team,
    tutorEmail: row.tutorEmail,
    sessionsAttended4w: row.noData ? null : row.sessionsAttended4w,
    attendanceRate: row.attendanceRate,
    punctualityRate: row.punctualityRate,
    stepCompletionRate: row.stepCompletionRate,
    latestScore: row.latestScore,
    target: row.target,
    progressToGoal: row.progressToGoal,
    flag: row.flag,
    reason: row.noData ? (row.noDataReason ?? `No data: ${row.noData}`) : reasonText(row.reasons),
    priority: row.priority,
    progress: row.progressText ?? '',
  };
}
