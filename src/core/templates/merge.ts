// Merge fields: the {{name}} syntax, the fields every template may use, and filling text from a set of values.

import type { RepeatSource } from './model';
import { PROGRAMME_PHASES } from './peer-coaching-programme';

/** One field a template (built-in or a program's own doc) may use, with what it holds. */
export interface MergeFieldSpec {
  name: string;
  label: string;
  /** Set for fields that only have a value inside a repeated table row. */
  rowOf?: RepeatSource;
}

const f = (name: string, label: string, rowOf?: RepeatSource): MergeFieldSpec => ({ name, label, ...(rowOf ? { rowOf } : {}) });

/** Every known merge field. Anything else in {{…}} is reported as unknown, never silently dropped. */
export const MERGE_FIELDS: readonly MergeFieldSpec[] = [
  f('program.name', 'Program name'),
  f('program.tier', 'Communication tier (1–3)'),
  f('program.setting', 'Setting (In-School / Out-of-School)'),
  f('program.takeUp', 'Take-up (Mandatory / Optional)'),
  f('program.dosage', 'Dosage (sessions per week)'),
  f('program.ratio', 'Student-tutor ratio'),
  f('program.termStart', 'Term start'),
  f('program.termEnd', 'Term end'),
  f('doc.date', 'The date chosen for this document'),
  f('doc.today', "Today's date"),
  f('student.id', 'Student ID'),
  f('student.name', 'Student name'),
  f('student.grade', 'Grade'),
  f('student.subject', 'Subject'),
  f('student.team', 'Team (class)'),
  f('student.teacherEmail', 'Teacher email'),
  f('student.tutorEmail', 'Tutor email'),
  f('student.familyContact', 'Family contact'),
  f('student.goals', "The student's current goals, in one line"),
  f('goal.goal', 'Current goal'),
  f('goal.target', 'Target of the current goal'),
  f('goal.assessment', 'Assessment/Project/Assignment of the current goal'),
  f('goal.score', 'Score (if applicable) of the current goal'),
  f('goal.conferenceDate', 'Conference date of the current goal'),
  f('goal.dueDate', 'Due date of the current goal'),
  f('goal.status', 'Status of the current goal'),
  f('goal.steps', "The current goal's action steps, in one line"),
  f('conference.date', 'Conference date'),
  f('conference.assessment', 'Assessment/Project/Assignment (data share)'),
  f('conference.score', 'Score (if applicable) (data share)'),
  f('conference.effortData', 'Effort data (data share)'),
  f('conference.academicData', 'Specific academic data (data share)'),
  f('effort.attendance', 'Tutoring attendance, last 4 weeks'),
  f('effort.punctuality', 'Tutoring punctuality, last 4 weeks'),
  f('effort.stepCompletion', 'Action-step completion, current goal'),
  f('team.name', 'Team (class)'),
  f('team.teacherEmail', "The team's teacher"),
  f('team.tutors', "The team's tutors"),
  f('team.studentCount', 'Active students in the team'),
  f('team.progress', "Each student's progress-to-goal, in one line"),
  f('team.highlights', "Last week's session-note highlights, in one line"),
  f('meeting.date', 'Weekly meeting date'),
  f('meeting.nextWeek', 'First day of next week'),
  f('programme.startDate', 'Programme start date'),
  // One per timeline row, so a program's edited copy of the programme still gets dates from the chosen start.
  ...PROGRAMME_PHASES.map((p, i) => f(phaseField(i), `${p.title} dates`)),
  f('goal.goal', 'Goal', 'student.goals'),
  f('step.action', 'Specific action', 'goal.steps'),
  f('step.whenHowOften', 'When / how often', 'goal.steps'),
  f('step.effortMeasure', 'Measure of effort', 'goal.steps'),
  f('step.backupPlan', 'Backup plan', 'goal.steps'),
  f('step.status', 'Status', 'goal.steps'),
  f('progress.latestScore', 'Latest score', 'team.students'),
  f('progress.target', 'Target', 'team.students'),
  f('progress.toGoal', 'Progress to goal', 'team.students'),
  f('progress.attended', 'Sessions attended last week', 'team.students'),
  f('progress.goal', 'Current goal', 'team.students'),
  f('note.date', 'Session date', 'team.notes'),
  f('note.student', 'Student', 'team.notes'),
  f('note.objective', 'Objective', 'team.notes'),
  f('note.degree', 'Degree accomplished', 'team.notes'),
  f('note.highlights', 'Highlights', 'team.notes'),
];

/** The field holding the dates of the programme timeline's row `index` (0-based). */
export function phaseField(index: number): string {
  return `programme.phase${index + 1}`;
}

const KNOWN = new Set(MERGE_FIELDS.map((m) => m.name));
const FIELD = /\{\{\s*([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)\s*\}\}/g;

export function isKnownField(name: string): boolean {
  return KNOWN.has(name);
}

export function fieldLabel(name: string): string {
  return MERGE_FIELDS.find((m) => m.name === name)?.label ?? name;
}

/** The distinct field names used in a text, in order of first use. */
export function fieldsIn(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(FIELD)) if (!names.includes(match[1])) names.push(match[1]);
  return names;
}

/** Values for one document: scalar fields, plus one record of row fields per item of each list. */
export interface MergeValues {
  scalars: Readonly<Record<string, string>>;
  lists: Readonly<Partial<Record<RepeatSource, readonly Readonly<Record<string, string>>[]>>>;
}

/** What filling found: fields used, those that had no value for this record, and those no template knows. */
export interface MergeReport {
  used: string[];
  empty: string[];
  unknown: string[];
}

export function emptyReport(): MergeReport {
  return { used: [], empty: [], unknown: [] };
}

function note(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

/**
 * Fills the fields of `text` from `values` (row fields first, when given). A known field without a value becomes
 * empty text and is listed in `empty`; an unknown field stays in the text as typed and is listed in `unknown`.
 */
export function fillText(
  text: string,
  values: Readonly<Record<string, string>>,
  report: MergeReport,
  row?: Readonly<Record<string, string>>,
): string {
  return text.replace(FIELD, (whole, name: string) => {
    note(report.used, name);
    const value = row?.[name] ?? values[name];
    if (value !== undefined && value !== '') return value;
    if (!isKnownField(name)) {
      note(report.unknown, name);
      return whole;
    }
    note(report.empty, name);
    return '';
  });
}

/** Merges two reports (e.g. from the blocks of one document) into the first. */
export function addReport(into: MergeReport, from: MergeReport): MergeReport {
  for (const n of from.used) note(into.used, n);
  for (const n of from.empty) note(into.empty, n);
  for (const n of from.unknown) note(into.unknown, n);
  return into;
}

/** A regular expression (RE2 syntax, as Body.replaceText takes it) matching one field with optional inner spaces. */
export function fieldPattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/\./g, '\\.')}\\s*\\}\\}`;
}
