// The session-note form (seed 004, Tier 1 tutoring session notes) with this session's action-step check-offs: one
// schema (core/validation/schema), run by the sidebar as the tutor types and again by the server before anything is written.

import { checkForm, type FormCheck, isoDate, optionalText, requiredText } from './form-validation';
import { FOLLOW_THROUGH, LEVEL_CHOICES, type SessionNote, type StepCheckOff } from './model';
import { saveKeyField } from './saves/save-key';
import * as v from './validation/schema';

/** Most action steps a plan has; more check-offs than this in one note is not a form a person filled in. */
export const MAX_CHECK_OFFS = 12;

const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const time = (label: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || TIME_RE.test(s), `${label} must be a time like 15:30.`),
    ),
    '',
  );

/** A 1–N scale answer, or null when left blank. */
export const scaleAnswer = (label: string, max: number) =>
  v.optional(
    v.nullable(
      v.pipe(
        v.number(`${label} must be a number from 1 to ${max}.`),
        v.check((n) => Number.isInteger(n) && n >= 1 && n <= max, `${label} must be a number from 1 to ${max}.`),
      ),
    ),
    null,
  );

const choice = <T extends readonly string[]>(choices: T, message: string) => v.optional(v.picklist(['', ...choices] as const, message), '');

export const CheckOffSchema = v.object({
  stepId: v.pipe(v.string('Unknown action step.'), v.trim(), v.nonEmpty('Unknown action step.')),
  done: v.boolean('Tick the step if the student followed through, or leave it unticked.'),
});

export const SessionNoteSchema = v.pipe(
  v.object({
    studentId: v.pipe(v.string('Choose a student.'), v.trim(), v.nonEmpty('Choose a student.')),
    date: isoDate('Date'),
    startTime: time('Start time'),
    endTime: time('End time'),
    objective: requiredText('Objective', 2000),
    rationale: optionalText('Rationale'),
    degreeAccomplished: scaleAnswer('Degree accomplished', 4),
    topicsSkills: optionalText('Topics / skills'),
    materials: optionalText('Classroom materials'),
    assignments: optionalText('Assignments'),
    assessmentData: optionalText('Assessment data'),
    attended: v.optional(v.boolean(), true),
    onTime: v.optional(v.boolean(), true),
    engagement: optionalText('Engagement'),
    focusMotivation: choice(LEVEL_CHOICES, 'Choose High, Medium or Low.'),
    promptingNeeded: choice(LEVEL_CHOICES, 'Choose High, Medium or Low.'),
    followThrough: choice(FOLLOW_THROUGH, 'Choose Yes, Partly or No.'),
    followThroughWhy: optionalText('Why / why not'),
    studentShared: optionalText('Student shared'),
    questionsForTeacher: optionalText('Questions for the teacher'),
    /** The family-facing summary (audience 'family'): the only part of the note a progress report may quote. */
    familySummary: optionalText('For the family'),
    /** Made by the sidebar when the form opens: a retry of this save writes nothing twice (core/saves). */
    saveKey: saveKeyField,
    checkOffs: v.optional(v.pipe(v.array(CheckOffSchema), v.maxLength(MAX_CHECK_OFFS, `At most ${MAX_CHECK_OFFS} action steps per note.`)), []),
  }),
  v.forward(
    v.partialCheck(
      [['startTime'], ['endTime']],
      (f) => !f.startTime || !f.endTime || f.endTime > f.startTime,
      'End time must be after the start time.',
    ),
    ['endTime'],
  ),
  v.forward(
    v.partialCheck(
      [['followThrough'], ['followThroughWhy']],
      (f) => (f.followThrough !== 'Partly' && f.followThrough !== 'No') || f.followThroughWhy !== '',
      'Say why the action plan was only partly followed, or not at all.',
    ),
    ['followThroughWhy'],
  ),
  v.forward(
    v.partialCheck([['attended'], ['onTime']], (f) => f.attended || !f.onTime, 'A student who did not attend cannot be on time: untick "On time".'),
    ['onTime'],
  ),
  v.forward(
    v.check((f) => new Set(f.checkOffs.map((c) => c.stepId)).size === f.checkOffs.length, 'Each action step can be checked off once per note.'),
    ['checkOffs'],
  ),
);

/** The form as the sidebar holds it (plain JSON, what google.script.run carries). */
export type SessionNoteForm = v.InferInput<typeof SessionNoteSchema>;
export type SessionNoteValues = v.InferOutput<typeof SessionNoteSchema>;

/** Validates a session-note form; errors are keyed by field ("endTime", "checkOffs.1.stepId"). */
export function checkSessionNote(input: unknown): FormCheck<SessionNoteValues> {
  return checkForm(SessionNoteSchema, input);
}

/** A blank note for today, with every field present so inputs are controlled from the start, and its save key. */
export function blankSessionNote(studentId: string, today: string, saveKey = ''): Required<SessionNoteForm> {
  return {
    studentId,
    saveKey,
    date: today,
    startTime: '',
    endTime: '',
    objective: '',
    rationale: '',
    degreeAccomplished: null,
    topicsSkills: '',
    materials: '',
    assignments: '',
    assessmentData: '',
    attended: true,
    onTime: true,
    engagement: '',
    focusMotivation: '',
    promptingNeeded: '',
    followThrough: '',
    followThroughWhy: '',
    studentShared: '',
    questionsForTeacher: '',
    familySummary: '',
    checkOffs: [],
  };
}

/** The rows a valid form becomes: one Session Notes row and one Step Check-offs row per ticked-or-not step. */
export function sessionNoteRows(values: SessionNoteValues, noteId: string, tutorEmail: string): { note: SessionNote; checkOffs: StepCheckOff[] } {
  const { checkOffs, saveKey: _key, ...fields } = values;
  const note: SessionNote = { ...fields, noteId, tutorEmail };
  return {
    note,
    checkOffs: checkOffs.map((c) => ({ date: values.date, stepId: c.stepId, studentId: values.studentId, tutorEmail, done: c.done, noteId })),
  };
}
