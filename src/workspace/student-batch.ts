// A tutor's glance and session-note save in a team workbook through the Sheets API: one values.batchGet for the guard
// (Settings, Roster slice), the row index and the tables the action needs; one more for the rows the index names (and
// any rows others appended that it has not seen); a save is then ONE atomic Spreadsheets.batchUpdate (the note, its
// check-offs, a question for the teacher, the index) under the team-records lock. Cells read depend on the student's
// history, never on the log's length. Returns null where this path does not apply (the master, a workbook without the
// tables): a glance then takes the SpreadsheetApp path, a save from the master this batch on the team workbook.

import type { ActionName } from '../core/access/actions';
import { isoDateIn } from '../core/cells';
import { openingQuestion } from '../core/drive-questions';
import { QUESTIONS_TABLE } from '../core/drive-tables';
import type { Locale } from '../core/i18n/locale';
import { saveErrorText } from '../core/i18n/messages/errors';
import type { SessionNote, StepCheckOff, Student } from '../core/model';
import { actionStepFromRecord, goalFromRecord, toRecord as modelRecord, sessionNoteFromRecord } from '../core/records';
import {
  addRows,
  columnLetter,
  emptyRowIndex,
  INDEX_ROWS,
  INDEXED_LOGS,
  type IndexedLog,
  indexWrites,
  parseRowIndex,
  quoteSheet,
  ROW_INDEX_SHEET,
  type RowIndex,
  rowRanges,
  unseenRange,
} from '../core/saves/row-index';
import { idsOf } from '../core/saves/save-key';
import { UnknownRecordError } from '../core/saves/unknown-record';
import { type SessionNoteValues, sessionNoteRows } from '../core/session-note-form';
import { indexColumns, type TableRecord, type TableSchema } from '../core/table';
import {
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  CONFERENCES_TABLE,
  GOALS_TABLE,
  ROSTER_TABLE,
  SESSION_NOTES_TABLE,
  SETTINGS_TABLE,
} from '../core/tables';
import { activeGoalOf, openStepsOf, type StudentGlance, sidebarRefusal, studentGlance, studentRefusal } from '../core/tutor-view';
import { AccessDeniedError, type Authorized, authorizeWithValues, callerEmail } from './access/caller';
import { userLocale } from './locale';
import { BusyError, withTeamRecordsLock } from './lock';
import { activeWorkbook } from './program';
import { readStructure, sheetsApi } from './sheets-api';
import { API_ROW_FIELDS, apiRow, recordFromApi } from './table-store';

type Rows = unknown[][];
type Request = GoogleAppsScript.Sheets.Schema.Request;

export const LOGS: Record<IndexedLog, TableSchema> = { 'Session Notes': SESSION_NOTES_TABLE, 'Step Check-offs': CHECK_OFFS_TABLE };

/** One values.batchGet, values as stored (dates as serial days): one counted call whatever the ranges. */
export function batchGet(spreadsheetId: string, ranges: readonly string[]): Rows[] {
  if (ranges.length === 0) return [];
  const reply = sheetsApi().Spreadsheets.Values.batchGet(spreadsheetId, {
    ranges: [...ranges],
    valueRenderOption: 'UNFORMATTED_VALUE',
    dateTimeRenderOption: 'SERIAL_NUMBER',
  });
  return (reply.valueRanges ?? []).map((r) => (r.values ?? []) as Rows);
}

const whole = (name: string) => `${quoteSheet(name)}!A1:ZZZ`;
const header = (name: string) => `${quoteSheet(name)}!A1:ZZZ1`;

/** What the first read holds, by name. */
export interface FirstRead {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  id: string;
  auth: Authorized & { roster: Student[] };
  index: RowIndex;
  /** The index must be made (first use) or made again (unreadable): written whole by the next save. */
  rebuild: boolean;
  /** Header rows of the logs and of the sheets asked for by name (`headersOf`). */
  headers: Record<string, string[]>;
  tables: Record<string, Rows>;
}

const FIRST_FIXED = (tables: readonly string[], headerSheets: readonly string[]) => [
  `${quoteSheet(SETTINGS_TABLE.name)}!A2:B${SETTINGS_TABLE.columns.length + 1}`,
  whole(ROSTER_TABLE.name),
  ...headerSheets.map(header),
  ...tables.map(whole),
];

