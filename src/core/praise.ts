// Praise and redirection prompts (seed 003, "After the Conference"): praise effort as the means to the student's chosen
// goal when a check-off completes a run of steps or a goal is met; suggest revisiting the plan when steps keep slipping.

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

const PRAISE_TIP =
  'Praise the effort as a means to the goal, not for its own sake. Some students prefer private written praise; calling home to celebrate follow-through sustains motivation (tell the student first).';
const REDIRECT_TIP =
  'Student Agency: reflect with the student about how the action plan is going and why it is not working, then tweak the plan together (a backup plan, another day, a smaller step).';

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

function goalWords(goal: Goal | null): string {
  if (!goal) return 'your goal';
  const target = goal.target !== null ? ` (target ${goal.target})` : '';
  return `your goal — “${unquote(goal.goal)}”${target}`;
}

function unquote(text: string): string {
  return text.replace(/^["“]|["”.]$/g, '').trim();
}

function stepWords(step: ActionStep): string {
  return `“${unquote(step.action)}”`;
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countWord = (n: number): string => COUNT_WORDS[n] ?? String(n);

function redirectFor(step: ActionStep, history: readonly boolean[], goal: Goal | null): Prompt {
  const window = history.slice(-REDIRECT_WINDOW);
  const missed = window.filter((d) => !d).length;
  return {
    kind: 'redirect',
    title: 'Revisit the action plan',
    text: `${stepWords(step)} was missed in ${countWord(missed)} of the last ${countWord(window.length)} sessions. Ask: how is this step going? What gets in the way? Is it still the right step for ${goalWords(goal)}?`,
    tip: REDIRECT_TIP,
    stepId: step.stepId,
  };
}

/** Redirect prompts for the at-a-glance view: open steps repeatedly missed before this session. */
export function glancePrompts(goal: Goal | null, steps: readonly ActionStep[], history: StepHistory): Prompt[] {
  return steps
    .filter((s) => s.status === 'Open' && recentMisses(history[s.stepId] ?? []) >= REDIRECT_MISSES)
    .map((s) => redirectFor(s, history[s.stepId] ?? [], goal));
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
}): Prompt[] {
  const { studentName, goal, steps, history, checkOffs } = input;
  if (checkOffs.length === 0) return [];
  const byId = new Map(steps.map((s) => [s.stepId, s]));
  const prompts: Prompt[] = [];
  const first = studentName.split(' ')[0] || 'The student';

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
      title: `Praise progress: ${countWord(run)} sessions in a row`,
      text: `${first}, you have followed through on ${stepWords(step)} ${countWord(run)} sessions in a row. That effort is exactly what gets you to ${goalWords(goal)}.`,
      tip: PRAISE_TIP,
      stepId: step.stepId,
    });
  } else if (allDone) {
    prompts.push({
      kind: 'praise',
      title: 'Praise progress: every step of the plan',
      text: `${first}, you did every step of your action plan this session (${open.map(stepWords).join('; ')}). Keep it up: this is how you reach ${goalWords(goal)}.`,
      tip: PRAISE_TIP,
    });
  }

  for (const c of checkOffs) {
    const step = byId.get(c.stepId);
    if (!step || c.done) continue;
    const after = [...(history[c.stepId] ?? []), false];
    if (recentMisses(after) >= REDIRECT_MISSES) prompts.push(redirectFor(step, after, goal));
  }
  return prompts;
}

/**
 * Praise when a conference finds the previous goal met: names the goal, the score against its target, and the effort
 * (check-offs done) that led there — seed 003's growth-mindset connection of effort to outcome.
 */
export function goalMetPrompt(input: { studentName: string; goal: Goal; score: number | null; stepsDone: number; stepsTotal: number }): Prompt {
  const { studentName, goal, score, stepsDone, stepsTotal } = input;
  const first = studentName.split(' ')[0] || 'The student';
  const scored = score !== null && goal.target !== null ? ` You scored ${score} against your target of ${goal.target}.` : '';
  const effort =
    stepsTotal > 0
      ? ` You followed through on your action steps in ${countWord(stepsDone)} of ${countWord(stepsTotal)} check-offs — that work paid off.`
      : '';
  return {
    kind: 'praise',
    title: 'Goal met — mention and praise progress',
    text: `${first}, you met your goal: “${unquote(goal.goal)}”.${scored}${effort}`,
    tip: PRAISE_TIP,
  };
}
