// The tutor sidebar's reads and writes on a team workbook: which workbook and student a call may reach (the team
// workbook it runs in, or from the master the student's team workbook), a student at a glance without reading whole
// logs, and saves that append in one batched write per sheet under the team-records lock, whatever the size of the logs.

import type { Caller } from '../core/access/roles';
import { type DateFormatter, isoDateIn, readCell } from '../core/cells';
import { agendaSummary, type ConferenceValues } from '../core/conference-form';
import type { ActionStep, Conference, Goal, SessionNote, StepCheckOff, Student } from '../core/model';
import { goalMetPrompt, type Prompt } from '../core/praise';
import { goalFromRecord, toRecord as modelRecord, sessionNoteFromRecord } from '../core/records';
import { type SessionNoteValues, sessionNoteRows } from '../core/session-note-form';
import { type Cell, columnOf, indexColumns, type TableRecord, type TableSchema } from '../core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../core/tables';
import {
  activeGoalOf,
  openStepsOf,
  rosterView,
  type SidebarPlace,
  type StudentGlance,
  sidebarRefusal,
  studentGlance,
  studentRefusal,
  type TutorRosterView,
} from '../core/tutor-view';
import { AccessDeniedError, type Authorized } from './access/caller';
import { withTeamRecordsLock } from './lock';
import { readActionSteps, readGoals, readRoster } from './program';
import { findKeyRows, readMatchedRows } from './student-rows';
import { appendRecords, readHeaders, readTable, requireSheet, toRecord, updateFields } from './table-store';
import { teamWorkbookRef } from './team/team-directory';
import { todayInZone } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type GlanceAttendance = Pick<SessionNote, 'attended' | 'onTime' | 'assignments' | 'date'>;

/** Thrown for input the form could not have caught (a student or step that is not in the workbook); keyed by field. */
export class UnknownRecordError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnknownRecordError';
  }
}

/** A coordinator in the master picked a student whose team has no team workbook yet. */
export class NoTeamWorkbookError extends Error {
  constructor(team: string) {
    super(`${team || "This student's team"} has no team workbook yet. Provision Drive folders and team workbooks first.`);
    this.name = 'NoTeamWorkbookError';
  }
}

/** The signed-in user, lower-cased ('' when Google does not reveal it, e.g. outside the user's domain). */
export function activeUserEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
}

/** Short random ids ("N-3f9c2a1b"): unique enough per workbook, and readable in a sheet. */
export function newId(prefix: string): string {
  return `${prefix}-${Utilities.getUuid().replace(/-/g, '').slice(0, 10)}`;
}

/** Where an authorized call runs, as the pure access rules see it. */
export function placeOf(auth: Authorized): SidebarPlace {
  return { kind: auth.kind ?? 'team', team: auth.kind === 'team' ? (auth.settings?.team ?? '') : '' };
}

/**
 * The roster for the student picker: in a team workbook its slice (the caller's own students first); in the master,
 * for a coordinator, every student of the Roster with their team. The time zone is asked once.
 */
export function loadRosterView(auth: Authorized): TutorRosterView {
  const place = placeOf(auth);
  const refused = sidebarRefusal(auth.caller, place);
  if (refused) throw new AccessDeniedError(refused);
  const timeZone = auth.ss.getSpreadsheetTimeZone();
  const students = readRoster(auth.ss, isoDateIn(timeZone));
  return rosterView({ caller: auth.caller, place, students, today: todayInZone(timeZone), tier: auth.settings?.tier ?? 1 });
}

function studentOn(roster: readonly Student[], studentId: string): Student {
  const student = roster.find((s) => s.studentId === studentId);
  if (!student) throw new UnknownRecordError('studentId', 'This student is not on the Roster (was the row removed?). Pick the student again.');
  return student;
}

/** The team workbook that holds a student's records, the student as its slice has them, and its date reader. */
export interface StudentTarget {
  ss: Spreadsheet;
  student: Student;
  dates: DateFormatter;
  caller: Caller;
}

/**
 * Resolves where a sidebar call about `studentId` reads and writes, refusing what the caller may not reach. In a team
 * workbook: the student must be on its slice (a student of another team is "not on the Roster", whatever id is sent —
 * nothing of theirs is in this file anyway) and of its team. In the master (coordinators only): the student's team
 * workbook, opened by id from the master's list, and the student looked up again on that workbook's slice, so a
 * record is never written for a student the team workbook does not hold.
 */
