// Where setup finds a table's header notes: written on the schema, or in the table-notes data module (every workbook table).

import type { TableSchema } from '../table';
import {
  ACCESS_REPORT_HEADER_NOTES,
  ACTION_STEPS_HEADER_NOTES,
  CELEBRATIONS_HEADER_NOTES,
  CHECK_OFFS_HEADER_NOTES,
  CONFERENCES_HEADER_NOTES,
  DASHBOARD_HEADER_NOTES,
  DRIVE_FOLDERS_HEADER_NOTES,
  GOALS_HEADER_NOTES,
  PRIORITIZED_HEADER_NOTES,
  PROGRAM_TEMPLATES_HEADER_NOTES,
  PROGRESS_REPORTS_HEADER_NOTES,
  QUESTIONS_HEADER_NOTES,
  ROSTER_HEADER_NOTES,
  RUNS_HEADER_NOTES,
  SESSION_NOTES_HEADER_NOTES,
  SETTINGS_HEADER_NOTES,
  type TableNotes,
} from './table-notes';

/** By sheet name. In Code.js each value is a stub whose fields read the data file when first touched. */
const BY_SHEET: Readonly<Record<string, TableNotes>> = {
  Settings: SETTINGS_HEADER_NOTES,
  Roster: ROSTER_HEADER_NOTES,
  Goals: GOALS_HEADER_NOTES,
  'Action Steps': ACTION_STEPS_HEADER_NOTES,
  'Step Check-offs': CHECK_OFFS_HEADER_NOTES,
  'Session Notes': SESSION_NOTES_HEADER_NOTES,
  Conferences: CONFERENCES_HEADER_NOTES,
  Dashboard: DASHBOARD_HEADER_NOTES,
  Runs: RUNS_HEADER_NOTES,
  'Prioritized Students': PRIORITIZED_HEADER_NOTES,
  'Access Report': ACCESS_REPORT_HEADER_NOTES,
  'Drive Folders': DRIVE_FOLDERS_HEADER_NOTES,
  Questions: QUESTIONS_HEADER_NOTES,
  'Progress Reports': PROGRESS_REPORTS_HEADER_NOTES,
  Celebrations: CELEBRATIONS_HEADER_NOTES,
  Templates: PROGRAM_TEMPLATES_HEADER_NOTES,
};

/** The note of one column's header ('' when it has none). Reads the data module only for a schema that keeps none inline. */
export function columnNote(schema: TableSchema, key: string): string {
  const inline = schema.columns.find((c) => c.key === key)?.note;
  return inline ?? BY_SHEET[schema.name]?.columns[key] ?? '';
}

/** The purpose of the sheet, written as the note of its first header. */
export function tablePurpose(schema: TableSchema): string {
  return schema.purpose ?? BY_SHEET[schema.name]?.purpose ?? '';
}
