// A goal-setting conference saved in a team workbook on the session note's write path (student-batch.ts): one
// values.batchGet for the guard, Goals and Action Steps and the row index, one for the rows the index has not seen
// (with the previous goal's check-offs, for the goal-met praise), then ONE atomic Spreadsheets.batchUpdate under the
// team-records lock. Cells read depend on the student's goals and history, never on the logs' length.

import type { ConferenceValues } from '../core/conference-form';
import type { Locale } from '../core/i18n/locale';
import type { ActionStep } from '../core/model';
import { actionStepFromRecord, goalFromRecord, toRecord as modelRecord } from '../core/records';
import {
  type ConferenceRows,
  type ConferenceSaved,
  checkPreviousGoal,
  conferenceAnswer,
  conferenceRows,
  type GoalRow,
  type StepsFollowed,
} from '../core/saves/conference-save';
import { columnLetter, INDEXED_LOGS, rowRanges } from '../core/saves/row-index';
import { indexColumns, type TableRecord, type TableSchema } from '../core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE } from '../core/tables';
import { withTeamRecordsLock } from './lock';
import { catchUp, type FirstRead, freshIndex, readFirst, sheetIds, studentIn, studentRecords, writeIndex } from './student-batch';
import { API_ROW_FIELDS, apiRow, recordFromApi } from './table-store';

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A table read whole in the first read, as records with their 1-based sheet rows (blank rows skipped). */
function tableRows(first: FirstRead, schema: TableSchema): { row: number; record: TableRecord }[] {
  const rows = first.tables[schema.name] ?? [];
  const at = indexColumns(schema, (rows[0] ?? []).map(String));
  const out: { row: number; record: TableRecord }[] = [];
  for (let i = 1; i < rows.length; i++) {
    if (!rows[i].some((v) => v !== '' && v !== null)) continue;
    out.push({ row: i + 1, record: recordFromApi(schema, at, rows[i]) });
  }
  return out;
}

const headersOf = (first: FirstRead, schema: TableSchema): string[] =>
  first.headers[schema.name] ?? (first.tables[schema.name]?.[0] ?? []).map(String);

/**
 * The student's check-offs of the previous goal's steps, read by the rows the index names (in the catch-up read, which
 * also indexes rows others appended). An index found stale (rows moved by hand) is made again from the logs, once.
 * `praise` false: only the catch-up (the index stays current for the save's batch).
 */
function stepsFollowed(first: FirstRead, studentId: string, stepIds: ReadonlySet<string>, praise: boolean): StepsFollowed {
  const log = 'Step Check-offs';
  if (!praise) {
    catchUp(first, []);
    return { done: 0, total: 0 };
  }
  let records: TableRecord[] | null = null;
  if (!first.rebuild) {
    const rows = [...(first.index.students[studentId]?.checkOffs ?? [])];
    const ranges = rowRanges(log, rows, columnLetter(Math.max(0, first.headers[log].length - 1)));
    const { unseen, extra } = catchUp(
      first,
      ranges.map((r) => r.range),
    );
    const read = new Map<number, unknown[]>();
    ranges.forEach((r, k) => {
      for (let i = 0; i < r.count; i++) read.set(r.first + i, extra[k]?.[i] ?? []);
    });
    const mine = studentRecords(first, log, studentId, rows, read);
    if (mine) records = [...mine, ...fromUnseen(first, unseen[log]?.rows ?? [], studentId)];
    else {
      // Stale: the index is made again from the logs, and written whole with the save.
      first.index = freshIndex(first.id);
      first.rebuild = true;
    }
  }
  if (!records) records = fromUnseen(first, catchUp(first, []).unseen[log]?.rows ?? [], studentId);
  let done = 0;
  let total = 0;
  for (const r of records) {
    if (!stepIds.has(String(r.stepId))) continue;
    total++;
    if (r.done === true) done++;
  }
  return { done, total };
}

function fromUnseen(first: FirstRead, rows: readonly unknown[][], studentId: string): TableRecord[] {
  const at = indexColumns(CHECK_OFFS_TABLE, first.headers['Step Check-offs']);
  return rows.map((line) => recordFromApi(CHECK_OFFS_TABLE, at, line)).filter((r) => String(r.studentId) === studentId);
}

/**
 * The action steps' writes: appended, or — where an attempt of the same save by the SpreadsheetApp code this replaced
 * left steps without their goal row — written over those rows (and any left over cleared), so a retry never duplicates.
 */
function stepRequests(first: FirstRead, sheetId: number, steps: readonly ActionStep[], orphans: readonly number[]): Request[] {
  const headers = headersOf(first, ACTION_STEPS_TABLE);
  const cells = steps.map((s) => apiRow(ACTION_STEPS_TABLE, headers, modelRecord(s)));
  const out: Request[] = orphans.map((row, i) => ({
    updateCells: {
      start: { sheetId, rowIndex: row - 1, columnIndex: 0 },
      rows: [{ values: cells[i] ?? headers.map(() => ({})) }],
      fields: API_ROW_FIELDS,
    },
  }));
  const rest = cells.slice(orphans.length);
  if (rest.length > 0) out.push({ appendCells: { sheetId, rows: rest.map((values) => ({ values })), fields: API_ROW_FIELDS } });
  return out;
}

