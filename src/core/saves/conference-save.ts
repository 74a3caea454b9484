// A goal-setting conference save, pure: the rows it writes (ids from the save key, so every attempt writes the same),
// whether the form's previous goal is still the one to close, the goal-met praise, and the answer the sidebar gets.

import { agendaSummary, type ConferenceValues } from '../conference-form';
import type { Locale } from '../i18n/locale';
import { saveErrorText } from '../i18n/messages/errors';
import type { ActionStep, Conference, Goal, Student } from '../model';
import { goalMetPrompt, type Prompt } from '../praise';
import { idsOf } from './save-key';
import { UnknownRecordError } from './unknown-record';

/** Stakeholder support (seed 003): a message the tutor sends from their own mail, or says when calling home. */
export interface ShareMessage {
  to: string;
  /** The family contact as the Roster gives it (a name and phone, or an email). */
  contact: string;
  subject: string;
  body: string;
}

export interface ConferenceSaved {
  conferenceId: string;
  goalId: string;
  stepIds: string[];
  previousGoal: { goalId: string; status: Goal['status'] } | null;
  prompts: Prompt[];
  teacherMessage: ShareMessage | null;
  familyMessage: ShareMessage | null;
}

/** The rows one conference writes. */
export interface ConferenceRows {
  goal: Goal;
  steps: ActionStep[];
  conference: Conference;
}

export function conferenceRows(values: ConferenceValues, student: Student, key: string, tutorEmail: string): ConferenceRows {
  const ids = idsOf(key);
  const { goalId, conferenceId } = ids;
  const goal: Goal = {
    goalId,
    studentId: student.studentId,
    conferenceDate: values.conferenceDate,
    assessment: values.assessment,
    score: values.score,
    goal: values.goal,
    target: values.target,
    dueDate: values.dueDate,
    status: 'Active',
    prioritized: values.prioritized,
    conferenceDocUrl: '',
  };
  const steps: ActionStep[] = values.steps.map((s, i) => ({ ...s, stepId: ids.stepId(i), goalId, studentId: student.studentId, status: 'Open' }));
  const sharedWith = [values.shareWithTeacher ? 'Teacher' : '', values.shareWithFamily ? 'Family' : ''].filter(Boolean).join(', ');
  const conference: Conference = {
    conferenceId,
    studentId: student.studentId,
    tutorEmail,
    conferenceDate: values.conferenceDate,
    assessment: values.assessment,
    score: values.score,
    effortData: values.effortData,
    academicData: values.academicData,
    studentConfidence: values.studentConfidence,
    studentMostConfident: values.studentMostConfident,
    studentLeastConfident: values.studentLeastConfident,
    studentActions: values.studentActions,
    studentPrepareBetter: values.studentPrepareBetter,
    tutorConfidence: values.tutorConfidence,
    tutorMostConfident: values.tutorMostConfident,
    tutorLeastConfident: values.tutorLeastConfident,
    tutorActions: values.tutorActions,
    tutorPrepareBetter: values.tutorPrepareBetter,
    studentBest: values.studentBest,
    studentImprovements: values.studentImprovements,
    studentStruggles: values.studentStruggles,
    tutorBest: values.tutorBest,
    tutorImprovements: values.tutorImprovements,
    tutorStruggles: values.tutorStruggles,
    agendaStepsDone: agendaSummary(values.agendaDone),
    goalId,
    sharedWith,
    docUrl: '',
  };
  return { goal, steps, conference };
}

/** A goal of the student's as the Goals Master List holds it, with its 1-based sheet row. */
export interface GoalRow {
  row: number;
  goal: Goal;
}

/**
 * The previous goal as the Goals Master List holds it now (read inside the lock), checked against what the form was
 * opened with. The form names the student's active goal when it opened (or none); the save goes ahead only if that is
 * still so — or if the goal was closed with this form's outcome by an earlier attempt of this same save (rows of it
 * are there: `ours`). Anything else means another conference for the student landed since: saving would leave two
 * Active goals or overwrite that conference's outcome, so the tutor is asked to reload (the form keeps its answers).
 */
