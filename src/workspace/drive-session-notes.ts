// Session notes reach teachers: each team's Session Notes folder holds a spreadsheet of that team's notes, rebuilt from the workbook.

import { writeCell } from '../core/cells';
import { folderKeyOf, notesViewName, programKeyOf, teamKeyOf } from '../core/drive-plan';
import type { SessionNote, Student } from '../core/model';
import type { ColumnSpec } from '../core/table';
import { SESSION_NOTES_TABLE } from '../core/tables';
import { adoptFile, drive, PROP, quoteQuery, SHEETS_MIME } from './drive-api';
import { type FolderRecord, readFolderStore, recordFolders } from './drive-folders-store';
import { readRoster, readSessionNotes } from './program';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface NotesSyncResult {
  /** Teams whose view now holds every note. */
  synced: string[];
  /** Teams left as they were, and why (e.g. folders not provisioned yet). */
  skipped: { team: string; reason: string }[];
}

const STUDENT_NAME: ColumnSpec = { key: 'studentName', header: 'Student name', type: 'text', note: '' };
/** What teachers read (seed 004, Tier 1 "Tutoring Session Notes could include"); the note id ties a question to a note. */
const VIEW_KEYS = [
  'date',
  'startTime',
  'endTime',
  'studentId',
  'studentName',
  'tutorEmail',
  'objective',
  'rationale',
  'degreeAccomplished',
  'topicsSkills',
  'materials',
  'assignments',
  'assessmentData',
  'attended',
  'onTime',
  'engagement',
  'focusMotivation',
  'promptingNeeded',
  'followThrough',
  'followThroughWhy',
  'studentShared',
  'questionsForTeacher',
  'noteId',
] as const;

function viewColumns(): ColumnSpec[] {
  return VIEW_KEYS.map((key) => (key === 'studentName' ? STUDENT_NAME : (SESSION_NOTES_TABLE.columns.find((c) => c.key === key) as ColumnSpec)));
}

/**
 * Rebuilds the session-notes view of each team (all teams on the Roster when `teamNames` is omitted): one read of the
 * Roster, the notes and the Drive Folders sheet, then per team one open and one write. Called by the session-note save
 * (for the student's team) and by provisioning, which alone may create a missing view (`create: true`).
 */
export function syncTeamSessionNotes(ss: Spreadsheet, teamNames?: readonly string[], options: { create?: boolean } = {}): NotesSyncResult {
  const result: NotesSyncResult = { synced: [], skipped: [] };
  const store = readFolderStore(ss, false);
  const roster = readRoster(ss);
  const teams = teamNames ?? [...new Set(roster.filter((s) => s.active && s.team.trim()).map((s) => s.team.trim()))];
  if (store.ids.size === 0) {
    for (const team of teams) result.skipped.push({ team, reason: 'Drive folders are not provisioned yet.' });
    return result;
  }
  const notes = readSessionNotes(ss);
  const programKey = programKeyOf(ss.getId());
  const columns = viewColumns();
  const made: FolderRecord[] = [];
  for (const team of teams) {
    const teamKey = teamKeyOf(programKey, team);
    const students = new Map(roster.filter((s) => s.team.trim().toLowerCase() === team.trim().toLowerCase()).map((s) => [s.studentId, s]));
    const values = [columns.map((c) => c.header), ...teamNotes(notes, students).map((row) => columns.map((c) => writeCell(c, row[c.key])))];
    const viewKey = folderKeyOf(teamKey, 'notesView');
    let book = openView(store.ids.get(viewKey));
    let created = false;
    if (!book) {
      const folderId = store.ids.get(folderKeyOf(teamKey, 'sessionNotes'));
      if (!options.create || !folderId) {
        result.skipped.push({
          team,
          reason: folderId ? 'The session-notes view is missing: run "Provision Drive folders".' : 'Team folders are not provisioned yet.',
        });
        continue;
      }
      book = makeView(team, teamKey, viewKey, folderId, programKey);
      created = true;
      // Recorded together after the loop: the view already carries its plan key, so a stop before then loses nothing.
      made.push({
        folder: {
          key: viewKey,
          kind: 'notesView',
          team,
          teamKey,
          name: notesViewName(team),
          path: `${team} / Session Notes / ${notesViewName(team)}`,
          description: '',
          parentKey: folderKeyOf(teamKey, 'sessionNotes'),
          grants: {},
          access: {},
        },
        id: book.getId(),
        url: book.getUrl(),
        lastChange: '',
      });
    }
    writeView(book, values, created);
    result.synced.push(team);
  }
  if (made.length) recordFolders(ss, store, made);
  return result;
}

type ViewRow = Record<string, string | number | boolean | null>;

function teamNotes(notes: readonly SessionNote[], students: ReadonlyMap<string, Student>): ViewRow[] {
  return notes
    .filter((n) => students.has(n.studentId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime))
    .map((n) => ({ ...(n as unknown as ViewRow), studentName: students.get(n.studentId)?.name ?? '' }));
}

function openView(id: string | undefined): Spreadsheet | null {
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return null;
  }
}

/**
 * A new view in the team's Session Notes folder. Sheets makes it in My Drive; it is then moved and tagged with its plan
 * key in one Drive call. If an execution stopped between the two, the half-made view is found again (this add-on sees
 * only files it made, under drive.file) instead of a second one being made.
 */
function makeView(team: string, teamKey: string, viewKey: string, folderId: string, programKey: string): Spreadsheet {
  const name = notesViewName(team);
  const me = Session.getEffectiveUser().getEmail();
  // One query for both: the view already tagged (its id not yet recorded), or one made but not yet moved and tagged.
  const q = `trashed = false and (appProperties has { key='${PROP.planKey}' and value=${quoteQuery(viewKey)} } or (name = ${quoteQuery(name)} and mimeType = '${SHEETS_MIME}' and 'root' in parents and ${quoteQuery(me)} in owners))`;
  const found = drive().Files.list({ q, fields: 'files(id,parents,appProperties)', pageSize: 10 }).files ?? [];
  const tagged = found.find((f) => f.appProperties?.[PROP.planKey] === viewKey);
  if (tagged?.id) return SpreadsheetApp.openById(tagged.id);
  const halfMade = found[0];
  const book = halfMade?.id ? SpreadsheetApp.openById(halfMade.id) : SpreadsheetApp.create(name);
  const id = halfMade?.id ?? book.getId();
  const parents = halfMade?.parents ?? drive().Files.get(id, { fields: 'parents' }).parents ?? [];
  adoptFile(
    id,
    {
      key: viewKey,
      kind: 'notesView',
      teamKey,
      description: 'Rebuilt from the program workbook whenever a session note is logged. Comment here; edits are overwritten.',
    },
    programKey,
    folderId,
    parents,
  );
  return book;
}

function writeView(book: Spreadsheet, values: (string | number | boolean)[][], created: boolean): void {
  const sheet = book.getSheets()[0];
  const width = values[0].length;
  if (created) {
    sheet.setName('Session Notes');
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  }
  const last = sheet.getLastRow();
  if (last > values.length) sheet.getRange(values.length + 1, 1, last - values.length, width).clearContent();
  sheet.getRange(1, 1, values.length, width).setValues(values);
}
