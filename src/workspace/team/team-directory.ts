// The master's list of team workbooks (rows of its Drive Folders sheet), and opening a team's workbook by id.

import { programKeyOf, teamKeyOf } from '../../core/drive-plan';
import { readFolderStore } from '../drive-folders-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The plan-key suffix of a team workbook in the Drive Folders sheet (beside the team's folders). */
export const TEAM_WORKBOOK_KIND = 'teamWorkbook';

export interface TeamWorkbookRef {
  team: string;
  planKey: string;
  spreadsheetId: string;
  url: string;
}

export function teamWorkbookKey(masterId: string, team: string): string {
  return `${teamKeyOf(programKeyOf(masterId), team)}.${TEAM_WORKBOOK_KIND}`;
}

/** Every team workbook the master knows (one read of Drive Folders; none before provisioning). */
export function readTeamWorkbooks(master: Spreadsheet): TeamWorkbookRef[] {
  const store = readFolderStore(master, false);
  const out: TeamWorkbookRef[] = [];
  for (const row of store.byKey.values()) {
    if (!row.planKey.endsWith(`.${TEAM_WORKBOOK_KIND}`) || !row.folderId) continue;
    out.push({ team: row.team, planKey: row.planKey, spreadsheetId: row.folderId, url: row.url });
  }
  return out.sort((a, b) => a.team.localeCompare(b.team));
}

/** The team's workbook record, or null when provisioning has not made it yet. */
export function teamWorkbookRef(master: Spreadsheet, team: string): TeamWorkbookRef | null {
  const key = teamWorkbookKey(master.getId(), team);
  return readTeamWorkbooks(master).find((r) => r.planKey === key) ?? null;
}

/** Opens the team's workbook (Drive sharing decides; the spreadsheets scope is not per file). */
export function openTeamWorkbook(master: Spreadsheet, team: string): Spreadsheet {
  const ref = teamWorkbookRef(master, team);
  if (!ref) throw new Error(`The team "${team}" has no team workbook yet: run Provision Drive folders and team workbooks.`);
  return SpreadsheetApp.openById(ref.spreadsheetId);
}
