// The session-note form (seed 004, Tier 1 tutoring session notes) with this session's action-step check-offs: one
// schema (core/validation/schema), run by the sidebar as the tutor types and again by the server before anything is written.

import { checkForm, type FormCheck, isoDate, optionalText, requiredText } from './form-validation';
import type { Text } from './i18n/catalog';
import type { Locale } from './i18n/locale';
import { noteFieldText } from './i18n/messages/tutor-note-fields';
import { validationText } from './i18n/messages/validation';
import { FOLLOW_THROUGH, LEVEL_CHOICES, type SessionNote, type StepCheckOff } from './model';
import { saveKeyField } from './saves/save-key';
import * as v from './validation/schema';

/** Most action steps a plan has; more check-offs than this in one note is not a form a person filled in. */
export const MAX_CHECK_OFFS = 12;

const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const time = (label: string, locale: Locale) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || TIME_RE.test(s), validationText.t(locale, 'notTime', { label })),
    ),
    '',
  );

/** A 1–N scale answer, or null when left blank. */
export const scaleAnswer = (label: string, max: number, locale: Locale = 'en') => {
  const message = validationText.t(locale, 'scale', { label, max });
  return v.optional(
    v.nullable(
      v.pipe(
        v.number(message),
        v.check((n) => Number.isInteger(n) && n >= 1 && n <= max, message),
      ),
    ),
    null,
  );
};

const choice = <T extends readonly string[]>(choices: T, message: string) => v.optional(v.picklist(['', ...choices] as const, message), '');

const checkOffSchema = (t: Text<typeof noteFieldText.en>) =>
  v.object({
    stepId: v.pipe(v.string(t('unknownStep')), v.trim(), v.nonEmpty(t('unknownStep'))),
    done: v.boolean(t('tickStep')),
  });

/** The session note's schema with its messages in `locale` (the fields name themselves as the tutor's form does). */
function sessionNoteSchema(locale: Locale) {
  const t = noteFieldText.in(locale);
  return v.pipe(
    v.object({
      studentId: v.pipe(v.string(t('chooseStudent')), v.trim(), v.nonEmpty(t('chooseStudent'))),
      date: isoDate(t('date'), locale),
      startTime: time(t('startTime'), locale),
      endTime: time(t('endTime'), locale),
      objective: requiredText(t('objective'), 2000, locale),
      rationale: optionalText(t('rationale'), 5000, locale),
      degreeAccomplished: scaleAnswer(t('degreeShort'), 4, locale),
      topicsSkills: optionalText(t('topicsSkills'), 5000, locale),
      materials: optionalText(t('materials'), 5000, locale),
      assignments: optionalText(t('assignments'), 5000, locale),
      assessmentData: optionalText(t('assessmentData'), 5000, locale),
      attended: v.optional(v.boolean(), true),
      onTime: v.optional(v.boolean(), true),
      engagement: optionalText(t('engagement'), 5000, locale),
      focusMotivation: choice(LEVEL_CHOICES, t('chooseLevel')),
      promptingNeeded: choice(LEVEL_CHOICES, t('chooseLevel')),
      followThrough: choice(FOLLOW_THROUGH, t('chooseFollow')),
      followThroughWhy: optionalText(t('followThroughWhy'), 5000, locale),
      studentShared: optionalText(t('studentShared'), 5000, locale),
      questionsForTeacher: optionalText(t('questionsForTeacher'), 5000, locale),
      /** The family-facing summary (audience 'family'): the only part of the note a progress report may quote. */
      familySummary: optionalText(t('familySummary'), 5000, locale),
      /** Made by the sidebar when the form opens: a retry of this save writes nothing twice (core/saves). */
      saveKey: saveKeyField,
      checkOffs: v.optional(v.pipe(v.array(checkOffSchema(t)), v.maxLength(MAX_CHECK_OFFS, t('tooManySteps', { max: MAX_CHECK_OFFS }))), []),
    }),
    v.forward(
      v.partialCheck([['startTime'], ['endTime']], (f) => !f.startTime || !f.endTime || f.endTime > f.startTime, t('endAfterStart')),
      ['endTime'],
    ),
    v.forward(
      v.partialCheck(
        [['followThrough'], ['followThroughWhy']],
        (f) => (f.followThrough !== 'Partly' && f.followThrough !== 'No') || f.followThroughWhy !== '',
        t('sayWhy'),
      ),
      ['followThroughWhy'],
    ),
    v.forward(
      v.partialCheck([['attended'], ['onTime']], (f) => f.attended || !f.onTime, t('absentOnTime')),
      ['onTime'],
    ),
    v.forward(
      v.check((f) => new Set(f.checkOffs.map((c) => c.stepId)).size === f.checkOffs.length, t('stepOnce')),
      ['checkOffs'],
    ),
  );
}

export const CheckOffSchema = checkOffSchema(noteFieldText.in('en'));
/** The English schema (its types are every language's). */
export const SessionNoteSchema = sessionNoteSchema('en');
const SCHEMAS: Partial<Record<Locale, typeof SessionNoteSchema>> = { en: SessionNoteSchema };

/** The form as the sidebar holds it (plain JSON, what google.script.run carries). */
export type SessionNoteForm = v.InferInput<typeof SessionNoteSchema>;
export type SessionNoteValues = v.InferOutput<typeof SessionNoteSchema>;

/** Validates a session-note form, its messages in `locale`; errors are keyed by field ("endTime", "checkOffs.1.stepId"). */
export function checkSessionNote(input: unknown, locale: Locale = 'en'): FormCheck<SessionNoteValues> {
  SCHEMAS[locale] ??= sessionNoteSchema(locale);
  return checkForm(SCHEMAS[locale], input, {}, locale);
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
