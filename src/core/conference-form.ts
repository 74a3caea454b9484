// The goal-setting conference form (seed 003) as a guided flow — before (data share, reflections), during (the nine-step
// agenda, new goal and action plan), after (write, prioritize, share) — with one schema for sidebar and server.

import { checkForm, type FormCheck, isoDate, optionalText, requiredText, validCalendarDate } from './form-validation';
import type { Locale } from './i18n/locale';
import { conferenceFieldText } from './i18n/messages/tutor-conference-fields';
import { validationText } from './i18n/messages/validation';
import type { FieldErrors } from './result';
import { saveKeyField } from './saves/save-key';
import { scaleAnswer } from './session-note-form';
import * as v from './validation/schema';

/** Most action steps one plan holds (the sidebar offers "Add a step" up to this). */
export const MAX_PLAN_STEPS = 6;

export const PREVIOUS_GOAL_OUTCOMES = ['Met', 'Not met', 'Revised'] as const;
export type PreviousGoalOutcome = (typeof PREVIOUS_GOAL_OUTCOMES)[number];

/** One step of the seed's nine-step agenda, with its prompts quoted for the tutor. */
export interface AgendaStep {
  n: number;
  section: string;
  text: string;
  prompts: readonly string[];
  /** The seed's good examples (step 7). */
  examples?: readonly string[];
  lens: string;
}

/** "During the Conference: Agenda", seed 003, steps 1–9. */
export const CONFERENCE_AGENDA: readonly AgendaStep[] = [
  {
    n: 1,
    section: 'Check in and explain the purpose of the conversation',
    text: 'Check in with the student and ask how they are doing.',
    prompts: [],
    lens: 'Reducing Stigma: keep the framing asset-based — celebrate wins, build on strengths.',
  },
  {
    n: 2,
    section: 'Check in and explain the purpose of the conversation',
    text: 'Frame the conversation and ground the goal in long-term aspirations.',
    prompts: ['Can you tell me in your own words why goal setting is important for us to talk about?'],
    lens: 'Reducing Stigma: tutoring is support, not punishment.',
  },
  {
    n: 3,
    section: 'Reflection on most recent assignment/assessment/project',
    text: 'Ask the student to reflect on goals and effort on the last assignment.',
    prompts: ['What did you think of this assignment?', 'What were your strengths? Where did you struggle?'],
    lens: 'Reducing Stigma: highlight wins thoroughly before moving on to struggles.',
  },
  {
    n: 4,
    section: 'Reflection on most recent assignment/assessment/project',
    text: 'Ask the student to consider what held them back from doing better.',
    prompts: ['What do you need more practice with? Why?', 'Did you reach your goals? Why/Why not?'],
    lens: 'Growth Mindset: connect actions to outcomes.',
  },
  {
    n: 5,
    section: 'Reflection on most recent assignment/assessment/project',
    text: "Comment on the student's reflection; add your own thoughts on their strengths and struggles. Praise their self-awareness if applicable!",
    prompts: [],
    lens: 'Student Agency: use your answers to guide student thinking, not override it.',
  },
  {
    n: 6,
    section: 'New goal and action plan',
    text: 'Together, set a new goal for the next assignment and identify the next steps needed to reach that goal.',
    prompts: [
      'Based on your recent data and on what we’ve discussed, what do you think your goal for the next assignment should be? What actions are you going to take to get there?',
    ],
    lens: 'Student Agency: "That’s a great stretch goal, and a score of 75 will still show tremendous growth."',
  },
  {
    n: 7,
    section: 'New goal and action plan',
    text: 'Guide the student to choose specific actions to build on strengths and overcome struggles. Consider potential obstacles!',
    prompts: [],
    examples: [
      'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
      'I will create flashcards to help me review the concepts that I have not mastered yet, and study for 15 min a day.',
    ],
    lens: 'Specific & Measurable: add a backup plan (e.g. "If I can’t do Monday, sign me up for Tuesday instead that week").',
  },
  {
    n: 8,
    section: 'Check for understanding and support',
    text: 'Recap next steps and why they matter.',
    prompts: ['What are your goals for the next assignment? What steps will you take to get there?'],
    lens: 'Stakeholder Support: tell the student you will share the goal and plan with their family/school.',
  },
  {
    n: 9,
    section: 'Check for understanding and support',
    text: 'Thank the student and see if they have any final questions for you.',
    prompts: [
      'Thank you for talking with me about your exam! I’m excited to support you as you work to meet your goal. Do you have any questions for me?',
    ],
    lens: 'Stakeholder Support: ask how their family/school could support the plan.',
  },
];

