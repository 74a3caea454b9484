// One teacher-tutor team's workbook: its sheets, a copy of the program settings, the team's roster slice, and
// whole-sheet protections that decide who writes where (coordinators the slice; tutors the records; teachers Questions).

import { QUESTIONS_TABLE } from '../../core/drive-tables';
import { pickFor } from '../../core/family/audience';
import type { ProgramSettings, Student } from '../../core/model';
import { toRecord } from '../../core/records';
import { ROSTER_TABLE, SETTINGS_TABLE } from '../../core/tables';
import { type TeamSheetEditors, teamSheetEditors } from '../../core/team/team-sheets';
import { TEAM_ROSTER_TABLE, TEAM_TABLES } from '../../core/workbook-tables';
import { ensureWorkbook } from '../workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TeamWorkbookSpec {
  /** The master's settings (program name, tier, term, coordinators). */
  settings: ProgramSettings;
  masterWorkbookId: string;
  team: string;
  /** The team's students, active or not (their history stays with the team until they move). */
  students: readonly Student[];
}

/**
 * Creates or upgrades the team workbook's sheets, writes its settings and roster slice, and sets each sheet's editors,
 * all in the one batch of `ensureWorkbook`. Safe to run again: the slice is replaced, records are never touched,
 * protections are set to exactly the plan (the runner stays an editor, as Sheets keeps them).
 */
export function setUpTeamWorkbook(ss: Spreadsheet, spec: TeamWorkbookSpec): void {
  // The team reads this workbook, so no coordinators-only field reaches it: Settings' are left blank (the Drive root,
  // teacher-update choices), and the roster slice drops them (an older slice's extra columns are cleared by the rewrite).
  const hidden = Object.fromEntries(SETTINGS_TABLE.columns.filter((c) => c.audience === 'coordinators').map((c) => [c.key, undefined]));
  const settings: ProgramSettings = { ...spec.settings, ...hidden, team: spec.team, masterWorkbookId: spec.masterWorkbookId, driveRootFolderId: '' };
  const editors = teamSheetEditors(settings.tier, settings.coordinators, spec.students);
  const sheetEditors = Object.fromEntries(TEAM_TABLES.map((schema) => [schema.name, editorsOf(editors, schema.name)]));
  const slice = spec.students.map((s) => pickFor('team', ROSTER_TABLE, toRecord(s)));
  ensureWorkbook(ss, settings, TEAM_TABLES, { replaceRows: { [TEAM_ROSTER_TABLE.name]: slice }, sheetEditors });
}

function editorsOf(editors: TeamSheetEditors, sheetName: string): readonly string[] {
  if (sheetName === QUESTIONS_TABLE.name) return editors.questions;
  return editors.bySheet[sheetName] ?? editors.records;
}