export function studentTarget(auth: Authorized, studentId: string): StudentTarget {
  const place = placeOf(auth);
  const refused = sidebarRefusal(auth.caller, place);
  if (refused) throw new AccessDeniedError(refused);
  let ss = auth.ss;
  if (place.kind === 'master') {
    const inMaster = studentOn(readRoster(ss), studentId);
    const ref = teamWorkbookRef(ss, inMaster.team);
    if (!ref) throw new NoTeamWorkbookError(inMaster.team);
    ss = SpreadsheetApp.openById(ref.spreadsheetId);
  }
  const dates = isoDateIn(ss.getSpreadsheetTimeZone());
  const student = studentOn(readRoster(ss, dates), studentId);
  const denied = studentRefusal(auth.caller, place, student);
  if (denied) throw new AccessDeniedError(denied);
  return { ss, student, dates, caller: auth.caller };
}

/**
 * Reads a few columns of a log, one getValues each: Sheets calls stay fixed (3 + 2 per column) however long the log,
 * and only those columns' cells are read.
 */
export function readColumns(
  sheet: Sheet,
  schema: TableSchema,
  keys: readonly string[],
): { rows: number; headers: string[]; columns: Record<string, Cell[]> } {
  const headers = readHeaders(sheet);
  const index = indexColumns(schema, headers);
  const rows = Math.max(0, sheet.getLastRow() - 1);
  const columns: Record<string, Cell[]> = {};
  for (const key of keys) {
    const column = columnOf(schema, key);
    const at = index[key];
    columns[key] =
      rows === 0 || at < 0
        ? Array.from({ length: rows }, () => readCell(column, ''))
        : sheet
            .getRange(2, at + 1, rows, 1)
            .getValues()
            .map((v) => readCell(column, v[0]));
  }
  return { rows, headers, columns };
}

/** Reads whole rows by sheet row number (2-based data rows), one getValues each. */
function readRowsAt(sheet: Sheet, schema: TableSchema, headers: readonly string[], rowNumbers: readonly number[]): TableRecord[] {
  const index = indexColumns(schema, headers);
  return rowNumbers.map((row) => toRecord(schema, index, sheet.getRange(row, 1, 1, headers.length).getValues()[0]));
}

/** How many of a student's latest notes the glance reads whole. */
const NOTES_AT_A_GLANCE = 3;

/** The columns of every one of the student's notes that the glance needs: order them, and count attendance. */
const NOTE_KEYS = ['studentId', 'date', 'startTime', 'attended', 'onTime'];
/** The columns of a check-off the glance needs. */
const CHECK_OFF_KEYS = ['studentId', 'stepId', 'done', 'date'];

/**
 * One student at a glance. Roster, Goals and Action Steps are read whole (one row per student, goal, step). The logs
 * are never read whole (DESIGN: look rows up with TextFinder): a TextFinder on Step Check-offs' Step ID column finds
 * the check-offs of the active goal's open steps, one on Session Notes' Student ID column finds the student's notes —
 * every one of them, as the effort summary counts all their sessions — and only those rows are read
 * (`student-rows.ts`). The search runs in Sheets and reads no cell; it costs a fixed 10 calls per log.
 *
 * Getting the matched rows is where calls and cells trade: a row number costs a getRow call per match, so reading
 * matches one by one grows calls with the student's history; reading the block from the first match to the last costs
 * two calls but holds the other students' rows in between. `readPlan` takes the cheaper (a call counted as 50 cells),
 * one by one only up to 8 matches, so a glance makes at most 67 Sheets calls whatever the logs hold. On the fakes
 * (bench/tutor-save.bench.ts), the student's rows after 10, 1,000 and 10,000 notes of others: 33 calls and 186 cells
 * each time (before: 46 calls; 289, 9,199 and 90,199 cells). Six notes spread through 10,000: 59 calls, 305 cells.
 * Only a student with many rows spread far apart still costs a long block: 40 notes one every 250 rows of 10,000 are
 * read five columns at a time, 87,962 cells in 59 calls — no more than the key columns read before; an index of rows
 * by student would be the next step if such logs appear. Check-offs of the active goal all follow its conference, so
 * their block covers the weeks since, not the log.
 */
