// Where a generated document is filed: a team's Drive folder from the Drive feature's "Drive Folders" sheet, if any.

import { kindOfKey } from '../core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../core/drive-tables';
import type { TemplateId } from '../core/templates/model';
import { readTable } from './table-store';

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

/** Reads the Drive Folders sheet once (2 calls when it is missing: the lookup then always answers null). */
export function workbookFolderLookup(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): FolderLookup {
  const sheet = ss.getSheetByName(DRIVE_FOLDERS_TABLE.name);
  if (!sheet) return NO_FOLDERS;
  const byTeamKind = new Map<string, string>();
  for (const { record } of readTable(sheet, DRIVE_FOLDERS_TABLE).rows) {
    const kind = kindOfKey(String(record.planKey));
    const id = String(record.folderId ?? '');
    if (kind && id) byTeamKind.set(`${String(record.team).trim().toLowerCase()}|${kind}`, id);
  }
  return (team, templateId) => {
    const kind = FOLDER_KIND[templateId];
    if (!kind) return null;
    const t = team.trim().toLowerCase();
    return byTeamKind.get(`${t}|${kind}`) ?? byTeamKind.get(`${t}|team`) ?? null;
  };
}
