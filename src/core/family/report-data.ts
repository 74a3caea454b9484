// What a progress report may show about one student: their records joined by id, then cut to the family audience.

import { addDays } from '../dates';
import type { IsoDate } from '../model';
import { toRecord } from '../records';
import type { TableRecord } from '../table';
import { ACTION_STEPS_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE, SETTINGS_TABLE } from '../tables';
import type { WorkbookData } from '../templates/values';
import { currentGoal } from '../templates/values';
import { pickFor } from './audience';

/** Days of session notes and check-offs a report looks back over ("recent"). */
export const REPORT_WINDOW_DAYS = 28;

/** One action step of the current goal as the family reads it, with how often it was done. */
export interface FamilyStep {
  step: TableRecord;
  /** Sessions the step was checked off as done, and sessions it was checked at all (whole goal). */
  done: number;
  checked: number;
  /** Done in the last REPORT_WINDOW_DAYS. */
  recentDone: number;
}

/**
 * Everything the report writer gets: only family-audience fields of each record (the ids used to join them are
 * dropped here), so the writer cannot show a field outside the family's audience even by mistake.
 */
export interface FamilyReportData {
  program: TableRecord;
  student: TableRecord;
  goal: TableRecord | null;
  steps: FamilyStep[];
  /** Earlier goals, newest first (their scores show growth). */
  pastGoals: TableRecord[];
  /** Session notes of the window, oldest first: date, attendance and the family-facing summary only. */
  notes: TableRecord[];
  today: IsoDate;
  since: IsoDate;
}

/** Joins one student's records by id and keeps only what the student and family may read. */
export function familyReportData(data: WorkbookData, studentId: string, today: IsoDate): FamilyReportData | null {
  const student = data.roster.find((s) => s.studentId === studentId);
  if (!student) return null;
  const since = addDays(today, -REPORT_WINDOW_DAYS);
  const goal = currentGoal(data.goals, studentId);
  const steps = goal ? data.steps.filter((s) => s.goalId === goal.goalId && s.status !== 'Dropped') : [];
  const checks = data.checkOffs.filter((c) => c.studentId === studentId);
  const pastGoals = data.goals
    .filter((g) => g.studentId === studentId && g.goalId !== goal?.goalId)
    .sort((a, b) => b.conferenceDate.localeCompare(a.conferenceDate));
  const notes = data.notes
    .filter((n) => n.studentId === studentId && n.date >= since && n.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    program: pickFor('family', SETTINGS_TABLE, toRecord(data.settings)),
    student: pickFor('family', ROSTER_TABLE, toRecord(student)),
    goal: goal ? pickFor('family', GOALS_TABLE, toRecord(goal)) : null,
    steps: steps.map((s) => {
      const mine = checks.filter((c) => c.stepId === s.stepId);
      return {
        step: pickFor('family', ACTION_STEPS_TABLE, toRecord(s)),
        done: mine.filter((c) => c.done).length,
        checked: mine.length,
        recentDone: mine.filter((c) => c.done && c.date >= since).length,
      };
    }),
    pastGoals: pastGoals.map((g) => pickFor('family', GOALS_TABLE, toRecord(g))),
    notes: notes.map((n) => pickFor('family', SESSION_NOTES_TABLE, toRecord(n))),
    today,
    since,
  };
}
