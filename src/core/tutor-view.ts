// What the tutor sidebar shows: the roster with the tutor's own students first, and one student at a glance (active
// goal, open action steps with their recent check-offs, the last three session notes, effort data, prompts).

import { ACTIONS } from './access/actions';
import { type Caller, hasAnyRole, reachesTeam } from './access/roles';
import { type AttendanceCount, type AttendanceSettings, countAttendance } from './dashboard/attendance';
import type { Locale } from './i18n/locale';
import { effortText } from './i18n/messages/effort';
import type { ActionStep, Goal, SessionNote, StepCheckOff, Student, Tier, WorkbookKind } from './model';
import { glancePrompts, type Prompt, type StepHistory } from './praise';
import { checkActionStep } from './specificity';

/** A student in the sidebar's picker. */
export interface RosterEntry {
  studentId: string;
  name: string;
  grade: string;
  subject: string;
  team: string;
  /** The signed-in tutor's own student (listed first). */
  mine: boolean;
}

export interface TutorRosterView {
  tutorEmail: string;
  students: RosterEntry[];
  /** Today in the workbook's time zone, for form defaults. */
  today: string;
  /** The program's communication tier: threaded questions come with Tier 2. */
  tier: Tier;
  /** A team workbook (its students), or the master (a coordinator, every student; saves go to the team's workbook). */
  workbook: WorkbookKind;
  /** False for a teacher: the sidebar reads, and the server refuses saves anyway. */
  canSave: boolean;
}

/** Where the sidebar runs: the master, or one team's workbook (its Settings name the team). */
export interface SidebarPlace {
  kind: WorkbookKind;
  /** The team workbook's team ('' in the master). */
  team: string;
}

const sameTeam = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Why the caller may not use the sidebar here, or null. In the master only coordinators get anywhere: a tutor or
 * teacher there (the full Roster gives them a role) is never shown a student, even if the file reached them.
 */
export function sidebarRefusal(caller: Caller, place: SidebarPlace): string | null {
  if (place.kind === 'master') {
    return caller.roles.includes('coordinator')
      ? null
      : "The tutor sidebar works in your team's workbook (Drive shared it with you): open that workbook and the sidebar there.";
  }
  return reachesTeam(caller, place.team) ? null : `Only ${place.team}'s tutors, its teacher and the program's coordinators can open this sidebar.`;
}

/**
 * Why the caller may not see or write this student's records, or null: besides the role the guard checked, the
 * student must belong here — on this team workbook's roster slice and of its team — and the caller must reach the
 * student's team. In the master, a coordinator reaches every student.
 */
export function studentRefusal(caller: Caller, place: SidebarPlace, student: Pick<Student, 'team' | 'name'>): string | null {
  const refused = sidebarRefusal(caller, place);
  if (refused) return refused;
  if (place.kind === 'team' && !sameTeam(student.team, place.team))
    return "This student is not on this team workbook's roster. Pick the student again.";
  return reachesTeam(caller, student.team)
    ? null
    : `Only ${student.team}'s tutors, its teacher and the program's coordinators can see ${student.name}'s records.`;
}

/** The roster the sidebar offers here: the team's own students in a team workbook, everyone in the master. */
export function rosterView(input: { caller: Caller; place: SidebarPlace; students: readonly Student[]; today: string; tier: Tier }): TutorRosterView {
  const { caller, place } = input;
  const here = place.kind === 'team' ? input.students.filter((s) => sameTeam(s.team, place.team)) : input.students;
  return {
    tutorEmail: caller.email,
    students: tutorRoster(here, caller.email),
    today: input.today,
    tier: input.tier,
    workbook: place.kind,
    canSave: hasAnyRole(caller, ACTIONS.tutorSaveSessionNote.roles),
  };
}

/** Active students, the tutor's own first, each group by name (emails compared case-insensitively). */
export function tutorRoster(students: readonly Student[], tutorEmail: string): RosterEntry[] {
  const me = tutorEmail.trim().toLowerCase();
  return students
    .filter((s) => s.active && s.studentId !== '')
    .map((s) => ({ studentId: s.studentId, name: s.name, grade: s.grade, subject: s.subject, team: s.team, mine: me !== '' && s.tutorEmail === me }))
    .sort((a, b) => Number(b.mine) - Number(a.mine) || a.name.localeCompare(b.name));
}

