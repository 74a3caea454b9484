// What a team's agenda and teacher email may carry: only fields whose declared audience the team may read (the
// audience helper of src/core/family/audience.ts over the table schemas), so a coordinators-only field never leaks.

import { mayRead } from '../family/audience';
import type { Goal, SessionNote, Student } from '../model';
import type { TableSchema } from '../table';
import { GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../tables';

/** `record` with every field the team may not read removed (fields the schema does not declare are dropped too). */
export function teamFields<T extends object>(schema: TableSchema, record: T): Partial<T> {
  const out: Partial<T> = {};
  for (const column of schema.columns) {
    if (!mayRead('team', column.audience)) continue;
    const key = column.key as keyof T;
    if (key in record) out[key] = record[key];
  }
  return out;
}

/** A Roster row as the team may read it (never consent, the student's or the family's own accounts). */
export interface TeamStudent {
  studentId: string;
  name: string;
  tutorEmail: string;
  teacherEmail: string;
}

export function teamStudent(student: Student): TeamStudent {
  const s = teamFields(ROSTER_TABLE, student);
  return { studentId: s.studentId ?? '', name: s.name ?? '', tutorEmail: s.tutorEmail ?? '', teacherEmail: s.teacherEmail ?? '' };
}

/** A session note with only team fields; absent ones read as empty. */
export function teamNote(note: SessionNote): SessionNote {
  const n = teamFields(SESSION_NOTES_TABLE, note);
  return {
    noteId: n.noteId ?? '',
    date: n.date ?? '',
    startTime: n.startTime ?? '',
    endTime: n.endTime ?? '',
    studentId: n.studentId ?? '',
    tutorEmail: n.tutorEmail ?? '',
    objective: n.objective ?? '',
    rationale: n.rationale ?? '',
    degreeAccomplished: n.degreeAccomplished ?? null,
    topicsSkills: n.topicsSkills ?? '',
    materials: n.materials ?? '',
    assignments: n.assignments ?? '',
    assessmentData: n.assessmentData ?? '',
    attended: n.attended ?? false,
    onTime: n.onTime ?? false,
    engagement: n.engagement ?? '',
    focusMotivation: n.focusMotivation ?? '',
    promptingNeeded: n.promptingNeeded ?? '',
    followThrough: n.followThrough ?? '',
    followThroughWhy: n.followThroughWhy ?? '',
    studentShared: n.studentShared ?? '',
    questionsForTeacher: n.questionsForTeacher ?? '',
  };
}

/** A goal with only team fields. */
export function teamGoal(goal: Goal): Goal {
  const g = teamFields(GOALS_TABLE, goal);
  return {
    goalId: g.goalId ?? '',
    studentId: g.studentId ?? '',
    conferenceDate: g.conferenceDate ?? '',
    assessment: g.assessment ?? '',
    score: g.score ?? null,
    goal: g.goal ?? '',
    target: g.target ?? null,
    dueDate: g.dueDate ?? '',
    status: g.status ?? 'Active',
    prioritized: g.prioritized ?? false,
    conferenceDocUrl: g.conferenceDocUrl ?? '',
  };
}

/** The session-note columns a full-notes email shows, in sheet order, with their headers (ids left out). */
export function teamNoteColumns(): { key: keyof SessionNote; header: string }[] {
  const ids = new Set(['noteId', 'studentId']);
  return SESSION_NOTES_TABLE.columns
    .filter((c) => mayRead('team', c.audience) && !ids.has(c.key))
    .map((c) => ({ key: c.key as keyof SessionNote, header: c.header }));
}