/**
 * The first read: Settings and the Roster slice (the guard), the logs' header rows, `tables` whole (Goals and Action
 * Steps hold a row per goal and step, not per session), and the row index. When the index sheet does not exist yet the
 * API refuses the whole batch ("Unable to parse range"); it is read again without it, the sheet ids are asked once
 * (Spreadsheets.get) and the index starts empty (every log row is then "unseen" and indexed by this action).
 * `ss`: the workbook to read (a coordinator's save from the master names the student's team workbook); `headersOf`:
 * sheets whose header row the action needs besides the logs' (a sheet it appends to).
 */
export function readFirst(
  action: ActionName,
  tables: readonly string[],
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = activeWorkbook(),
  headersOf: readonly string[] = [],
): FirstRead | null {
  const email = callerEmail();
  const id = ss.getId();
  const headerSheets = [...INDEXED_LOGS, ...headersOf];
  const fixed = FIRST_FIXED(tables, headerSheets);
  let values: Rows[];
  let index: RowIndex | null = null;
  let rebuild = false;
  try {
    values = batchGet(id, [...fixed, `${quoteSheet(ROW_INDEX_SHEET)}!A1:Z`]);
    index = parseRowIndex(values[values.length - 1]);
    rebuild = index === null;
  } catch (error) {
    if (!String(error instanceof Error ? error.message : error).includes(`Unable to parse range: ${quoteSheet(ROW_INDEX_SHEET)}`)) {
      if (String(error).includes('Unable to parse range')) return null;
      throw error;
    }
    values = batchGet(id, fixed);
    rebuild = true;
  }
  const auth = authorizeWithValues(action, ss, email, { settings: values[0], roster: values[1] });
  if (auth.kind !== 'team') return null;
  if (!index) index = freshIndex(id);
  const headers: Record<string, string[]> = {};
  headerSheets.forEach((name, i) => {
    headers[name] = (values[2 + i][0] ?? []).map((h) => String(h));
  });
  const tableRows: Record<string, Rows> = {};
  tables.forEach((name, i) => {
    tableRows[name] = values[2 + headerSheets.length + i];
  });
  return { ss, id, auth, index, rebuild, headers, tables: tableRows };
}

/** Sheets whose ids the index records besides the logs': those a save appends to or updates in its batchUpdate. */
const WRITTEN_SHEETS = [QUESTIONS_TABLE.name, GOALS_TABLE.name, ACTION_STEPS_TABLE.name, CONFERENCES_TABLE.name];

/** Every sheet's id by title (one Spreadsheets.get). */
function sheetIdsOf(spreadsheetId: string): { ids: Record<string, number>; timeZone: string } {
  const ids: Record<string, number> = {};
  const structure = readStructure(spreadsheetId);
  for (const sheet of structure.sheets ?? []) ids[String(sheet.properties?.title)] = Number(sheet.properties?.sheetId);
  return { ids, timeZone: structure.properties?.timeZone ?? 'Etc/GMT' };
}

/**
 * The ids of sheets a batchUpdate writes, from the index; an index made before it recorded them asks once
 * (Spreadsheets.get) and records them (written back with the save's batch). Throws when a sheet is missing.
 */
export function sheetIds(first: FirstRead, names: readonly string[]): Record<string, number> {
  const { index } = first;
  if (names.some((n) => !index.sheets[n])) {
    const { ids } = sheetIdsOf(first.id);
    for (const name of names) {
      if (ids[name] === undefined || index.sheets[name]) continue;
      index.sheets[name] = { id: ids[name], through: 1 };
      index.metaDirty = true;
    }
  }
  const out: Record<string, number> = {};
  for (const name of names) {
    const sheet = index.sheets[name];
    if (!sheet) throw new Error(`The "${name}" sheet is missing. Run Extensions › Tutoring Toolkit › Set up program workbook first.`);
    out[name] = sheet.id;
  }
  return out;
}

/** An empty index over the workbook's sheets (one Spreadsheets.get for their ids); the index sheet gets a new id. */
export function freshIndex(spreadsheetId: string): RowIndex {
  const { ids, timeZone } = sheetIdsOf(spreadsheetId);
  const logs: Record<string, number> = {};
  for (const name of [...INDEXED_LOGS, ...WRITTEN_SHEETS]) if (ids[name] !== undefined) logs[name] = ids[name];
  const index = emptyRowIndex(ids[ROW_INDEX_SHEET] ?? newSheetId(Object.values(ids)), logs, timeZone);
  index.replace = ids[ROW_INDEX_SHEET];
  return index;
}