export interface StepView {
  stepId: string;
  action: string;
  whenHowOften: string;
  effortMeasure: string;
  backupPlan: string;
  /** Last five check-offs, oldest first (true = done). */
  recent: boolean[];
  /** False when the step reads as too vague (seed 003); the sidebar shows the hint. */
  specific: boolean;
}

export interface NoteSummary {
  noteId: string;
  date: string;
  startTime: string;
  endTime: string;
  objective: string;
  degreeAccomplished: number | null;
  topicsSkills: string;
  attended: boolean;
  onTime: boolean;
  followThrough: string;
}

/** Effort data for the conference's data share, from what the workbook holds. */
export interface EffortSummary {
  sessionsLogged: number;
  attended: number;
  onTime: number;
  checkOffs: number;
  checkOffsDone: number;
  /** Assignments completed/corrected in the latest notes (homework, as the session notes record it). */
  recentAssignments: string[];
  /** Attendance as the dashboard counts it (in its named window), when the program's dosage and term are known. */
  window: AttendanceCount | null;
  /** The same as one paragraph, to prefill "Effort data". */
  text: string;
}

export interface StudentGlance {
  /** The team's teacher and the student's tutor, so each can see whom the other is (the Questions tab asks them). */
  student: RosterEntry & { teacherEmail: string; tutorEmail: string; familyContact: string };
  activeGoal: Goal | null;
  steps: StepView[];
  /** Newest first, at most three. */
  recentNotes: NoteSummary[];
  effort: EffortSummary;
  prompts: Prompt[];
  /** Every check-off of the active goal's steps, oldest first, for praise after the next check-off. */
  history: StepHistory;
}

/** The goal a student is working towards: the latest Active one by conference date (ties: the later row). */
export function activeGoalOf(goals: readonly Goal[], studentId: string): Goal | null {
  let best: Goal | null = null;
  for (const g of goals) {
    if (g.studentId !== studentId || g.status !== 'Active') continue;
    if (!best || g.conferenceDate >= best.conferenceDate) best = g;
  }
  return best;
}

/** The steps the glance shows and follows: the student's Open steps of their active goal (none without one). */
export function openStepsOf(goal: Goal | null, steps: readonly ActionStep[], studentId: string): ActionStep[] {
  return steps.filter((s) => s.studentId === studentId && s.status === 'Open' && goal !== null && s.goalId === goal.goalId);
}

/** Check-offs per step, oldest first (sheet order breaks ties between the same date). */
export function historyOf(checkOffs: readonly Pick<StepCheckOff, 'stepId' | 'done' | 'date'>[]): StepHistory {
  const ordered = checkOffs.map((c, i) => ({ c, i })).sort((a, b) => a.c.date.localeCompare(b.c.date) || a.i - b.i);
  const history: Record<string, boolean[]> = {};
  for (const { c } of ordered) {
    if (!history[c.stepId]) history[c.stepId] = [];
    history[c.stepId].push(c.done);
  }
  return history;
}

const pct = (n: number, d: number): string => (d > 0 ? `${Math.round((n / d) * 100)}%` : '—');

