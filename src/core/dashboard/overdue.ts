// A goal past its due date that is still Active: flagged with when it was due and how long ago, so a coordinator
// knows to hold the next goal-setting conference.

import { daysBetween, isIsoDate } from '../dates';
import type { Locale } from '../i18n/locale';
import { dashboardText } from '../i18n/messages/dashboard';
import type { Goal, IsoDate } from '../model';
import { daysInWords, shortDate } from './words';

export interface OverdueGoal {
  goalId: string;
  dueDate: IsoDate;
  daysOverdue: number;
  /** "goal due 3 Nov, 4 weeks overdue". */
  text: string;
}

/**
 * The goal is overdue when it is Active, has a due date, and that day has passed (the due day itself is not late).
 * `met` (latest score at or above the target) keeps a goal that was reached from being flagged.
 */
export function overdueGoal(
  goal: Pick<Goal, 'goalId' | 'status' | 'dueDate'> | null,
  today: IsoDate,
  met = false,
  locale: Locale = 'en',
): OverdueGoal | null {
  if (goal?.status !== 'Active' || met || !isIsoDate(goal.dueDate) || goal.dueDate >= today) return null;
  const daysOverdue = daysBetween(goal.dueDate, today);
  return {
    goalId: goal.goalId,
    dueDate: goal.dueDate,
    daysOverdue,
    text: dashboardText.t(locale, 'goalDue', { date: shortDate(goal.dueDate, today, locale), span: daysInWords(daysOverdue, locale) }),
  };
}