export function checkPreviousGoal(
  goals: readonly GoalRow[],
  student: Student,
  values: ConferenceValues,
  ours: boolean,
  locale: Locale = 'en',
): GoalRow | null {
  const t = saveErrorText.in(locale);
  const mine = goals.filter((g) => g.goal.studentId === student.studentId);
  const wanted = values.previousGoalId;
  const found = wanted ? mine.find((g) => g.goal.goalId === wanted) : undefined;
  if (wanted && !found) throw new UnknownRecordError('previousGoalOutcome', t('previousGoalGone', { name: student.name }));
  const othersActive = mine.filter((g) => g.goal.status === 'Active' && g.goal.goalId !== wanted);
  const closedByUs = found && found.goal.status !== 'Active' && ours && found.goal.status === values.previousGoalOutcome;
  if (othersActive.length > 0 || (found && found.goal.status !== 'Active' && !closedByUs)) {
    const now = othersActive[othersActive.length - 1]?.goal;
    throw new UnknownRecordError(
      'previousGoalOutcome',
      now ? t('anotherConferenceGoal', { name: student.name, goal: now.goal }) : t('anotherConference', { name: student.name }),
    );
  }
  return found ?? null;
}

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

function shareBody(student: Student, goal: Goal, steps: readonly ActionStep[], tutorEmail: string): string {
  const target = goal.target !== null ? ` (target: ${goal.target}${goal.dueDate ? ` by ${goal.dueDate}` : ''})` : '';
  return [
    `${student.name} held a goal-setting conference on ${goal.conferenceDate}${goal.assessment ? ` about ${goal.assessment}` : ''}.`,
    '',
    `New goal: ${goal.goal}${target}`,
    '',
    'Action plan:',
    ...steps.map((s) => `- ${s.action}${s.whenHowOften ? ` (${s.whenHowOften})` : ''}${s.backupPlan ? ` Backup plan: ${s.backupPlan}` : ''}`),
    '',
    'Is there another way you could support this plan at home or at school?',
    '',
    tutorEmail,
  ].join('\n');
}

/** The check-offs of the previous goal's steps: how many, and how many done (for the goal-met praise). */
export interface StepsFollowed {
  done: number;
  total: number;
}

/**
 * What the sidebar is told: ids, the previous goal's new status, the goal-met praise (when the previous goal was met,
 * with the check-offs behind it), and the messages to the teacher and the family the tutor asked for. A retry of a
 * save that landed is told the same.
 */
export function conferenceAnswer(input: {
  values: ConferenceValues;
  student: Student;
  rows: ConferenceRows;
  tutorEmail: string;
  previous: Goal | null;
  followed: StepsFollowed;
  /** The tutor's language (the page's, sent with the save): the praise is in it. */
  locale: Locale;
}): ConferenceSaved {
  const { values, student, rows, tutorEmail, previous, followed, locale } = input;
  const outcome = values.previousGoalOutcome;
  const prompts: Prompt[] = [];
  if (previous && outcome === 'Met')
    prompts.push(
      goalMetPrompt({ studentName: student.name, goal: previous, score: values.score, stepsDone: followed.done, stepsTotal: followed.total, locale }),
    );
  const subject = `${student.name}: new goal and action plan`;
  const body = shareBody(student, rows.goal, rows.steps, tutorEmail);
  const familyEmail = EMAIL_RE.exec(student.familyContact)?.[0] ?? '';
  return {
    conferenceId: rows.conference.conferenceId,
    goalId: rows.goal.goalId,
    stepIds: rows.steps.map((s) => s.stepId),
    previousGoal: previous && outcome ? { goalId: previous.goalId, status: outcome } : null,
    prompts,
    teacherMessage: values.shareWithTeacher ? { to: student.teacherEmail, contact: student.teacherEmail, subject, body } : null,
    familyMessage: values.shareWithFamily ? { to: familyEmail, contact: student.familyContact, subject, body } : null,
  };
}