/** A sheet id not taken (the API wants a non-negative 32-bit integer, unique in the file). */
function newSheetId(taken: readonly number[]): number {
  let id = 0;
  do id = 1 + Math.floor(Math.random() * 2_000_000_000);
  while (taken.includes(id));
  return id;
}

/** The student the sidebar asks about, as the slice has them, or the refusal the sidebar shows. */
export function studentIn(first: FirstRead, studentId: string): Student {
  const { auth } = first;
  const place = { kind: 'team' as const, team: auth.settings?.team ?? '' };
  const refused = sidebarRefusal(auth.caller, place);
  if (refused) throw new AccessDeniedError(refused);
  const student = auth.roster.find((s) => s.studentId === studentId);
  // The locale is asked only here, on the way out: a refusal in the person's words costs no call on a good save.
  if (!student) throw new UnknownRecordError('studentId', saveErrorText.t(userLocale(), 'studentGone'));
  const denied = studentRefusal(auth.caller, place, student);
  if (denied) throw new AccessDeniedError(denied);
  return student;
}

/**
 * Rows of the logs the index has not seen (appended by older code, by a person, by another feature), indexed now; and,
 * in the same call, `extra` ranges. Returns the unseen rows per log (with their first row) and the extra ranges' rows.
 * `atMost`: read no more than that many unseen rows per log (the index is then caught up only that far).
 */
export function catchUp(
  first: FirstRead,
  extra: readonly string[],
  atMost?: number,
): { unseen: Record<string, { first: number; rows: Rows }>; extra: Rows[] } {
  const { index, headers } = first;
  const logs = INDEXED_LOGS.filter((log) => index.sheets[log]);
  const values = batchGet(first.id, [...logs.map((log) => unseenRange(index, log, atMost)), ...extra]);
  const unseen: Record<string, { first: number; rows: Rows }> = {};
  logs.forEach((log, i) => {
    const from = (index.sheets[log]?.through ?? 1) + 1;
    const rows = values[i];
    const at = indexColumns(LOGS[log], headers[log]);
    addRows(index, log, from, rows, at.studentId, at.noteId);
    unseen[log] = { first: from, rows };
  });
  return { unseen, extra: values.slice(logs.length) };
}

/** A student's rows of one log as records: those the index named (read in `extra`) and unseen ones of theirs. */
export function studentRecords(
  first: FirstRead,
  log: IndexedLog,
  studentId: string,
  rows: readonly number[],
  read: Map<number, unknown[]>,
): TableRecord[] | null {
  const schema = LOGS[log];
  const at = indexColumns(schema, first.headers[log]);
  const out: TableRecord[] = [];
  for (const row of rows) {
    const line = read.get(row);
    if (!line) return null;
    const record = recordFromApi(schema, at, line);
    // A row that is not the student's: rows were deleted or moved by hand, so the index is stale.
    if (String(record.studentId) !== studentId) return null;
    out.push(record);
  }
  return out;
}

const NOTES_AT_A_GLANCE = 3;

/**
 * One student at a glance in a team workbook: 2 values.batchGet (plus getActiveSpreadsheet, getId and the caller's
 * identity); cells: Settings, the Roster slice, Goals, Action Steps, the index, the logs' header rows and the student's
 * own rows of Session Notes and Step Check-offs. Null when this path does not apply or the index turns out stale (the
 * caller then takes the TextFinder path, and the next save rebuilds the index).
 */
export function batchedGlance(studentId: string, locale: Locale = 'en', retried = false): StudentGlance | null {
  const first = readFirst('tutorStudentGlance', [GOALS_TABLE.name, ACTION_STEPS_TABLE.name]);
  if (!first) return null;
  const student = studentIn(first, studentId);
  const records = first.rebuild ? null : indexedRecords(first, studentId);
  if (!records) {
    // No index yet, a stale one, or many rows it has not seen: brought up to date once (under the lock, as a save
    // would), then read again. Where the caller may not write the file, the TextFinder path answers.
    if (retried || !refreshIndex()) return null;
    return batchedGlance(studentId, locale, true);
  }
  return glanceOf(first, student, records, locale);
}

