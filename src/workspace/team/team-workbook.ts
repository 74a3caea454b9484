// One teacher-tutor team's workbook: its sheets, a copy of the program settings, the team's roster slice, and
// whole-sheet protections that decide who writes where (coordinators the slice; tutors the records; teachers Questions).

import { QUESTIONS_TABLE } from '../../core/drive-tables';
import type { ProgramSettings, Student } from '../../core/model';
import { toRecord } from '../../core/records';
import { ROSTER_TABLE } from '../../core/tables';
import { type TeamSheetEditors, teamSheetEditors } from '../../core/team/team-sheets';
import { TEAM_TABLES } from '../../core/workbook-tables';
import { replaceRows, requireSheet } from '../table-store';
import { ensureWorkbook } from '../workbook-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TeamWorkbookSpec {
  /** The master's settings (program name, tier, term, coordinators). */
  settings: ProgramSettings;
  masterWorkbookId: string;
  team: string;
  /** The team's students, active or not (their history stays with the team until they move). */
  students: readonly Student[];
}

const SHEET_PROTECTION = 'Tutoring Toolkit: who may edit this sheet (set by provisioning)';

/**
 * Creates or upgrades the team workbook's sheets, writes its settings and roster slice, and sets each sheet's editors.
 * Safe to run again: the slice is replaced, records are never touched, protections are set to exactly the plan.
 */
export function setUpTeamWorkbook(ss: Spreadsheet, spec: TeamWorkbookSpec): void {
  const settings: ProgramSettings = { ...spec.settings, team: spec.team, masterWorkbookId: spec.masterWorkbookId, driveRootFolderId: '' };
  ensureWorkbook(ss, settings, TEAM_TABLES);
  replaceRows(requireSheet(ss, ROSTER_TABLE), ROSTER_TABLE, spec.students.map(toRecord));
  const editors = teamSheetEditors(settings.tier, settings.coordinators, spec.students);
  for (const schema of TEAM_TABLES) protectSheet(requireSheet(ss, schema), editorsOf(editors, schema.name));
}

function editorsOf(editors: TeamSheetEditors, sheetName: string): readonly string[] {
  if (sheetName === QUESTIONS_TABLE.name) return editors.questions;
  return editors.bySheet[sheetName] ?? editors.records;
}

/**
 * One whole-sheet protection per sheet, with exactly `editors` (the runner and the file owner always stay, as Sheets
 * keeps them). Google's pattern: add yourself, remove every editor, then add the wanted ones.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
function protectSheet(sheet: Sheet, editors: readonly string[]): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).find((p) => p.getDescription() === SHEET_PROTECTION);
  const protection = existing ?? sheet.protect().setDescription(SHEET_PROTECTION);
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  // A new protection mirrors the file's editors (it protects nothing) until its editor list is changed: add yourself first.
  if (!existing) protection.addEditor(me);
  const wanted = new Set(editors.map((e) => e.toLowerCase()));
  const current = protection.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !wanted.has(e) && e !== me);
  const missing = [...wanted].filter((e) => !current.includes(e));
  if (extra.length) protection.removeEditors(extra);
  if (missing.length) protection.addEditors(missing);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}
