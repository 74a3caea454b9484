// The program workbook as typed data: each reader costs one read of its sheet.

import { type DateFormatter, isoDateIn, readCell, writeCell } from '../core/cells';
import type { ActionStep, Goal, ProgramSettings, SessionNote, StepCheckOff, Student } from '../core/model';
import {
  actionStepFromRecord,
  checkOffFromRecord,
  goalFromRecord,
  sessionNoteFromRecord,
  settingsFromRecord,
  settingsRecord,
  studentFromRecord,
} from '../core/records';
import type { TableRecord, TableSchema } from '../core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE, SETTINGS_TABLE } from '../core/tables';
import { readTable, requireSheet } from './table-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet the add-on runs in; a clear error where there is none (e.g. from Docs without a linked workbook). */
export function activeWorkbook(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('Open the program workbook in Google Sheets to use this.');
  return ss;
}

/**
 * How date cells of this workbook read (one call). Every reader below takes it as an optional last argument, so a
 * server call that reads several sheets asks for the time zone once.
 */
export function workbookDates(ss: Spreadsheet): DateFormatter {
  return isoDateIn(ss.getSpreadsheetTimeZone());
}

function records<T>(ss: Spreadsheet, schema: TableSchema, from: (r: TableRecord) => T, formatDate?: DateFormatter): T[] {
  const sheet = requireSheet(ss, schema);
  return readTable(sheet, schema, formatDate ?? workbookDates(ss)).rows.map((row) => from(row.record));
}

/** Settings is a two-column sheet (field, value), one row per column of SETTINGS_TABLE. */
export function readSettings(ss: Spreadsheet, formatDate?: DateFormatter): ProgramSettings {
  const sheet = requireSheet(ss, SETTINGS_TABLE);
  const readDate = formatDate ?? workbookDates(ss);
  // Row 1 is the "Setting | Value" header, whose label would match the "Setting" field.
  const values = sheet.getRange(2, 1, SETTINGS_TABLE.columns.length, 2).getValues();
  const record: TableRecord = {};
  for (const column of SETTINGS_TABLE.columns) {
    const line = values.find((v) => String(v[0]).trim().toLowerCase() === column.header.toLowerCase());
    record[column.key] = readCell(column, line ? line[1] : '', readDate);
  }
  return settingsFromRecord(record);
}

/** Writes every setting in one setValues (labels in column A, values in B, below a header row). */
export function writeSettings(ss: Spreadsheet, settings: ProgramSettings): void {
  const sheet = requireSheet(ss, SETTINGS_TABLE);
  const record = settingsRecord(settings);
  const rows = SETTINGS_TABLE.columns.map((column) => [column.header, writeCell(column, record[column.key])]);
  sheet.getRange(2, 1, rows.length, 2).setValues(rows);
}

export const readRoster = (ss: Spreadsheet, formatDate?: DateFormatter): Student[] => records(ss, ROSTER_TABLE, studentFromRecord, formatDate);
export const readGoals = (ss: Spreadsheet, formatDate?: DateFormatter): Goal[] => records(ss, GOALS_TABLE, goalFromRecord, formatDate);
export const readActionSteps = (ss: Spreadsheet, formatDate?: DateFormatter): ActionStep[] =>
  records(ss, ACTION_STEPS_TABLE, actionStepFromRecord, formatDate);
export const readCheckOffs = (ss: Spreadsheet, formatDate?: DateFormatter): StepCheckOff[] =>
  records(ss, CHECK_OFFS_TABLE, checkOffFromRecord, formatDate);
export const readSessionNotes = (ss: Spreadsheet, formatDate?: DateFormatter): SessionNote[] =>
  records(ss, SESSION_NOTES_TABLE, sessionNoteFromRecord, formatDate);