/** Above this many rows the index has not seen, a glance brings it up to date rather than read them again next time. */
const UNSEEN_KEPT = 100;

/**
 * The student's rows of both logs from the index (one values.batchGet with the rows the index has not seen), or null
 * when the index is stale (a row it names is not the student's) or far behind.
 */
function indexedRecords(first: FirstRead, studentId: string): Record<string, TableRecord[]> | null {
  const before = first.index.students[studentId] ?? { notes: [], checkOffs: [], keys: {} };
  const plan = INDEXED_LOGS.map((log) => {
    const rows = log === 'Session Notes' ? before.notes : before.checkOffs;
    const last = columnLetter(Math.max(0, first.headers[log].length - 1));
    return { log, rows: [...rows], ranges: rowRanges(log, rows, last) };
  });
  // Past UNSEEN_KEPT rows the answer is null anyway: no more than one row past it is read per log.
  const { unseen, extra } = catchUp(
    first,
    plan.flatMap((p) => p.ranges.map((r) => r.range)),
    UNSEEN_KEPT + 1,
  );
  if (Object.values(unseen).reduce((n, u) => n + u.rows.length, 0) > UNSEEN_KEPT) return null;
  let k = 0;
  const records: Record<string, TableRecord[]> = {};
  for (const p of plan) {
    const read = new Map<number, unknown[]>();
    for (const r of p.ranges) {
      const got = extra[k++] ?? [];
      for (let i = 0; i < r.count; i++) read.set(r.first + i, got[i] ?? []);
    }
    const mine = studentRecords(first, p.log, studentId, p.rows, read);
    if (!mine) return null;
    const at = indexColumns(LOGS[p.log], first.headers[p.log]);
    const fresh = unseen[p.log]?.rows.map((line) => recordFromApi(LOGS[p.log], at, line)).filter((r) => String(r.studentId) === studentId) ?? [];
    records[p.log] = [...mine, ...fresh];
  }
  return records;
}

/**
 * Makes or catches up the index under the team-records lock (the index is read and written inside it, so no save's
 * entry is lost): false when the caller may not write the file or someone is saving (the glance then takes the
 * TextFinder path).
 */
function refreshIndex(): boolean {
  try {
    return withTeamRecordsLock(
      () => {
        const first = readFirst('tutorStudentGlance', []);
        if (!first) return false;
        if (!first.rebuild) {
          first.index = freshIndex(first.id);
          first.rebuild = true;
        }
        if (!INDEXED_LOGS.every((log) => first.index.sheets[log])) return false;
        catchUp(first, []);
        writeIndex(first, []);
        return true;
      },
      undefined,
      false,
    );
  } catch (error) {
    if (error instanceof BusyError) return false;
    const message = String(error instanceof Error ? error.message : error);
    if (message.includes('The caller does not have permission') || message.includes('protected cell')) return false;
    throw error;
  }
}

function glanceOf(first: FirstRead, student: Student, records: Record<string, TableRecord[]>, locale: Locale): StudentGlance {
  const { studentId } = student;
  const dates = (rows: Rows, schema: TableSchema) => {
    const at = indexColumns(schema, rows[0] ?? []);
    return rows
      .slice(1)
      .filter((l) => l.some((v) => v !== '' && v !== null))
      .map((l) => recordFromApi(schema, at, l));
  };
  const goals = dates(first.tables[GOALS_TABLE.name], GOALS_TABLE)
    .map(goalFromRecord)
    .filter((g) => g.studentId === studentId);
  const steps = dates(first.tables[ACTION_STEPS_TABLE.name], ACTION_STEPS_TABLE)
    .map(actionStepFromRecord)
    .filter((s) => s.studentId === studentId);
  const open = new Set(openStepsOf(activeGoalOf(goals, studentId), steps, studentId).map((s) => s.stepId));
  const noteRecords = records['Session Notes'].map(sessionNoteFromRecord);
  const noteIds = new Set(noteRecords.map((n) => n.noteId));
  // A check-off whose note is absent belongs to a save older code left half-written; one per note and step.
  const seen = new Set<string>();
  const checkOffs: Pick<StepCheckOff, 'stepId' | 'done' | 'date' | 'noteId'>[] = [];
  for (const r of records['Step Check-offs']) {
    const c = { stepId: String(r.stepId), done: r.done === true, date: String(r.date), noteId: String(r.noteId) };
    if (!open.has(c.stepId) || (c.noteId !== '' && !noteIds.has(c.noteId))) continue;
    const key = `${c.noteId}|${c.stepId}`;
    if (c.noteId && seen.has(key)) continue;
    seen.add(key);
    checkOffs.push(c);
  }
  const { notes, attendance } = latestNotes(noteRecords);
  // Attendance as the dashboard counts it: today in the workbook's time zone, recorded in the index (no call).
  const settings = first.auth.settings;
  const program = settings ? { today: isoDateIn(first.index.timeZone)(new Date()), settings } : undefined;
  return studentGlance({ student, tutorEmail: first.auth.caller.email, goals, steps, checkOffs, notes, attendance, program, locale });
}

