// What a team's agenda and teacher email may carry: only fields whose declared audience the team may read (the
// audience helper of src/core/family/audience.ts over the table schemas), so a coordinators-only field never leaks.

import { mayRead, teamFields, teamRecord } from '../family/audience';
import type { Goal, SessionNote, Student } from '../model';
import { GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../tables';

export { teamFields };

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
  return teamRecord(SESSION_NOTES_TABLE, note);
}

/** A goal with only team fields; absent ones read as empty. */
export function teamGoal(goal: Goal): Goal {
  return teamRecord(GOALS_TABLE, goal);
}

/** The session-note columns a full-notes email shows, in sheet order, with their headers (ids left out). */
export function teamNoteColumns(): { key: keyof SessionNote; header: string }[] {
  const ids = new Set(['noteId', 'studentId']);
  return SESSION_NOTES_TABLE.columns
    .filter((c) => mayRead('team', c.audience) && !ids.has(c.key))
    .map((c) => ({ key: c.key as keyof SessionNote, header: c.header }));
}
