// The email a teacher gets about their students' session notes (seed 004, Tier 1: "tutors could share these notes as
// emails after each session"): what it carries is the program's privacy setting, always with the team workbook link.

import { displayDate } from '../dates';
import type { SessionNote } from '../model';
import type { TeacherUpdatePrivacy } from './settings';
import { type TeamStudent, teamNote, teamNoteColumns } from './team-view';

export interface TeacherUpdateInput {
  programName: string;
  team: string;
  teacherEmail: string;
  workbookUrl: string;
  privacy: TeacherUpdatePrivacy;
  /** What the email covers, e.g. "the week of Mon 14 Sep 2026" or "the session of Tue 15 Sep 2026". */
  period: string;
  students: readonly TeamStudent[];
  /** The notes it covers (any fields; only team fields are shown). */
  notes: readonly SessionNote[];
  /** Progress to goal per student id ('' without a goal), for the summary. */
  progress?: Readonly<Record<string, string>>;
}

export interface ComposedMail {
  to: string;
  subject: string;
  body: string;
}

const DEGREE = ['', 'Not yet', 'Partly', 'Mostly', 'Fully'];

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** Composes one teacher update; the body is plain text (names and notes exactly as typed). */
export function composeTeacherUpdate(input: TeacherUpdateInput): ComposedMail {
  const notes = input.notes.map(teamNote).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const nameOf = (id: string) => input.students.find((s) => s.studentId === id)?.name ?? id;
  const ids = [...new Set(notes.map((n) => n.studentId))].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  const lines: string[] = [`Tutoring notes for ${input.team}, ${input.period}.`, ''];
  if (ids.length === 0) lines.push('No session notes were logged.');
  for (const id of ids) {
    const mine = notes.filter((n) => n.studentId === id);
    const attended = mine.filter((n) => n.attended).length;
    if (input.privacy === 'Names only') {
      lines.push(`- ${nameOf(id)}`);
      continue;
    }
    lines.push(`${nameOf(id)} — attended ${attended} of ${mine.length} session${mine.length === 1 ? '' : 's'}`);
    const progress = input.progress?.[id];
    if (progress) lines.push(`  Progress to goal: ${progress}`);
    for (const n of mine) {
      if (input.privacy === 'Summary') {
        const degree = n.degreeAccomplished === null ? '' : ` (${n.degreeAccomplished} — ${DEGREE[n.degreeAccomplished] ?? ''})`;
        lines.push(`  ${displayDate(n.date)}: ${n.attended ? `${n.objective || 'no objective recorded'}${degree}` : 'absent'}`);
        continue;
      }
      lines.push(`  ${displayDate(n.date)}`);
      for (const column of teamNoteColumns()) {
        if (column.key === 'date') continue;
        const value = cellText(n[column.key]);
        if (value) lines.push(`    ${column.header}: ${value}`);
      }
    }
    lines.push('');
  }
  lines.push('', `Read and answer in the team workbook: ${input.workbookUrl}`, '', `— ${input.programName} (sent by the Tutoring Toolkit)`);
  return { to: input.teacherEmail, subject: `${input.programName}: tutoring notes for ${input.team}, ${input.period}`, body: lines.join('\n') };
}