export function loadStudentGlance(target: StudentTarget): StudentGlance {
  const { ss, student, dates } = target;
  const { studentId } = student;
  const tutorEmail = target.caller.email;
  const goals = readGoals(ss, dates).filter((g) => g.studentId === studentId);
  const steps = readActionSteps(ss, dates).filter((s) => s.studentId === studentId);
  const open = new Set(openStepsOf(activeGoalOf(goals, studentId), steps, studentId).map((s) => s.stepId));
  const checkOffs = readOpenStepCheckOffs(ss, studentId, open);
  const { notes, attendance } = readStudentNotes(ss, studentId);
  return studentGlance({ student, tutorEmail, goals, steps, checkOffs, notes, attendance });
}

/** The student's check-offs of the given steps, in sheet order. No step, no look at the log. */
function readOpenStepCheckOffs(ss: Spreadsheet, studentId: string, stepIds: ReadonlySet<string>): Pick<StepCheckOff, 'stepId' | 'done' | 'date'>[] {
  if (stepIds.size === 0) return [];
  const sheet = requireSheet(ss, CHECK_OFFS_TABLE);
  const found = findKeyRows(sheet, CHECK_OFFS_TABLE, 'stepId', [...stepIds]);
  return readMatchedRows(sheet, CHECK_OFFS_TABLE, found, CHECK_OFF_KEYS)
    .rows.map(({ record }) => record)
    .filter((r) => String(r.studentId) === studentId && stepIds.has(String(r.stepId)))
    .map((r) => ({ stepId: String(r.stepId), done: r.done === true, date: String(r.date) }));
}

/**
 * The student's latest notes, read whole, and the attendance of all their notes in sheet order (with assignments for
 * the latest ones only, which is all the effort summary lists).
 */
function readStudentNotes(ss: Spreadsheet, studentId: string): { notes: SessionNote[]; attendance: GlanceAttendance[] } {
  const sheet = requireSheet(ss, SESSION_NOTES_TABLE);
  const found = findKeyRows(sheet, SESSION_NOTES_TABLE, 'studentId', [studentId]);
  const { rows, whole } = readMatchedRows(sheet, SESSION_NOTES_TABLE, found, NOTE_KEYS, NOTES_AT_A_GLANCE);
  const mine = rows
    .filter(({ record }) => String(record.studentId) === studentId)
    .map(({ row, record }, at) => ({
      at,
      row,
      record,
      date: String(record.date),
      startTime: String(record.startTime),
      attended: record.attended === true,
      onTime: record.onTime === true,
    }));
  // Newest first; the later row breaks ties (`at` is sheet order).
  const latest = [...mine]
    .sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime) || b.at - a.at)
    .slice(0, NOTES_AT_A_GLANCE);
  const records = whole
    ? latest.map((n) => n.record)
    : readRowsAt(
        sheet,
        SESSION_NOTES_TABLE,
        found.headers,
        latest.map((n) => n.row ?? 0),
      );
  const read = latest.map((n, i) => ({ at: n.at, note: sessionNoteFromRecord(records[i]) }));
  const assignmentsAt = new Map(read.map((n) => [n.at, n.note.assignments]));
  const attendance = mine.map((n) => ({ attended: n.attended, onTime: n.onTime, date: n.date, assignments: assignmentsAt.get(n.at) ?? '' }));
  // In sheet order, as `latestNotes` expects when it breaks a tie of date and start time by the later row.
  const notes = read.sort((a, b) => a.at - b.at).map((n) => n.note);
  return { notes, attendance };
}

export interface SessionNoteSaved {
  noteId: string;
  checkOffs: number;
  /** Sheet row the note was written to. */
  row: number;
}

/**
 * Saves a validated session note and its check-offs in the student's team workbook. Reads Action Steps (to refuse a
 * step that is not the student's) before the lock; under the team-records lock (shared with every other writer of
 * this workbook, the master's coordinators included: see lock.ts) appends one Session Notes row and every check-off in
 * one setValues each, the next free row read inside the lock. The ids are random, so nothing decided before the lock
 * can collide with another writer's. The Sheets calls do not grow with the log.
 */
