// During provisioning: the records of students who changed team leave the old team's workbook for the new one.

import type { Student } from '../../core/model';
import type { FolderStore } from '../drive-folders-store';
import { readRoster, workbookDates } from '../program';
import { type MoveResult, moveStudentRecords } from './move-records';
import { teamWorkbookKey } from './team-directory';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TeamDeparture {
  studentIds: string[];
  toTeam: string;
  moved: MoveResult;
}

const norm = (team: string) => team.trim().toLowerCase();

/** The student ids on a team workbook's roster slice now (read before provisioning replaces it). */
export function sliceIds(teamWorkbook: Spreadsheet): string[] {
  return readRoster(teamWorkbook, workbookDates(teamWorkbook)).map((s) => s.studentId);
}

/**
 * Moves the records of every student who was on this team's slice and whose master Roster row now names another team
 * that has a workbook. Run after both slices are current (the new team's workbook exists: provisioning handles new
 * teams first), so no new row of theirs arrives in the old workbook while they move. A student with no team left keeps
 * their history where it is (only coordinators keep access to a retired team's workbook).
 */
export function moveDepartedStudents(
  master: Spreadsheet,
  store: FolderStore,
  team: string,
  teamWorkbook: Spreadsheet,
  before: readonly string[],
  roster: readonly Student[],
): TeamDeparture[] {
  const byId = new Map(roster.map((s) => [s.studentId, s]));
  const byTeam = new Map<string, { team: string; ids: string[] }>();
  for (const id of before) {
    const now = byId.get(id);
    if (!now?.active || !now.team.trim() || norm(now.team) === norm(team)) continue;
    const entry = byTeam.get(norm(now.team)) ?? { team: now.team.trim(), ids: [] };
    entry.ids.push(id);
    byTeam.set(norm(now.team), entry);
  }
  const out: TeamDeparture[] = [];
  for (const { team: toTeam, ids } of byTeam.values()) {
    const destinationId = store.ids.get(teamWorkbookKey(master.getId(), toTeam));
    if (!destinationId) continue;
    const moved = moveStudentRecords(teamWorkbook, SpreadsheetApp.openById(destinationId), ids, { team: toTeam });
    out.push({ studentIds: ids, toTeam, moved });
  }
  return out;
}