/** Attendance, punctuality and action-step follow-through, in the data share's words. */
export function effortSummary(
  notes: readonly Pick<SessionNote, 'attended' | 'onTime' | 'assignments' | 'date'>[],
  checkOffs: readonly Pick<StepCheckOff, 'done'>[],
  program?: { today: string; settings: AttendanceSettings },
  locale: Locale = 'en',
): EffortSummary {
  const t = effortText.in(locale);
  const attended = notes.filter((n) => n.attended).length;
  const onTime = notes.filter((n) => n.attended && n.onTime).length;
  const done = checkOffs.filter((c) => c.done).length;
  const recentAssignments = [...notes]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((n) => n.assignments.trim())
    .filter((a) => a !== '')
    .slice(0, 3);
  // The dashboard's count (one function for both), so the sidebar and the dashboard never disagree.
  const window = program ? countAttendance(notes, program.today, program.settings, locale) : null;
  const lines: string[] = [];
  if (window && window.window.scheduled > 0) {
    lines.push(t('attendanceWindow', { count: window.text, pct: `${Math.round((window.rate ?? 0) * 100)}%` }));
    if (window.attended > 0)
      lines.push(t('punctuality', { onTime: window.onTime, attended: window.attended, pct: pct(window.onTime, window.attended) }));
  } else if (notes.length > 0) {
    lines.push(t('attendanceLogged', { attended, n: notes.length, pct: pct(attended, notes.length) }));
    if (attended > 0) lines.push(t('punctuality', { onTime, attended, pct: pct(onTime, attended) }));
  }
  if (checkOffs.length > 0) lines.push(t('stepsDone', { done, n: checkOffs.length, pct: pct(done, checkOffs.length) }));
  if (recentAssignments.length > 0) lines.push(t('assignments', { list: recentAssignments.join('; ') }));
  return {
    sessionsLogged: notes.length,
    attended,
    onTime,
    checkOffs: checkOffs.length,
    checkOffsDone: done,
    recentAssignments,
    window,
    text: lines.join('\n'),
  };
}

function noteSummary(n: SessionNote): NoteSummary {
  return {
    noteId: n.noteId,
    date: n.date,
    startTime: n.startTime,
    endTime: n.endTime,
    objective: n.objective,
    degreeAccomplished: n.degreeAccomplished,
    topicsSkills: n.topicsSkills,
    attended: n.attended,
    onTime: n.onTime,
    followThrough: n.followThrough,
  };
}

/** Newest first: by date, then start time, then the later row. */
export function latestNotes(notes: readonly SessionNote[], count = 3): SessionNote[] {
  return notes
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.date.localeCompare(a.n.date) || b.n.startTime.localeCompare(a.n.startTime) || b.i - a.i)
    .slice(0, count)
    .map((x) => x.n);
}

/**
 * One student at a glance. `notes` may be only the student's latest notes (the adapter reads few rows), and
 * `attendance` the attended/on-time flags of all their notes; `checkOffs` are the student's (only those of the
 * `openStepsOf` steps are used, so the adapter may pass just those).
 */
export function studentGlance(input: {
  student: Student;
  tutorEmail: string;
  goals: readonly Goal[];
  steps: readonly ActionStep[];
  checkOffs: readonly Pick<StepCheckOff, 'stepId' | 'done' | 'date'>[];
  notes: readonly SessionNote[];
  attendance?: readonly Pick<SessionNote, 'attended' | 'onTime' | 'assignments' | 'date'>[];
  /** Today and the program's dosage and term: attendance is then counted as the dashboard counts it. */
  program?: { today: string; settings: AttendanceSettings };
  /** The tutor's language, for the prompts' words (English when not given). */
  locale?: Locale;
}): StudentGlance {
  const { student, goals, steps, checkOffs, notes } = input;
  const goal = activeGoalOf(goals, student.studentId);
  const open = openStepsOf(goal, steps, student.studentId);
  const openIds = new Set(open.map((s) => s.stepId));
  const goalCheckOffs = checkOffs.filter((c) => openIds.has(c.stepId));
  const history = historyOf(goalCheckOffs);
  const [entry] = tutorRoster([student], input.tutorEmail);
  return {
    student: {
      ...(entry ?? { ...student, mine: false }),
      teacherEmail: student.teacherEmail,
      tutorEmail: student.tutorEmail,
      familyContact: student.familyContact,
    },
    activeGoal: goal,
    steps: open.map((s) => ({
      stepId: s.stepId,
      action: s.action,
      whenHowOften: s.whenHowOften,
      effortMeasure: s.effortMeasure,
      backupPlan: s.backupPlan,
      recent: (history[s.stepId] ?? []).slice(-5),
      specific: checkActionStep(s.action, s.whenHowOften).specific,
    })),
    recentNotes: latestNotes(notes).map(noteSummary),
    effort: effortSummary(input.attendance ?? notes, goalCheckOffs, input.program, input.locale),
    prompts: glancePrompts(goal, open, history, input.locale),
    history,
  };
}
