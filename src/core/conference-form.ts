// The goal-setting conference form (seed 003) as a guided flow — before (data share, reflections), during (the nine-step
// agenda, new goal and action plan), after (write, prioritize, share) — with one schema for sidebar and server.

import { checkForm, type FormCheck, isoDate, optionalText, requiredText, validCalendarDate } from './form-validation';
import type { Locale } from './i18n/locale';
import { conferenceAgendaText } from './i18n/messages/conference-agenda';
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
  /** The seed's good examples (step 7), each already framed ("Good example: “…”"). */
  examples?: readonly string[];
  lens: string;
}

type AgendaKey = keyof typeof conferenceAgendaText.en;
type NoPlaceholder = Exclude<AgendaKey, 'goodExample'>;
type Section = 'sectionCheckIn' | 'sectionReflect' | 'sectionGoal' | 'sectionCheck';

/** The agenda's shape (seed 003, steps 1–9): each step's section, words, prompts, examples and lens, by message key. */
const AGENDA_SHAPE: readonly {
  section: Section;
  step: NoPlaceholder;
  prompts: readonly NoPlaceholder[];
  examples?: readonly NoPlaceholder[];
  lens: NoPlaceholder;
}[] = [
  { section: 'sectionCheckIn', step: 'step1', prompts: [], lens: 'lens1' },
  { section: 'sectionCheckIn', step: 'step2', prompts: ['prompt2a'], lens: 'lens2' },
  { section: 'sectionReflect', step: 'step3', prompts: ['prompt3a', 'prompt3b'], lens: 'lens3' },
  { section: 'sectionReflect', step: 'step4', prompts: ['prompt4a', 'prompt4b'], lens: 'lens4' },
  { section: 'sectionReflect', step: 'step5', prompts: [], lens: 'lens5' },
  { section: 'sectionGoal', step: 'step6', prompts: ['prompt6a'], lens: 'lens6' },
  { section: 'sectionGoal', step: 'step7', prompts: [], examples: ['example7a', 'example7b'], lens: 'lens7' },
  { section: 'sectionCheck', step: 'step8', prompts: ['prompt8a'], lens: 'lens8' },
  { section: 'sectionCheck', step: 'step9', prompts: ['prompt9a'], lens: 'lens9' },
];

/** "During the Conference: Agenda", seed 003, steps 1–9, in `locale` (the Conference tab shows the page's language). */
export function conferenceAgenda(locale: Locale): AgendaStep[] {
  const t = conferenceAgendaText.in(locale);
  const say = (key: NoPlaceholder) => t(key);
  return AGENDA_SHAPE.map((shape, i) => {
    const step: AgendaStep = { n: i + 1, section: say(shape.section), text: say(shape.step), prompts: shape.prompts.map(say), lens: say(shape.lens) };
    if (shape.examples) step.examples = shape.examples.map((k) => t('goodExample', { text: say(k) }));
    return step;
  });
}

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
