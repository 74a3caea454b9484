// Who edits each sheet of a team workbook, per tier (DESIGN "Who sees what"): the roster slice and settings only
// coordinators; the records the team's tutors; Questions also the teacher from Tier 2.

import type { Student, Tier } from '../model';
import { ROSTER_TABLE, SETTINGS_TABLE } from '../tables';

export interface TeamSheetEditors {
  /** Sheets edited by coordinators only, by sheet name. */
  bySheet: Record<string, readonly string[]>;
  /** Goals, Action Steps, Step Check-offs, Session Notes, Conferences. */
  records: readonly string[];
  questions: readonly string[];
}

/** The team's people from its roster slice: tutors and teachers of active students, lower-cased. */
export function teamPeople(students: readonly Student[]): { tutors: string[]; teachers: string[] } {
  const tutors = new Set<string>();
  const teachers = new Set<string>();
  for (const s of students) {
    if (!s.active) continue;
    if (s.tutorEmail.trim()) tutors.add(s.tutorEmail.trim().toLowerCase());
    if (s.teacherEmail.trim()) teachers.add(s.teacherEmail.trim().toLowerCase());
  }
  return { tutors: [...tutors].sort(), teachers: [...teachers].sort() };
}

export function teamSheetEditors(tier: Tier, coordinators: readonly string[], students: readonly Student[]): TeamSheetEditors {
  const { tutors, teachers } = teamPeople(students);
  const coord = [...new Set(coordinators.map((c) => c.toLowerCase()))];
  const records = [...new Set([...coord, ...tutors])];
  return {
    bySheet: { [SETTINGS_TABLE.name]: coord, [ROSTER_TABLE.name]: coord },
    records,
    questions: tier >= 2 ? [...new Set([...records, ...teachers])] : records,
  };
}