/** Free text that must read as a number ("64", "72.5") or be left blank; becomes number | null. */
const numberText = (label: string, locale: Locale) =>
  v.optional(
    v.pipe(
      v.union([v.string(), v.number(), v.null()], conferenceFieldText.t(locale, 'notNumber', { label })),
      v.transform((x) => (x === null ? '' : String(x).trim())),
      v.check((s) => s === '' || (Number.isFinite(Number(s)) && Number(s) >= 0), conferenceFieldText.t(locale, 'numberExample', { label })),
      v.transform((s) => (s === '' ? null : Number(s))),
    ),
    '',
  );

const optionalDate = (label: string, locale: Locale) =>
  v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || validCalendarDate(s), validationText.t(locale, 'notDate', { label })),
    ),
    '',
  );

const planStepSchema = (locale: Locale) => {
  const t = conferenceFieldText.in(locale);
  return v.object({
    action: requiredText(t('action'), 500, locale),
    whenHowOften: optionalText(t('whenHowOften'), 300, locale),
    effortMeasure: optionalText(t('effortMeasure'), 300, locale),
    backupPlan: optionalText(t('backupPlan'), 500, locale),
  });
};

/** The conference's schema with its messages in `locale`. */
function conferenceSchema(locale: Locale) {
  const t = conferenceFieldText.in(locale);
  const text = (label: string, max = 5000) => optionalText(label, max, locale);
  return v.pipe(
    v.object({
      studentId: v.pipe(v.string(t('chooseStudent')), v.trim(), v.nonEmpty(t('chooseStudent'))),
      /** Made by the sidebar when the form opens: a retry of this save writes nothing twice (core/saves). */
      saveKey: saveKeyField,
      // 1. Before — data share
      conferenceDate: isoDate(t('conferenceDate'), locale),
      assessment: text(t('assessment'), 300),
      score: numberText(t('score'), locale),
      effortData: text(t('effortData')),
      academicData: text(t('academicData')),
      studentConfidence: scaleAnswer(t('confidence'), 5, locale),
      studentMostConfident: text(t('mostConfident')),
      studentLeastConfident: text(t('leastConfident')),
      studentActions: text(t('actions')),
      studentPrepareBetter: text(t('prepareBetter')),
      tutorConfidence: scaleAnswer(t('confidence'), 5, locale),
      tutorMostConfident: text(t('mostConfident')),
      tutorLeastConfident: text(t('leastConfident')),
      tutorActions: text(t('actions')),
      tutorPrepareBetter: text(t('prepareBetter')),
      studentBest: text(t('best')),
      studentImprovements: text(t('improvements')),
      studentStruggles: text(t('struggles')),
      tutorBest: text(t('best')),
      tutorImprovements: text(t('improvements')),
      tutorStruggles: text(t('struggles')),
      // 2. During — agenda, new goal, action plan
      agendaDone: v.optional(
        v.array(
          v.pipe(
            v.number(),
            v.check((n) => Number.isInteger(n) && n >= 1 && n <= 9, t('agendaNumbers')),
          ),
        ),
        [],
      ),
      goal: requiredText(t('goal'), 500, locale),
      target: numberText(t('target'), locale),
      dueDate: optionalDate(t('dueDate'), locale),
      steps: v.pipe(
        v.array(planStepSchema(locale), t('oneStep')),
        v.minLength(1, t('oneStep')),
        v.maxLength(MAX_PLAN_STEPS, t('maxSteps', { max: MAX_PLAN_STEPS })),
      ),
      // 3. After — close the previous goal, prioritize, share
      previousGoalId: v.optional(v.pipe(v.string(), v.trim()), ''),
      previousGoalOutcome: v.optional(v.picklist(['', ...PREVIOUS_GOAL_OUTCOMES] as const, t('chooseOutcome')), ''),
      prioritized: v.optional(v.boolean(), false),
      shareWithTeacher: v.optional(v.boolean(), false),
      shareWithFamily: v.optional(v.boolean(), false),
    }),
    v.forward(
      v.partialCheck([['conferenceDate'], ['dueDate']], (f) => !f.dueDate || f.dueDate >= f.conferenceDate, t('dueAfter')),
      ['dueDate'],
    ),
    v.forward(
      v.partialCheck([['previousGoalId'], ['previousGoalOutcome']], (f) => !f.previousGoalId || f.previousGoalOutcome !== '', t('sayOutcome')),
      ['previousGoalOutcome'],
    ),
  );
}

