// Session notes reach teachers: each team's Session Notes folder holds a spreadsheet of that team's notes, rebuilt from the workbook.

import { writeCell } from '../core/cells';
import { contentHash, folderKeyOf, notesViewName, programKeyOf, teamKeyOf } from '../core/drive-plan';
import type { SessionNote, Student } from '../core/model';
import type { ColumnSpec } from '../core/table';
import { SESSION_NOTES_TABLE } from '../core/tables';
import { createPlanned, drive, PROP, plannedUrl, quoteQuery, SHEETS_MIME } from './drive-api';
import { type FolderRecord, type FolderStore, readFolderStore, recordFolders } from './drive-folders-store';
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

/** The reason a sync gives when the program has no Drive folders at all (callers treat it as "nothing to do"). */
export const NOT_PROVISIONED = 'Drive folders are not provisioned yet.';

export interface NotesSyncOptions {
  /** Provisioning only: make a missing view. A tutor's sync never creates files. */
  create?: boolean;
  /** What the caller already read this execution (provisioning): saves reading the Drive Folders sheet and Roster again. */
  store?: FolderStore;
  roster?: readonly Student[];
}

/**
 * Rebuilds the session-notes view of each team (all teams on the Roster when `teamNames` is omitted): one read of the
 * Roster, the notes and the Drive Folders sheet, then only for a team whose notes changed since the view was last
 * written (the sheet keeps a fingerprint of each view's content) one open and one write, and one write of the new
 * fingerprints. Called by the session-note save (for the student's team) and by provisioning, which alone may create a
 * missing view (`create: true`).
 */
export function syncTeamSessionNotes(ss: Spreadsheet, teamNames?: readonly string[], options: NotesSyncOptions = {}): NotesSyncResult {
  const result: NotesSyncResult = { synced: [], skipped: [] };
  const store = options.store ?? readFolderStore(ss, false);
  const roster = options.roster ?? readRoster(ss);
  const teams = teamNames ?? [...new Set(roster.filter((s) => s.active && s.team.trim()).map((s) => s.team.trim()))];
  if (store.ids.size === 0) {
    for (const team of teams) result.skipped.push({ team, reason: NOT_PROVISIONED });
    return result;
  }
  const notes = readSessionNotes(ss);
  const programKey = programKeyOf(ss.getId());
  const columns = viewColumns();
  const views: { team: string; teamKey: string; key: string; values: (string | number | boolean)[][]; hash: string }[] = [];
  for (const team of teams) {
    const teamKey = teamKeyOf(programKey, team);
    const students = new Map(roster.filter((s) => s.team.trim().toLowerCase() === team.trim().toLowerCase()).map((s) => [s.studentId, s]));
    const values = [columns.map((c) => c.header), ...teamNotes(notes, students).map((row) => columns.map((c) => writeCell(c, row[c.key])))];
    const key = folderKeyOf(teamKey, 'notesView');
    const hash = contentHash(JSON.stringify(values));
    const stored = store.byKey.get(key);
    if (stored?.folderId && stored.contentHash === hash) result.synced.push(team);
    else views.push({ team, teamKey, key, values, hash });
  }
  // Views made by an earlier attempt that stopped before recording them: one query finds them all.
  const unrecorded = options.create && views.some((v) => !store.ids.get(v.key)) ? findViews(programKey) : new Map<string, string>();
  const records: FolderRecord[] = [];
  for (const view of views) {
    const { team, teamKey, key } = view;
    let id = store.ids.get(key) ?? '';
    let book = id ? openView(id) : null;
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
      id = unrecorded.get(key) ?? createPlanned(viewOf(team, teamKey), folderId, programKey, SHEETS_MIME);
      book = SpreadsheetApp.openById(id);
      created = true;
    }
    writeView(book, view.values, created);
    records.push({
      folder: { key, team, path: `${team} / Session Notes / ${notesViewName(team)}` },
      id,
      url: plannedUrl({ isFile: true }, id),
      lastChange: created ? `${new Date().toISOString().slice(0, 10)}: created` : '',
      contentHash: view.hash,
    });
    result.synced.push(team);
  }
  // After the writes: a stop before this leaves the old fingerprints, so the next sync writes those views again.
  recordFolders(ss, store, records);
  return result;
}

function viewOf(team: string, teamKey: string) {
  return {
    key: folderKeyOf(teamKey, 'notesView'),
    kind: 'notesView' as const,
    teamKey,
    name: notesViewName(team),
    description: 'The team’s session notes, rebuilt from the program workbook whenever a note is logged. Comment here; edits are overwritten.',
  };
}

/** Every notes view of the program in Drive, by plan key (one query). */
function findViews(programKey: string): Map<string, string> {
  const q = `appProperties has { key='${PROP.program}' and value=${quoteQuery(programKey)} } and appProperties has { key='${PROP.kind}' and value='notesView' } and trashed = false`;
  const found = drive().Files.list({ q, fields: 'files(id,appProperties)', pageSize: 1000 }).files ?? [];
  return new Map(found.map((f) => [f.appProperties?.[PROP.planKey] ?? '', f.id ?? '']));
}

type ViewRow = Record<string, string | number | boolean | null>;

function teamNotes(notes: readonly SessionNote[], students: ReadonlyMap<string, Student>): ViewRow[] {
  return notes
    .filter((n) => students.has(n.studentId))
    .sort((a, b) => b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime))
    .map((n) => ({ ...(n as unknown as ViewRow), studentName: students.get(n.studentId)?.name ?? '' }));
}

function openView(id: string): Spreadsheet | null {
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return null;
  }
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
