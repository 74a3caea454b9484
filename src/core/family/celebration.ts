// Celebrating follow-through with the family (seed 003, Stakeholder Support): when a student completes a run of
// action steps, a message in the student's praise preference, by email where the program enabled it, otherwise a
// short script for the tutor's call home; older students are told first.

import { addDays } from '../dates';
import type { Locale } from '../i18n/locale';
import { celebrationText } from '../i18n/messages/praise';
import type { ActionStep, Goal, IsoDate, PraisePreference, StepCheckOff } from '../model';
import { currentRun, RUN_LENGTH } from '../praise';

/** The look-back of "every step done at least once". */
export const CELEBRATION_WINDOW_DAYS = 7;

/**
 * A completed run, defined two ways: every open step of the active goal checked off as done at least once in the last
 * CELEBRATION_WINDOW_DAYS days (the whole plan followed this week), or one step done RUN_LENGTH sessions in a row.
 */
export interface FollowThroughRun {
  kind: 'whole plan this week' | 'sessions in a row';
  /** The actions the run is made of, as the student wrote them. */
  actions: string[];
  /** Sessions in a row (the second kind). */
  run?: number;
  /** The latest check-off of the run: one celebration per run, keyed by it. */
  lastDate: IsoDate;
}

export function followThroughRun(
  goal: Goal | null,
  steps: readonly ActionStep[],
  checkOffs: readonly StepCheckOff[],
  today: IsoDate,
): FollowThroughRun | null {
  if (!goal) return null;
  const open = steps.filter((s) => s.goalId === goal.goalId && s.status === 'Open');
  if (open.length === 0) return null;
  const mine = (stepId: string) => checkOffs.filter((c) => c.stepId === stepId).sort((a, b) => a.date.localeCompare(b.date));
  const since = addDays(today, -CELEBRATION_WINDOW_DAYS);
  const doneThisWeek = open.map((s) => mine(s.stepId).filter((c) => c.done && c.date > since && c.date <= today));
  if (doneThisWeek.every((d) => d.length > 0)) {
    const lastDate = doneThisWeek.flat().reduce((m, c) => (c.date > m ? c.date : m), '');
    return { kind: 'whole plan this week', actions: open.map((s) => s.action), lastDate };
  }
  for (const s of open) {
    const history = mine(s.stepId);
    const run = currentRun(history.map((c) => c.done));
    if (run >= RUN_LENGTH) return { kind: 'sessions in a row', actions: [s.action], run, lastDate: history[history.length - 1].date };
  }
  return null;
}

const unquote = (t: string) => t.replace(/^["“]+|["”.]+$/g, '').trim();

export interface CelebrationDraft {
  subject: string;
  /** The editable message to the family. */
  message: string;
  /** What to say on the phone, when the program does not send email. */
  callScript: string;
  /** Seed 003: tell students (especially older ones) before calling home, in case they have a preference. */
  tellStudentFirst: string;
}

/**
 * The draft, in growth-mindset words (the effort as the means to the student's goal) and in the student's praise
 * preference: Public suggests celebrating out loud at home; Private a quiet, written word between the family and the
 * student. Written in the tutor's language (`locale`), who reads and edits it before it goes out.
 */
export function celebrationDraft(input: {
  studentName: string;
  programName: string;
  tutorName: string;
  goal: Goal;
  run: FollowThroughRun;
  preference: PraisePreference | '';
  locale?: Locale;
}): CelebrationDraft {
  const t = celebrationText.in(input.locale ?? 'en');
  const first = input.studentName.split(/\s+/)[0] || input.studentName;
  const effort =
    input.run.kind === 'whole plan this week'
      ? t('effortPlan', { actions: input.run.actions.map((a) => `“${unquote(a)}”`).join('; ') })
      : t('effortRun', { action: unquote(input.run.actions[0]), run: input.run.run ?? RUN_LENGTH });
  const goal = t('goal', { first, goal: unquote(input.goal.goal) });
  const publicPraise = input.preference === 'Public';
  const message = t('message', {
    first,
    program: input.programName || t('tutoring'),
    effort,
    goal,
    how: t(publicPraise ? 'howPublic' : 'howPrivate', { first }),
    tutor: input.tutorName,
  });
  const callScript = t('callScript', {
    tutor: input.tutorName,
    first,
    effort,
    goal,
    close: t(publicPraise ? 'callPublic' : 'callPrivate', { first }),
  });
  return { subject: t('subject', { first }), message, callScript, tellStudentFirst: t('tellFirst', { first }) };
}
