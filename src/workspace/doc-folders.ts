// Where a generated document is filed: a team's Drive folder from the master's "Drive Folders" sheet, if any (stored
// ids, never a Drive search: under drive.file a search finds only what the caller's own add-on made).

import { kindOfKey } from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import { workbookKindOf } from '../core/model';
import type { TemplateId } from '../core/templates/model';
import { readTable } from './table-store';
import { TEAM_WORKBOOK_KIND } from './team/team-directory';
import type { ProgramBase } from './template-data';

/** The port: the folder id for a team's documents of a template, or null when no folder is known. */
export type FolderLookup = (team: string, templateId: TemplateId) => string | null;

export const NO_FOLDERS: FolderLookup = () => null;

/**
 * Conference and mentoring documents go to the team's Session Notes folder (tutors edit, the teacher reads); Tier 3
 * agendas to Weekly Meetings (both edit). Falls back to the team folder itself.
 */
const FOLDER_KIND: Record<TemplateId, string | null> = {
  'goal-setting-conference': 'sessionNotes',
  'mentoring-session-plan': 'sessionNotes',
  'tier3-weekly-meeting': 'weeklyMeetings',
  'tutor-coaching': null,
  'peer-coaching-programme': null,
};

/** What the master's Drive Folders sheet says about filing: each team's folders, and each team's workbook. */
export interface DriveFolders {
  lookup: FolderLookup;
  teamWorkbooks: { team: string; spreadsheetId: string }[];
}

/** Reads the Drive Folders sheet once (1 call when it is missing: the lookup then always answers null). */
export function readDriveFolders(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): DriveFolders {
  const sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
  if (!sheet) return { lookup: NO_FOLDERS, teamWorkbooks: [] };
  const byTeamKind = new Map<string, string>();
  const teamWorkbooks: DriveFolders['teamWorkbooks'] = [];
  for (const { record } of readTable(sheet, DRIVE_FOLDERS_TABLE).rows) {
    const key = String(record.planKey);
    const kind = kindOfKey(key);
    const id = String(record.folderId ?? '');
    if (!id) continue;
    if (key.endsWith(`.${TEAM_WORKBOOK_KIND}`)) teamWorkbooks.push({ team: String(record.team), spreadsheetId: id });
    else if (kind) byTeamKind.set(`${String(record.team).trim().toLowerCase()}|${kind}`, id);
  }
  const lookup: FolderLookup = (team, templateId) => {
    const kind = FOLDER_KIND[templateId];
    if (!kind) return null;
    const t = team.trim().toLowerCase();
    return byTeamKind.get(`${t}|${kind}`) ?? byTeamKind.get(`${t}|team`) ?? null;
  };
  return { lookup, teamWorkbooks };
}

/** The folder lookup of one workbook's Drive Folders sheet. */
export function workbookFolderLookup(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): FolderLookup {
  return readDriveFolders(ss).lookup;
}

/**
 * The folder lookup of the program: the master's Drive Folders sheet, read from the master itself or, in a team
 * workbook, from the master named in its Settings (only coordinators can open it; anyone else files nowhere).
 */
export function programFolderLookup(base: ProgramBase): FolderLookup {
  if (workbookKindOf(base.settings) === 'master') return workbookFolderLookup(base.ss);
  try {
    return workbookFolderLookup(SpreadsheetApp.openById(base.settings.masterWorkbookId));
  } catch {
    return NO_FOLDERS;
  }
}