/** The batch: steps, the conference record, the previous goal's outcome, and the new goal row (the completion marker). */
function saveRequests(first: FirstRead, rows: ConferenceRows, before: GoalRow | null, outcome: string, orphans: readonly number[]): Request[] {
  const ids = sheetIds(first, [GOALS_TABLE.name, ACTION_STEPS_TABLE.name, CONFERENCES_TABLE.name]);
  const goalHeaders = headersOf(first, GOALS_TABLE);
  const requests = stepRequests(first, ids[ACTION_STEPS_TABLE.name], rows.steps, orphans);
  requests.push({
    appendCells: {
      sheetId: ids[CONFERENCES_TABLE.name],
      rows: [{ values: apiRow(CONFERENCES_TABLE, headersOf(first, CONFERENCES_TABLE), modelRecord(rows.conference)) }],
      fields: API_ROW_FIELDS,
    },
  });
  if (before && outcome && before.goal.status !== outcome) {
    const at = indexColumns(GOALS_TABLE, goalHeaders).status;
    if (at < 0) throw new Error(`The "${GOALS_TABLE.name}" sheet has no Status column. Run Extensions › Tutoring Toolkit › Set up program workbook.`);
    requests.push({
      updateCells: {
        start: { sheetId: ids[GOALS_TABLE.name], rowIndex: before.row - 1, columnIndex: at },
        rows: [{ values: [apiRow(GOALS_TABLE, goalHeaders, { status: outcome })[at]] }],
        fields: API_ROW_FIELDS,
      },
    });
  }
  requests.push({
    appendCells: {
      sheetId: ids[GOALS_TABLE.name],
      rows: [{ values: apiRow(GOALS_TABLE, goalHeaders, modelRecord(rows.goal)) }],
      fields: API_ROW_FIELDS,
    },
  });
  return requests;
}

/**
 * Saves a validated conference once, whatever the retries: the new goal, its steps, the record and the previous goal's
 * outcome. Under the team-records lock: the first read holds Goals and Action Steps, so whether this key's goal row is
 * there (the save landed; its answer, praise included, is given again and nothing written) and whether the form's
 * previous goal is still the active one (`checkPreviousGoal`) are decided fresh, inside the lock; then one batchUpdate
 * writes everything and the index. The batch applies whole or not at all, so no reader sees half a conference and a
 * student never has two Active goals. `locale`: the tutor's, for the praise. `ss`: the student's team workbook when a coordinator saves from the master.
 * Returns null where this path does not apply (not a team workbook).
 */
export function batchedSaveConference(values: ConferenceValues, key: string, locale: Locale, ss?: Spreadsheet): ConferenceSaved | null {
  return withTeamRecordsLock(
    () => {
      const first = readFirst('tutorSaveConference', [GOALS_TABLE.name, ACTION_STEPS_TABLE.name], ss, [CONFERENCES_TABLE.name]);
      if (!first) return null;
      const student = studentIn(first, values.studentId);
      if (!INDEXED_LOGS.every((log) => first.index.sheets[log])) return null;
      const tutorEmail = first.auth.caller.email;
      const rows = conferenceRows(values, student, key, tutorEmail);
      const goals: GoalRow[] = tableRows(first, GOALS_TABLE).map((r) => ({ row: r.row, goal: goalFromRecord(r.record) }));
      const steps = tableRows(first, ACTION_STEPS_TABLE).map((r) => ({ row: r.row, step: actionStepFromRecord(r.record) }));
      const outcome = values.previousGoalOutcome;
      const followedOf = (previous: GoalRow | null, praise: boolean) =>
        stepsFollowed(
          first,
          student.studentId,
          new Set(steps.filter((s) => previous && s.step.goalId === previous.goal.goalId).map((s) => s.step.stepId)),
          praise && previous !== null && outcome === 'Met',
        );
      if (goals.some((g) => g.goal.goalId === rows.goal.goalId)) {
        // Landed before: the previous goal as that save closed it (for the praise), nothing written.
        const previous = goals.find((g) => g.goal.goalId === values.previousGoalId && g.goal.studentId === student.studentId) ?? null;
        const followed = previous && outcome === 'Met' ? followedOf(previous, true) : { done: 0, total: 0 };
        return conferenceAnswer({ values, student, rows, tutorEmail, previous: previous?.goal ?? null, followed, locale });
      }
      const orphans = steps.filter((s) => s.step.goalId === rows.goal.goalId).map((s) => s.row);
      const before = checkPreviousGoal(goals, student, values, orphans.length > 0, locale);
      const followed = followedOf(before, true);
      writeIndex(first, saveRequests(first, rows, before, outcome, orphans));
      return conferenceAnswer({ values, student, rows, tutorEmail, previous: before?.goal ?? null, followed, locale });
    },
    undefined,
    false,
  );
}
