// The tutor sidebar's reads and writes on a team workbook: which workbook and student a call may reach (the team
// workbook it runs in, or from the master the student's team workbook), a student at a glance without reading whole
// logs, and saves that append in one batched write per sheet under the team-records lock, whatever the size of the logs,
// keyed so that a retry never writes twice and a half-written save is completed by the next try (core/saves).

import type { Caller } from '../core/access/roles';
import { type DateFormatter, isoDateIn, readCell } from '../core/cells';
import { agendaSummary, type ConferenceValues } from '../core/conference-form';
import type { ActionStep, Conference, Goal, ProgramSettings, SessionNote, StepCheckOff, Student } from '../core/model';
import { goalMetPrompt, type Prompt } from '../core/praise';
import { goalFromRecord, toRecord as modelRecord, sessionNoteFromRecord } from '../core/records';
import { idsOf, type SaveStatus, type SaveTrace, saveKeyFrom, statusOf } from '../core/saves/save-key';
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
import { findKeyRows, findSaveTrace, readMatchedRows, SAVE_SHEETS } from './student-rows';
import { appendRecords, readHeaders, readTable, requireSheet, toRecord, toRow, updateFields } from './table-store';
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

/** A key for a save whose caller sent none (not the sidebar, which always does): such a save is not retry-safe. */
export function serverSaveKey(): string {
  return saveKeyFrom(
    Utilities.getUuid()
      .replace(/-/g, '')
      .match(/../g)
      ?.map((h) => Number.parseInt(h, 16)) ?? [],
  );
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
const NOTE_KEYS = ['studentId', 'noteId', 'date', 'startTime', 'attended', 'onTime'];
/** The columns of a check-off the glance needs. */
const CHECK_OFF_KEYS = ['studentId', 'stepId', 'done', 'date', 'noteId'];

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
export function loadStudentGlance(target: StudentTarget, settings?: ProgramSettings | null): StudentGlance {
  const { ss, student, dates } = target;
  const { studentId } = student;
  const tutorEmail = target.caller.email;
  const goals = readGoals(ss, dates).filter((g) => g.studentId === studentId);
  const steps = readActionSteps(ss, dates).filter((s) => s.studentId === studentId);
  const open = new Set(openStepsOf(activeGoalOf(goals, studentId), steps, studentId).map((s) => s.stepId));
  const { notes, attendance, noteIds } = readStudentNotes(ss, studentId);
  // A check-off whose note row is absent belongs to a save that has not completed (the note is its completion marker).
  const checkOffs = readOpenStepCheckOffs(ss, studentId, open).filter((c) => c.noteId === '' || noteIds.has(c.noteId));
  // Attendance as the dashboard counts it (src/core/dashboard/attendance.ts): today from the formatter, no service call.
  const program = settings ? { today: target.dates(new Date()), settings } : undefined;
  return studentGlance({ student, tutorEmail, goals, steps, checkOffs, notes, attendance, program });
}

/** The student's check-offs of the given steps, in sheet order. No step, no look at the log. */
function readOpenStepCheckOffs(
  ss: Spreadsheet,
  studentId: string,
  stepIds: ReadonlySet<string>,
): Pick<StepCheckOff, 'stepId' | 'done' | 'date' | 'noteId'>[] {
  if (stepIds.size === 0) return [];
  const sheet = requireSheet(ss, CHECK_OFFS_TABLE);
  const found = findKeyRows(sheet, CHECK_OFFS_TABLE, 'stepId', [...stepIds]);
  return readMatchedRows(sheet, CHECK_OFFS_TABLE, found, CHECK_OFF_KEYS)
    .rows.map(({ record }) => record)
    .filter((r) => String(r.studentId) === studentId && stepIds.has(String(r.stepId)))
    .map((r) => ({ stepId: String(r.stepId), done: r.done === true, date: String(r.date), noteId: String(r.noteId) }));
}

/**
 * The student's latest notes, read whole, and the attendance of all their notes in sheet order (with assignments for
 * the latest ones only, which is all the effort summary lists).
 */
function readStudentNotes(ss: Spreadsheet, studentId: string): { notes: SessionNote[]; attendance: GlanceAttendance[]; noteIds: Set<string> } {
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
  return { notes, attendance, noteIds: new Set(mine.map((n) => String(n.record.noteId))) };
}

export interface SessionNoteSaved {
  noteId: string;
  checkOffs: number;
  /** Sheet row the note was written to. */
  row: number;
  /** The question thread the note's questions for the teacher opened (Tier 2 and 3), if any. */
  questionId?: string;
}

/**
 * The rows a half-written save left in one log (children whose parent row never landed: no reader shows them),
 * replaced by this attempt's records — the form may have changed since — so the log ends as if the first attempt had
 * never run: written over in place when they are as many and together (one setValues), otherwise deleted (one call a
 * row, bottom up so the numbers above stay true) and appended again. Only retries after a fault get here.
 */
function replaceOrphans(sheet: Sheet, schema: TableSchema, rows: readonly number[], records: readonly TableRecord[]): void {
  const together = rows.every((r, i) => r === rows[0] + i);
  if (together && rows.length === records.length && records.length > 0) {
    const headers = readHeaders(sheet);
    sheet.getRange(rows[0], 1, records.length, headers.length).setValues(records.map((r) => toRow(schema, headers, r)));
    return;
  }
  for (const row of [...rows].sort((a, b) => b - a)) sheet.deleteRow(row);
  appendRecords(sheet, schema, records);
}

/** Appends `records`, or puts them in place of the rows an earlier attempt of the same save left (`replaceOrphans`). */
function writeChildren(sheet: Sheet, schema: TableSchema, trace: SaveTrace, records: readonly TableRecord[]): void {
  const earlier = trace.rows[schema.name] ?? [];
  if (earlier.length > 0) replaceOrphans(sheet, schema, earlier, records);
  else appendRecords(sheet, schema, records);
}

/**
 * Saves a validated session note and its check-offs in the student's team workbook, once, whatever the retries.
 * Action Steps is read before the lock (to refuse a step that is not the student's). Under the team-records lock
 * (shared with every other writer of this workbook, the master's coordinators included: see lock.ts):
 * 1. one TextFinder for the save key (`findSaveTrace`): when the note row is there the save landed before (only its
 *    answer was lost), and what it saved is returned with nothing written;
 * 2. the check-offs, in one setValues (or in place of those a half-written attempt left);
 * 3. the note row, in one setValues: the completion marker.
 * Why that is all-or-nothing as people see it: a check-off names its note (`noteId`), and readers ignore check-offs
 * whose note row is absent (`loadStudentGlance`), so until step 3 lands nothing of the save shows; each step is one
 * write, so a fault leaves either no rows, or the whole set of check-offs, or everything. The ids come from the key,
 * so the retry finds what the attempt left and completes it; everything it decides is read inside the lock. The
 * Sheets calls do not grow with the log (the search runs in Sheets).
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
  const key = values.saveKey || serverSaveKey();
  const { noteId } = idsOf(key);
  const { note, checkOffs } = sessionNoteRows({ ...values, studentId: student.studentId }, noteId, target.caller.email);
  return withTeamRecordsLock(() => {
    const trace = findSaveTrace(ss, key);
    const landed = trace.rows[SESSION_NOTES_TABLE.name]?.[0];
    if (landed) return { noteId, checkOffs: trace.rows[CHECK_OFFS_TABLE.name]?.length ?? 0, row: landed };
    writeChildren(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, trace, checkOffs.map(modelRecord));
    const row = appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [modelRecord(note)]);
    return { noteId, checkOffs: checkOffs.length, row };
  });
}

/**
 * Whether the save with this key landed in `ss` (its completion marker is there: see saveSessionNote, saveConference,
 * askQuestion). Asked by the sidebar when a save failed with no answer, before it says "Not saved". Taken under the
 * team-records lock, so an attempt still running finishes first and the answer is final.
 */
export function readSaveStatus(ss: Spreadsheet, key: string): SaveStatus {
  return withTeamRecordsLock(() => statusOf(findSaveTrace(ss, key), SAVE_SHEETS));
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

/**
 * The previous goal as the Goals Master List holds it now, checked against what the form was opened with, inside the
 * lock. The form names the student's active goal when it opened (or none); the save goes ahead only if that is still
 * so — or if the goal was closed with this form's outcome by an earlier attempt of this same save (its steps or record
 * are there: `ours`). Anything else means another conference for the student landed since: saving would leave two
 * Active goals or overwrite that conference's outcome, so the tutor is asked to reload (the form keeps its answers).
 */
function checkPreviousGoal(goalsSheet: Sheet, student: Student, values: ConferenceValues, ours: boolean, dates: DateFormatter) {
  const snapshot = readTable(goalsSheet, GOALS_TABLE, dates);
  const goals = snapshot.rows.filter((r) => r.record.studentId === student.studentId).map((r) => ({ row: r.row, goal: goalFromRecord(r.record) }));
  const wanted = values.previousGoalId;
  const found = wanted ? goals.find((g) => g.goal.goalId === wanted) : undefined;
  if (wanted && !found)
    throw new UnknownRecordError('previousGoalOutcome', `The previous goal is no longer on the Goals Master List. Reload ${student.name}.`);
  const othersActive = goals.filter((g) => g.goal.status === 'Active' && g.goal.goalId !== wanted);
  const closedByUs = found && found.goal.status !== 'Active' && ours && found.goal.status === values.previousGoalOutcome;
  if (othersActive.length > 0 || (found && found.goal.status !== 'Active' && !closedByUs)) {
    const now = othersActive[othersActive.length - 1]?.goal;
    throw new UnknownRecordError(
      'previousGoalOutcome',
      `Another conference for ${student.name} was saved since this form was opened${now ? ` (the active goal is now "${now.goal}")` : ''}. Reload ${student.name} to see it; what you typed stays in the form.`,
    );
  }
  return found ? { row: found.row, goal: found.goal, index: snapshot.index } : null;
}

/**
 * Saves a validated conference in the student's team workbook, once, whatever the retries: the new goal to the Goals
 * Master List, its steps to Action Steps, the record to Conferences, and the previous goal's outcome. Under the
 * team-records lock, in this order:
 * 1. one TextFinder for the save key (`findSaveTrace`); the Goals Master List read whole (it holds a row per goal,
 *    not a log) to decide, fresh, whether the form's previous goal is still the active one (`checkPreviousGoal`);
 *    when the new goal's row is there the save landed before, and its result is returned with nothing written;
 * 2. the action steps, one setValues; 3. the conference record, one setValues (both name the new goal, and are put in
 *    place of what a half-written attempt left);
 * 4. the previous goal's outcome (one cell);
 * 5. the new goal's row, one setValues: the completion marker.
 * Why that is all-or-nothing as people see it: steps and records whose goal row is absent are shown by no reader (the
 * glance follows the active goal's steps only), so until step 5 nothing new shows; the previous goal is closed just
 * before the new one opens, so a student never has two Active goals, even mid-save; a retry finds the rows by key and
 * completes them. The ids come from the key, so every attempt writes the same rows.
 */
export function saveConference(target: StudentTarget, values: ConferenceValues): ConferenceSaved {
  const { ss, student, dates } = target;
  const tutorEmail = target.caller.email;
  const goalsSheet = requireSheet(ss, GOALS_TABLE);

  const key = values.saveKey || serverSaveKey();
  const ids = idsOf(key);
  const { goalId, conferenceId } = ids;
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
  const steps: ActionStep[] = values.steps.map((s, i) => ({ ...s, stepId: ids.stepId(i), goalId, studentId: student.studentId, status: 'Open' }));
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
    const trace = findSaveTrace(ss, key);
    if (trace.rows[GOALS_TABLE.name]?.length) {
      // Landed before: the previous goal as that save closed it (for the praise prompt), nothing written.
      const snapshot = readTable(goalsSheet, GOALS_TABLE, dates);
      const row = snapshot.rows.find((r) => r.record.goalId === values.previousGoalId && r.record.studentId === student.studentId);
      return row ? { row: row.row, goal: goalFromRecord(row.record), index: snapshot.index } : null;
    }
    const ours = (trace.rows[ACTION_STEPS_TABLE.name]?.length ?? 0) + (trace.rows[CONFERENCES_TABLE.name]?.length ?? 0) > 0;
    const before = checkPreviousGoal(goalsSheet, student, values, ours, dates);
    writeChildren(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, trace, steps.map(modelRecord));
    writeChildren(requireSheet(ss, CONFERENCES_TABLE), CONFERENCES_TABLE, trace, [modelRecord(conference)]);
    if (before && outcome && before.goal.status !== outcome)
      updateFields(goalsSheet, GOALS_TABLE, before.index, [{ row: before.row, fields: { status: outcome } }]);
    appendRecords(goalsSheet, GOALS_TABLE, [modelRecord(goal)]);
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
