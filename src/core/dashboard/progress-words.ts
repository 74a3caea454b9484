// Each student's progress in one sentence a coordinator reads without decoding rates: the goal and its due date, the
// latest score against the one before it, how many of the goal's action steps are done, and whether it is on track.

import { isIsoDate } from '../dates';
import type { Locale } from '../i18n/locale';
import { dashboardText } from '../i18n/messages/dashboard';
import type { ActionStep, Goal, IsoDate } from '../model';
import { shortDate } from './words';

export interface ProgressFacts {
  /** The student's active goal (null: none). */
  goal: Pick<Goal, 'goal' | 'dueDate' | 'target'> | null;
  latestScore: number | null;
  /** The score before the latest (null when there is only one). */
  previousScore: number | null;
  /** The active goal's action steps (Dropped ones do not count). */
  steps: readonly Pick<ActionStep, 'status'>[];
  /** The active goal's check-offs: how many were ticked done of how many (a step stays Open while it is practised). */
  checkOffs: { done: number; total: number };
  /** The score is moving away from the target (the dashboard's score-trend reason). */
  trendingAway: boolean;
  today: IsoDate;
}

/**
 * "Goal: read 60 wpm by 15 Dec — latest 48 (from 40), 3 of 4 steps done, kept up 9 of 10 times; on track". Its status is the first that holds:
 * target met, overdue (due date passed), moving away from the target, on track. Without an active goal: "No active goal".
 */
export function progressInWords(facts: ProgressFacts, locale: Locale = 'en'): string {
  const t = dashboardText.in(locale);
  const { goal, latestScore, previousScore, today } = facts;
  if (!goal) return t('noActiveGoal');
  const what = goal.goal.trim() || t('goalUnnamed');
  const head = isIsoDate(goal.dueDate) ? t('goalBy', { goal: what, date: shortDate(goal.dueDate, today, locale) }) : t('goalOnly', { goal: what });
  let score = t('noScore');
  if (latestScore !== null)
    score = previousScore !== null ? t('latestFrom', { latest: latestScore, previous: previousScore }) : t('latest', { latest: latestScore });
  const counted = facts.steps.filter((s) => s.status !== 'Dropped');
  const done = counted.filter((s) => s.status === 'Done').length;
  // Steps are habits checked off each session and stay Open while practised: with check-offs and none Done, "0 of 2
  // steps done" would read as failure, so the line says how often they were kept up instead.
  const kept = { done: facts.checkOffs.done, total: facts.checkOffs.total };
  let steps = t('noSteps');
  if (counted.length > 0 && done === 0 && kept.total > 0)
    steps = t(counted.length === 1 ? 'stepsKeptOne' : 'stepsKeptOther', { n: counted.length, ...kept });
  else if (counted.length > 0) {
    steps = t(counted.length === 1 ? 'stepsDoneOne' : 'stepsDoneOther', { done, n: counted.length });
    if (kept.total > 0) steps += t('keptUp', kept);
  }
  const met = latestScore !== null && goal.target !== null && latestScore >= goal.target;
  let status = t('onTrack');
  if (met) status = t('targetMet');
  else if (isIsoDate(goal.dueDate) && goal.dueDate < today) status = t('overdueSince', { date: shortDate(goal.dueDate, today, locale) });
  else if (facts.trendingAway) status = t('movingAway');
  return t('progressLine', { head, score, steps, status });
}