export function saveSessionNote(target: StudentTarget, values: SessionNoteValues): SessionNoteSaved {
  const { ss, student, dates } = target;
  if (values.checkOffs.length > 0) {
    const steps = new Map(readActionSteps(ss, dates).map((s) => [s.stepId, s]));
    values.checkOffs.forEach((c, i) => {
      if (steps.get(c.stepId)?.studentId !== student.studentId)
        throw new UnknownRecordError(
          `checkOffs.${i}.stepId`,
          `This action step is not one of ${student.name}'s (it may have been removed). Reload the student.`,
        );
    });
  }
  const noteId = newId('N');
  const { note, checkOffs } = sessionNoteRows({ ...values, studentId: student.studentId }, noteId, target.caller.email);
  return withTeamRecordsLock(() => {
    const row = appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [modelRecord(note)]);
    appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, checkOffs.map(modelRecord));
    return { noteId, checkOffs: checkOffs.length, row };
  });
}

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

/** The previous goal as the Goals Master List holds it now, with its row; refused when it is gone. */
function findPreviousGoal(goalsSheet: Sheet, student: Student, goalId: string, dates: DateFormatter) {
  const snapshot = readTable(goalsSheet, GOALS_TABLE, dates);
  const found = snapshot.rows.find((r) => r.record.goalId === goalId && r.record.studentId === student.studentId);
  if (!found) throw new UnknownRecordError('previousGoalOutcome', `The previous goal is no longer on the Goals Master List. Reload ${student.name}.`);
  return { row: found.row, goal: goalFromRecord(found.record), index: snapshot.index };
}

/**
 * Saves a validated conference in the student's team workbook: the new goal to the Goals Master List, its steps to
 * Action Steps, the record to Conferences, and the previous goal's outcome — four batched writes under the
 * team-records lock. The previous goal's row is found inside the lock: a row number read before it could be stale
 * by the time it is written (the log only grows, but the decision "this goal is still there" must be fresh).
 */
export function saveConference(target: StudentTarget, values: ConferenceValues): ConferenceSaved {
  const { ss, student, dates } = target;
  const tutorEmail = target.caller.email;
  const goalsSheet = requireSheet(ss, GOALS_TABLE);

  const goalId = newId('G');
  const conferenceId = newId('C');
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
  const steps: ActionStep[] = values.steps.map((s) => ({ ...s, stepId: newId('S'), goalId, studentId: student.studentId, status: 'Open' }));
  const familyEmail = EMAIL_RE.exec(student.familyContact)?.[0] ?? '';
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
  const outcome = values.previousGoalOutcome;

  const previous = withTeamRecordsLock(() => {
    const before = values.previousGoalId ? findPreviousGoal(goalsSheet, student, values.previousGoalId, dates) : null;
    appendRecords(goalsSheet, GOALS_TABLE, [modelRecord(goal)]);
    appendRecords(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, steps.map(modelRecord));
    appendRecords(requireSheet(ss, CONFERENCES_TABLE), CONFERENCES_TABLE, [modelRecord(conference)]);
    if (before && outcome) updateFields(goalsSheet, GOALS_TABLE, before.index, [{ row: before.row, fields: { status: outcome } }]);
    return before;
  });

  const prompts: Prompt[] = [];
  if (previous && outcome === 'Met') {
    const previousSteps = new Set(
      readActionSteps(ss, dates)
        .filter((s) => s.goalId === previous.goal.goalId)
        .map((s) => s.stepId),
    );
    const log = readColumns(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, ['stepId', 'done']);
    let done = 0;
    let total = 0;
    for (let i = 0; i < log.rows; i++) {
      if (!previousSteps.has(String(log.columns.stepId[i]))) continue;
      total++;
      if (log.columns.done[i] === true) done++;
    }
    prompts.push(goalMetPrompt({ studentName: student.name, goal: previous.goal, score: values.score, stepsDone: done, stepsTotal: total }));
  }

  const subject = `${student.name}: new goal and action plan`;
  const body = shareBody(student, goal, steps, tutorEmail);
  return {
    conferenceId,
    goalId,
    stepIds: steps.map((s) => s.stepId),
    previousGoal: previous && outcome ? { goalId: previous.goal.goalId, status: outcome } : null,
    prompts,
    teacherMessage: values.shareWithTeacher ? { to: student.teacherEmail, contact: student.teacherEmail, subject, body } : null,
    familyMessage: values.shareWithFamily ? { to: familyEmail, contact: student.familyContact, subject, body } : null,
  };
}
