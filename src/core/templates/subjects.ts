// Who a document is about: the Roster's students and teams as choices, and chosen item keys checked against a template.

import type { IsoDate, Student } from '../model';
import type { DocTemplate } from './model';
import { itemKey, parseItemKey } from './program-templates';

/** One student or team the sidebar and the generate dialog offer; `key` is its item key. */
export interface SubjectOption {
  key: string;
  label: string;
  team: string;
}

/** Who a document is about and its date (no student or team for a template about nobody in particular). */
export interface ChosenSubject {
  studentId?: string;
  team?: string;
  date: IsoDate;
}

/** The active students (by label) and their teams (by name) as choices. */
export function subjectOptions(all: readonly Student[]): { students: SubjectOption[]; teams: SubjectOption[] } {
  const roster = all.filter((s) => s.active);
  const students = roster
    .map((s) => ({ key: itemKey('student', s.studentId), label: `${s.name} (${s.studentId})`, team: s.team }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const teams = [...new Set(roster.map((s) => s.team).filter(Boolean))].sort().map((t) => ({ key: itemKey('team', t), label: t, team: t }));
  return { students, teams };
}

/**
 * Who a document is about, checked against the template and the Roster: '' when it fits, else what to tell the user.
 * A template about nobody in particular ignores the key.
 */
export function subjectProblem(template: DocTemplate, key: string, roster: readonly Student[]): string {
  const { studentId, team } = parseItemKey(key);
  if (template.subject === 'student') {
    if (studentId === undefined) return 'This template is made per student: choose a student.';
    return roster.some((s) => s.studentId === studentId) ? '' : `There is no student with id "${studentId}" on the Roster.`;
  }
  if (template.subject === 'team') {
    if (team === undefined) return 'This template is made per team: choose a team.';
    return roster.some((s) => s.active && s.team === team) ? '' : `There is no team "${team}" with active students on the Roster.`;
  }
  return '';
}

/** The subject of one document from its item key; a template about nobody in particular keeps only the date. */
export function subjectOf(template: DocTemplate, key: string, date: IsoDate): ChosenSubject {
  return template.subject === 'none' ? { date } : { ...parseItemKey(key), date };
}

/** The item keys of a batch: each chosen key once, or the one "program" document of a template about nobody. */
export function batchKeys(template: DocTemplate, keys: readonly string[]): string[] {
  return template.subject === 'none' ? ['program'] : [...new Set(keys)];
}

/** '' when every key is of the template's kind (students or teams), else what to tell the user. */
export function batchKindProblem(template: DocTemplate, keys: readonly string[]): string {
  const wrongKind = keys.filter((k) =>
    template.subject === 'team' ? !k.startsWith('team:') : template.subject === 'student' ? !k.startsWith('student:') : false,
  );
  if (!wrongKind.length) return '';
  return template.subject === 'team' ? 'This template is made per team: choose teams.' : 'This template is made per student: choose students.';
}

/**
 * '' when every key names a student or team of the Roster, else the first few that do not: the job would otherwise
 * make documents about nobody.
 */
export function batchRosterProblem(template: DocTemplate, keys: readonly string[], roster: readonly Student[]): string {
  const unknown = keys.filter((k) => subjectProblem(template, k, roster) !== '');
  if (!unknown.length) return '';
  const names = unknown.slice(0, 5).map((k) => k.slice(k.indexOf(':') + 1));
  const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
  const what = template.subject === 'team' ? 'teams have no active students' : 'students are not';
  return `These ${what} on the Roster: ${names.join(', ')}${more}. Reopen the dialog to see the current Roster.`;
}