/** The latest notes whole (in sheet order) and the attendance of all, as `loadStudentGlance` gives them. */
function latestNotes(all: readonly SessionNote[]): {
  notes: SessionNote[];
  attendance: Pick<SessionNote, 'attended' | 'onTime' | 'assignments' | 'date'>[];
} {
  const mine = all.map((note, at) => ({ note, at }));
  const latest = [...mine]
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || b.note.startTime.localeCompare(a.note.startTime) || b.at - a.at)
    .slice(0, NOTES_AT_A_GLANCE);
  const shown = new Set(latest.map((n) => n.at));
  const attendance = mine.map((n) => ({
    attended: n.note.attended,
    onTime: n.note.onTime,
    date: n.note.date,
    assignments: shown.has(n.at) ? n.note.assignments : '',
  }));
  return { notes: latest.sort((a, b) => a.at - b.at).map((n) => n.note), attendance };
}

export interface BatchedNoteSaved {
  noteId: string;
  checkOffs: number;
  row: number;
  /** Set when the note's questions for the teacher opened a thread. */
  questionId?: string;
}

const saved = (noteId: string, checkOffs: number, row: number, questionId: string | null): BatchedNoteSaved =>
  questionId ? { noteId, checkOffs, row, questionId } : { noteId, checkOffs, row };

/**
 * Saves a session note once, whatever the retries, in one atomic batchUpdate. Under the team-records lock: the first
 * read (guard, Action Steps to check the check-offs' steps, the index with the student's save keys); a key already in
 * the index is a save that landed (its answer was lost): its result is returned, nothing written. Otherwise a second
 * read indexes rows others appended (usually none), and one batchUpdate appends the check-offs and the note (and, in
 * Tier 2 and 3, the note's questions for the teacher as a question thread about the note) and writes the index rows
 * that changed. The batch applies whole or not at all, so no reader ever sees half a save. `ss`: the student's team
 * workbook when a coordinator saves from the master (the same batch, opened by id).
 */
export function batchedSaveSessionNote(
  values: SessionNoteValues,
  key: string,
  ss?: GoogleAppsScript.Spreadsheet.Spreadsheet,
): BatchedNoteSaved | null {
  return withTeamRecordsLock(
    () => {
      const first = readFirst('tutorSaveSessionNote', values.checkOffs.length > 0 ? [ACTION_STEPS_TABLE.name] : [], ss);
      if (!first) return null;
      const student = studentIn(first, values.studentId);
      if (values.checkOffs.length > 0) {
        const rows = first.tables[ACTION_STEPS_TABLE.name];
        const at = indexColumns(ACTION_STEPS_TABLE, rows[0] ?? []);
        const owner = new Map(
          rows.slice(1).map((l) => {
            const s = actionStepFromRecord(recordFromApi(ACTION_STEPS_TABLE, at, l));
            return [s.stepId, s.studentId];
          }),
        );
        values.checkOffs.forEach((c, i) => {
          if (owner.get(c.stepId) !== student.studentId)
            throw new UnknownRecordError(`checkOffs.${i}.stepId`, saveErrorText.t(userLocale(), 'stepGone', { name: student.name }));
        });
      }
      const { noteId, questionId } = idsOf(key);
      const tier = first.auth.settings?.tier ?? 1;
      const asks = tier >= 2 && values.questionsForTeacher.trim() !== '';
      const landed = first.index.students[student.studentId]?.keys[key];
      if (landed && !first.rebuild) return saved(noteId, values.checkOffs.length, landed, asks ? questionId : null);
      if (!INDEXED_LOGS.every((log) => first.index.sheets[log])) return null;
      catchUp(first, []);
      // A rebuilt index may find this key's note among the rows it just indexed.
      const found = first.index.students[student.studentId]?.keys[key];
      if (found) {
        writeIndex(first, []);
        return saved(noteId, values.checkOffs.length, found, asks ? questionId : null);
      }
      const { note, checkOffs } = sessionNoteRows({ ...values, studentId: student.studentId }, noteId, first.auth.caller.email);
      const requests: Request[] = [];
      const append = (log: IndexedLog, schema: TableSchema, records: TableRecord[]) => {
        if (records.length === 0) return 0;
        const sheet = first.index.sheets[log];
        const firstRow = sheet.through + 1;
        requests.push({
          appendCells: { sheetId: sheet.id, rows: records.map((r) => ({ values: apiRow(schema, first.headers[log], r) })), fields: API_ROW_FIELDS },
        });
        const at = indexColumns(schema, first.headers[log]);
        const lines = records.map((r) => {
          const line: unknown[] = first.headers[log].map(() => '');
          if (at.studentId >= 0) line[at.studentId] = r.studentId;
          if (at.noteId >= 0) line[at.noteId] = r.noteId;
          return line;
        });
        addRows(first.index, log, firstRow, lines, at.studentId, at.noteId);
        return firstRow;
      };
      append('Step Check-offs', CHECK_OFFS_TABLE, checkOffs.map(modelRecord));
      const row = append('Session Notes', SESSION_NOTES_TABLE, [modelRecord(note)]);
      if (asks) requests.push(questionRequest(first, student, note, questionId));
      writeIndex(first, requests);
      return saved(noteId, checkOffs.length, row, asks ? questionId : null);
    },
    undefined,
    false,
  );
}

