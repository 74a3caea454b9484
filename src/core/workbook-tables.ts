// Which sheets each workbook of the program holds: the coordinators' master, and one workbook per teacher-tutor team.

import { PRIORITIZED_TABLE } from './dashboard-tables';
import { QUESTIONS_TABLE } from './drive-tables';
import { sliceFor } from './family/audience';
import { CELEBRATIONS_TABLE } from './family/celebration-table';
import type { WorkbookKind } from './model';
import type { TableSchema } from './table';
import {
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  CONFERENCES_TABLE,
  DASHBOARD_TABLE,
  GOALS_TABLE,
  ROSTER_TABLE,
  RUNS_TABLE,
  SESSION_NOTES_TABLE,
  SETTINGS_TABLE,
} from './tables';

/**
 * The master workbook (coordinators only, never shared with tutors or teachers): settings, the full Roster with family
 * contacts, and what is computed across teams. Drive Folders and Access Report are added by provisioning.
 */
export const MASTER_TABLES: readonly TableSchema[] = [SETTINGS_TABLE, ROSTER_TABLE, DASHBOARD_TABLE, PRIORITIZED_TABLE, RUNS_TABLE];

/**
 * The team's roster slice: the Roster without its coordinators-only fields (consent, student and family emails), so a
 * team workbook never holds them. Same sheet name as the master's Roster.
 */
export const TEAM_ROSTER_TABLE: TableSchema = sliceFor('team', ROSTER_TABLE);

/**
 * A team workbook (the seed's Tier 1-2 "shared spreadsheet" of session notes): a copy of the settings, that team's
 * roster slice, and the team's records. Google's sharing of this file is what keeps other teams' students out.
 */
export const TEAM_TABLES: readonly TableSchema[] = [
  SETTINGS_TABLE,
  TEAM_ROSTER_TABLE,
  GOALS_TABLE,
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  SESSION_NOTES_TABLE,
  CONFERENCES_TABLE,
  QUESTIONS_TABLE,
  CELEBRATIONS_TABLE,
];

/** The per-student records a team workbook holds (what moves when a student changes team). */
export const TEAM_RECORD_TABLES: readonly TableSchema[] = [
  GOALS_TABLE,
  ACTION_STEPS_TABLE,
  CHECK_OFFS_TABLE,
  SESSION_NOTES_TABLE,
  CONFERENCES_TABLE,
  QUESTIONS_TABLE,
];

export function tablesOf(kind: WorkbookKind): readonly TableSchema[] {
  return kind === 'master' ? MASTER_TABLES : TEAM_TABLES;
}
