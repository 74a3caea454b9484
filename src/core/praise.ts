// Praise and redirection prompts (seed 003, "After the Conference"): praise effort as the means to the student's chosen
// goal when a check-off completes a run of steps or a goal is met; suggest revisiting the plan when steps keep slipping.

import { formatNumber } from './i18n/format';
import type { Locale } from './i18n/locale';
import { praiseText } from './i18n/messages/praise';
import type { ActionStep, Goal } from './model';

/** Sessions in a row a step must be done to count as a run worth praising. */
export const RUN_LENGTH = 3;
/** A step missed this many times among its last REDIRECT_WINDOW check-offs suggests revisiting the plan. */
export const REDIRECT_MISSES = 2;
export const REDIRECT_WINDOW = 3;

export interface Prompt {
  kind: 'praise' | 'redirect';
  title: string;
  /** Words the tutor can use or adapt. */
  text: string;
  /** A lens from the seed, as a tip on how to deliver it. */
  tip: string;
  stepId?: string;
}

/** One step's check-offs, oldest first (true = done). */
export type StepHistory = Record<string, readonly boolean[]>;

/** Done sessions in a row at the end of a history. */
export function currentRun(history: readonly boolean[]): number {
  let n = 0;
  for (let i = history.length - 1; i >= 0 && history[i]; i--) n++;
  return n;
}

/** Misses among the last `window` check-offs. */
export function recentMisses(history: readonly boolean[], window = REDIRECT_WINDOW): number {
  return history.slice(-window).filter((done) => !done).length;
}

type Say = ReturnType<typeof praiseText.in>;

function goalWords(t: Say, locale: Locale, goal: Goal | null): string {
  if (!goal) return t('yourGoal');
  const words = unquote(goal.goal);
  return goal.target !== null ? t('yourGoalTarget', { goal: words, target: formatNumber(locale, goal.target) }) : t('yourGoalNamed', { goal: words });
}

function unquote(text: string): string {
  return text.replace(/^["“]|["”.]$/g, '').trim();
}

function stepWords(step: ActionStep): string {
  return `“${unquote(step.action)}”`;
}

/** "two", "twee": a count up to ten in words, larger ones in digits. */
function countWord(t: Say, n: number): string {
  return t('countWords').split(' ')[n] ?? String(n);
}

function redirectFor(step: ActionStep, history: readonly boolean[], goal: Goal | null, locale: Locale): Prompt {
  const t = praiseText.in(locale);
  const window = history.slice(-REDIRECT_WINDOW);
  const missed = window.filter((d) => !d).length;
  return {
    kind: 'redirect',
    title: t('redirectTitle'),
    text: t('redirectText', {
      step: stepWords(step),
      missed: countWord(t, missed),
      window: countWord(t, window.length),
      goal: goalWords(t, locale, goal),
    }),
    tip: t('redirectTip'),
    stepId: step.stepId,
  };
}

/** Redirect prompts for the at-a-glance view: open steps repeatedly missed before this session. */
export function glancePrompts(goal: Goal | null, steps: readonly ActionStep[], history: StepHistory, locale: Locale = 'en'): Prompt[] {
  return steps
    .filter((s) => s.status === 'Open' && recentMisses(history[s.stepId] ?? []) >= REDIRECT_MISSES)
    .map((s) => redirectFor(s, history[s.stepId] ?? [], goal, locale));
}

/**
 * Prompts after this session's check-offs: praise when every open step of the plan was done this session, or when a
 * step reaches a run of RUN_LENGTH sessions; a redirect for each step that is now repeatedly missed.
 */
export function promptsAfterCheckOff(input: {
  studentName: string;
  goal: Goal | null;
  steps: readonly ActionStep[];
  /** Check-offs before this session, oldest first. */
  history: StepHistory;
  checkOffs: readonly { stepId: string; done: boolean }[];
  /** The tutor's language (the page's, in the sidebar). */
  locale?: Locale;
}): Prompt[] {
  const { studentName, goal, steps, history, checkOffs, locale = 'en' } = input;
  if (checkOffs.length === 0) return [];
  const t = praiseText.in(locale);
  const byId = new Map(steps.map((s) => [s.stepId, s]));
  const prompts: Prompt[] = [];
  const first = studentName.split(' ')[0] || t('theStudent');

  const runs: { step: ActionStep; run: number }[] = [];
  for (const c of checkOffs) {
    const step = byId.get(c.stepId);
    if (!step) continue;
    const after = [...(history[c.stepId] ?? []), c.done];
    const run = currentRun(after);
    if (c.done && run >= RUN_LENGTH && run % RUN_LENGTH === 0) runs.push({ step, run });
  }
  const open = steps.filter((s) => s.status === 'Open');
  const allDone = open.length > 0 && open.every((s) => checkOffs.some((c) => c.stepId === s.stepId && c.done));

  if (runs.length > 0) {
    const { step, run } = runs[0];
    prompts.push({
      kind: 'praise',
      title: t('runTitle', { run: countWord(t, run) }),
      text: t('runText', { first, step: stepWords(step), run: countWord(t, run), goal: goalWords(t, locale, goal) }),
      tip: t('praiseTip'),
      stepId: step.stepId,
    });
  } else if (allDone) {
    prompts.push({
      kind: 'praise',
      title: t('allTitle'),
      text: t('allText', { first, steps: open.map(stepWords).join('; '), goal: goalWords(t, locale, goal) }),
      tip: t('praiseTip'),
    });
  }

  for (const c of checkOffs) {
    const step = byId.get(c.stepId);
    if (!step || c.done) continue;
    const after = [...(history[c.stepId] ?? []), false];
    if (recentMisses(after) >= REDIRECT_MISSES) prompts.push(redirectFor(step, after, goal, locale));
  }
  return prompts;
}

/**
 * Praise when a conference finds the previous goal met: names the goal, the score against its target, and the effort
 * (check-offs done) that led there — seed 003's growth-mindset connection of effort to outcome.
 */
export function goalMetPrompt(input: {
  studentName: string;
  goal: Goal;
  score: number | null;
  stepsDone: number;
  stepsTotal: number;
  /** The tutor's language. */
  locale?: Locale;
}): Prompt {
  const { studentName, goal, score, stepsDone, stepsTotal, locale = 'en' } = input;
  const t = praiseText.in(locale);
  const first = studentName.split(' ')[0] || t('theStudent');
  const sentences = [t('metText', { first, goal: unquote(goal.goal) })];
  if (score !== null && goal.target !== null)
    sentences.push(t('metScored', { score: formatNumber(locale, score), target: formatNumber(locale, goal.target) }));
  if (stepsTotal > 0) sentences.push(t('metEffort', { done: countWord(t, stepsDone), total: countWord(t, stepsTotal) }));
  return { kind: 'praise', title: t('metTitle'), text: sentences.join(' '), tip: t('praiseTip') };
}
