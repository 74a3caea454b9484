// Celebrating follow-through with the family (seed 003, Stakeholder Support): when a student completes a run of
// action steps, a message in the student's praise preference, by email where the program enabled it, otherwise a
// short script for the tutor's call home; older students are told first.

import { addDays } from '../dates';
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
 * preference: Public suggests celebrating out loud at home; Private a quiet, written word between the family and the student.
 */
export function celebrationDraft(input: {
  studentName: string;
  programName: string;
  tutorName: string;
  goal: Goal;
  run: FollowThroughRun;
  preference: PraisePreference | '';
}): CelebrationDraft {
  const first = input.studentName.split(/\s+/)[0] || input.studentName;
  const effort =
    input.run.kind === 'whole plan this week'
      ? `followed through on every step of the action plan this week (${input.run.actions.map((a) => `“${unquote(a)}”`).join('; ')})`
      : `followed through on “${unquote(input.run.actions[0])}” ${input.run.run} sessions in a row`;
  const goal = `the goal ${first} set: “${unquote(input.goal.goal)}”`;
  const how =
    input.preference === 'Public'
      ? `${first} likes to be praised out loud: a cheer at dinner tonight would mean a lot.`
      : `${first} prefers praise in private: a quiet word or a short note from you is the best way to celebrate.`;
  const message = `Hello,\n\nI am ${first}'s tutor at ${input.programName || 'tutoring'}. I wanted to share some good news: ${first} ${effort}. That steady effort is exactly what moves ${first} towards ${goal}.\n\n${how}\n\nThank you for supporting ${first}.\n${input.tutorName}`;
  const callScript = `Hi, this is ${input.tutorName}, ${first}'s tutor. Nothing is wrong: I'm calling with good news. ${first} ${effort}, and that effort is what gets ${first} to ${goal}. ${input.preference === 'Public' ? `Please celebrate with ${first} tonight!` : `${first} likes praise in private, so a quiet word from you would be perfect.`} Is there a better time or person to call next time?`;
  const tellStudentFirst = `Tell ${first} first: "I'd like to let your family know how well you followed through. Is that OK, and who should I tell?"`;
  return { subject: `Good news about ${first}`, message, callScript, tellStudentFirst };
}
