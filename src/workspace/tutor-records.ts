// The tutor sidebar's SpreadsheetApp side on a team workbook: which workbook and student a call may reach (the team
// workbook it runs in, or from the master the student's team workbook), the roster, a student at a glance without
// reading whole logs (where the row index cannot answer), and whether a keyed save landed. Saves themselves go through
// the one Sheets API batch (student-batch.ts, conference-batch.ts).

import type { Caller } from '../core/access/roles';
import { type DateFormatter, isoDateIn, readCell } from '../core/cells';
import { saveErrorText } from '../core/i18n/messages/errors';
import type { ProgramSettings, SessionNote, StepCheckOff, Student } from '../core/model';
import { sessionNoteFromRecord } from '../core/records';
import type { ConferenceSaved, ShareMessage } from '../core/saves/conference-save';
import { type SaveStatus, saveKeyFrom, statusOf } from '../core/saves/save-key';
import { UnknownRecordError } from '../core/saves/unknown-record';
import { type Cell, columnOf, indexColumns, type TableRecord, type TableSchema } from '../core/table';
import { CHECK_OFFS_TABLE, SESSION_NOTES_TABLE } from '../core/tables';
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
import { userLocale } from './locale';
import { withTeamRecordsLock } from './lock';
import { readActionSteps, readGoals, readRoster } from './program';
import { findKeyRows, findSaveTrace, readMatchedRows, SAVE_SHEETS } from './student-rows';
import { readHeaders, requireSheet, toRecord } from './table-store';
import { teamWorkbookRef } from './team/team-directory';
import { todayInZone } from './today';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type GlanceAttendance = Pick<SessionNote, 'attended' | 'onTime' | 'assignments' | 'date'>;

export type { ConferenceSaved, ShareMessage };
export { UnknownRecordError };

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
  if (!student) throw new UnknownRecordError('studentId', saveErrorText.t(userLocale(), 'studentGone'));
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
 * From the master (coordinators only): the team workbook that holds the student's records, opened by id from the
 * master's list (the student's team from the master's Roster).
 */
export function teamWorkbookOf(auth: Authorized, studentId: string): Spreadsheet {
  const refused = sidebarRefusal(auth.caller, placeOf(auth));
  if (refused) throw new AccessDeniedError(refused);
  const inMaster = studentOn(readRoster(auth.ss), studentId);
  const ref = teamWorkbookRef(auth.ss, inMaster.team);
  if (!ref) throw new NoTeamWorkbookError(inMaster.team);
  return SpreadsheetApp.openById(ref.spreadsheetId);
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
  const ss = place.kind === 'master' ? teamWorkbookOf(auth, studentId) : auth.ss;
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
  return studentGlance({ student, tutorEmail, goals, steps, checkOffs, notes, attendance, program, locale: userLocale() });
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

/**
 * Whether the save with this key landed in `ss` (its rows are there: each batched save writes them in one atomic
 * batchUpdate, student-batch.ts, conference-batch.ts, questions.ts). Asked by the sidebar when a save failed with no answer, before it says "Not saved". Taken under the
 * team-records lock, so an attempt still running finishes first and the answer is final.
 */
export function readSaveStatus(ss: Spreadsheet, key: string): SaveStatus {
  return withTeamRecordsLock(() => statusOf(findSaveTrace(ss, key), SAVE_SHEETS));
}