export const PlanStepSchema = planStepSchema('en');
/** The English schema (its types are every language's). */
export const ConferenceSchema = conferenceSchema('en');
const SCHEMAS: Partial<Record<Locale, typeof ConferenceSchema>> = { en: ConferenceSchema };

export type ConferenceForm = v.InferInput<typeof ConferenceSchema>;
export type ConferenceValues = v.InferOutput<typeof ConferenceSchema>;
export type PlanStepForm = v.InferInput<typeof PlanStepSchema>;

/** Validates the whole conference, its messages in `locale`; errors keyed by field ("goal", "steps.0.action"). */
export function checkConference(input: unknown, locale: Locale = 'en'): FormCheck<ConferenceValues> {
  SCHEMAS[locale] ??= conferenceSchema(locale);
  return checkForm(SCHEMAS[locale], input, {}, locale);
}

/** The three stages of the guided flow and the fields each one owns. */
export const CONFERENCE_STAGES = ['before', 'during', 'after'] as const;
export type ConferenceStage = (typeof CONFERENCE_STAGES)[number];

const DURING_FIELDS = new Set(['agendaDone', 'goal', 'target', 'dueDate', 'steps']);
const AFTER_FIELDS = new Set(['previousGoalId', 'previousGoalOutcome', 'prioritized', 'shareWithTeacher', 'shareWithFamily']);

/** Which stage shows a field, so "Next" can stop on the stage that holds an error. */
export function stageOf(field: string): ConferenceStage {
  const top = field.split('.')[0];
  if (DURING_FIELDS.has(top)) return 'during';
  if (AFTER_FIELDS.has(top)) return 'after';
  return 'before';
}

/** The errors of one stage (the flow checks the stage being left, not the ones not yet reached). */
export function stageErrors(errors: FieldErrors, stage: ConferenceStage): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) if (stageOf(key) === stage) out[key] = message;
  return out;
}

export function blankPlanStep(): Required<PlanStepForm> {
  return { action: '', whenHowOften: '', effortMeasure: '', backupPlan: '' };
}

/** A blank conference for today; effort data can be prefilled from the workbook. */
export function blankConference(studentId: string, today: string, effortData = '', saveKey = ''): Required<ConferenceForm> {
  return {
    studentId,
    saveKey,
    conferenceDate: today,
    assessment: '',
    score: '',
    effortData,
    academicData: '',
    studentConfidence: null,
    studentMostConfident: '',
    studentLeastConfident: '',
    studentActions: '',
    studentPrepareBetter: '',
    tutorConfidence: null,
    tutorMostConfident: '',
    tutorLeastConfident: '',
    tutorActions: '',
    tutorPrepareBetter: '',
    studentBest: '',
    studentImprovements: '',
    studentStruggles: '',
    tutorBest: '',
    tutorImprovements: '',
    tutorStruggles: '',
    agendaDone: [],
    goal: '',
    target: '',
    dueDate: '',
    steps: [blankPlanStep()],
    previousGoalId: '',
    previousGoalOutcome: '',
    prioritized: false,
    shareWithTeacher: false,
    shareWithFamily: false,
  };
}

/** "1-4, 6, 8-9" from the ticked agenda steps. */
export function agendaSummary(done: readonly number[]): string {
  const sorted = [...new Set(done)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** What the previous goal's outcome looks like from the new score: Met at or above its target. */
export function suggestedOutcome(previousTarget: number | null, score: number | null): PreviousGoalOutcome | '' {
  if (previousTarget === null || score === null) return '';
  return score >= previousTarget ? 'Met' : 'Not met';
}