/** The note's questions for the teacher as a Tier 2 question (its thread's first message), about the note. */
function questionRequest(first: FirstRead, student: Student, note: SessionNote, questionId: string): Request {
  const sheetId = first.index.sheets[QUESTIONS_TABLE.name]?.id;
  if (sheetId === undefined)
    throw new Error(`The "${QUESTIONS_TABLE.name}" sheet is missing. Run Extensions › Tutoring Toolkit › Set up program workbook first.`);
  const message = openingQuestion({
    questionId,
    student,
    about: note.noteId,
    author: first.auth.caller.email,
    authorRole: 'Tutor',
    text: note.questionsForTeacher.trim(),
  });
  // The Questions sheet's columns are the table's, in its order (setup writes them so).
  const headers = QUESTIONS_TABLE.columns.map((c) => c.header);
  return { appendCells: { sheetId, rows: [{ values: apiRow(QUESTIONS_TABLE, headers, { ...message }) }], fields: API_ROW_FIELDS } };
}

/** Adds the index's changed rows (and, when it is new or rebuilt, the sheet itself) and sends the batch. */
export function writeIndex(first: FirstRead, requests: Request[]): void {
  const { index } = first;
  const pre: Request[] = [];
  if (first.rebuild) {
    if (index.replace !== undefined) pre.push({ deleteSheet: { sheetId: index.replace } });
    pre.push({
      addSheet: {
        properties: { sheetId: index.id, title: ROW_INDEX_SHEET, hidden: true, gridProperties: { rowCount: INDEX_ROWS, columnCount: 26 } },
      },
    });
    pre.push({
      updateCells: {
        start: { sheetId: index.id, rowIndex: 0, columnIndex: 0 },
        rows: [
          {
            values: [
              { userEnteredValue: { stringValue: 'Student ID' } },
              { userEnteredValue: { stringValue: 'Rows (made by the add-on; do not edit)' } },
            ],
          },
        ],
        fields: 'userEnteredValue',
      },
    });
  }
  const { grow: more, writes } = indexWrites(index);
  const grow: Request[] = more > 0 ? [{ appendDimension: { sheetId: index.id, dimension: 'ROWS', length: more } }] : [];
  const cells: Request[] = writes.map((w) => ({
    updateCells: {
      start: { sheetId: index.id, rowIndex: w.row - 1, columnIndex: 0 },
      rows: [{ values: w.values.map((v) => ({ userEnteredValue: { stringValue: v } })) }],
      fields: 'userEnteredValue',
    },
  }));
  const all = [...pre, ...grow, ...requests, ...cells];
  if (all.length > 0) sheetsApi().Spreadsheets.batchUpdate({ requests: all }, first.id);
}
