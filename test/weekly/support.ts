// Test-data builders for the weekly preparation: a Tier 3 program whose coordinator made each team's Weekly Meetings
// folder (as provisioning does), session notes and goals written into team workbooks, and readers of what came out.

import { shareInDrive } from '../../fakes';
import type { Clock } from '../../fakes/clock';
import { folderKeyOf, programKeyOf, teamKeyOf } from '../../src/core/drive-plan';
import type { Goal, SessionNote } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import { blankSessionNote } from '../../src/core/session-note-form';
import { GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { drive, FOLDER_MIME } from '../../src/workspace/drive-api';
import { readFolderStore, recordFolders } from '../../src/workspace/drive-folders-store';
import { readSettings, writeSettings } from '../../src/workspace/program';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, defaultRoster, type Program } from '../support/program';

export interface WeeklyProgram extends Program {
  weeklyFolder(team: string): string;
}

/** A Tier 3 program with both teams' Weekly Meetings folders, made and owned by the coordinator (the Drive owner). */
export function createWeeklyProgram(
  options: { clock?: Clock; updates?: { mode: string; teams: string[]; privacy: string }; teams?: string[] } = {},
): WeeklyProgram {
  const teams = options.teams ?? [ALGEBRA, BIOLOGY];
  const students = defaultRoster().filter((s) => teams.includes(s.team));
  const p = createProgram({ tier: 3, clock: options.clock, students });
  const folders = new Map<string, string>();
  p.run(() => {
    const master = SpreadsheetApp.getActiveSpreadsheet();
    const store = readFolderStore(master);
    const records = teams.map((team) => {
      const id = String(drive().Files.create({ name: `${team} — Weekly Meetings`, mimeType: FOLDER_MIME }).id);
      folders.set(team, id);
      return {
        folder: { key: folderKeyOf(teamKeyOf(programKeyOf(master.getId()), team), 'weeklyMeetings'), team, path: `${team} / Weekly Meetings` },
        id,
        url: `https://drive.google.com/drive/folders/${id}`,
        lastChange: 'created',
      };
    });
    recordFolders(master, store, records);
    const settings = readSettings(master);
    writeSettings(master, {
      ...settings,
      driveOwner: COORDINATOR,
      teacherUpdates: options.updates?.mode,
      teacherUpdateTeams: options.updates?.teams.join('\n'),
      teacherUpdatePrivacy: options.updates?.privacy,
    });
  });
  // Both edit the Weekly Meetings folder (seed 004, Tier 3): the team's teacher and tutors.
  for (const s of students) {
    const folder = folders.get(s.team);
    if (!folder) continue;
    for (const who of [s.teacherEmail, s.tutorEmail]) shareInDrive(p.world, COORDINATOR, folder, who, 'writer');
  }
  p.world.counter.reset();
  return {
    ...p,
    weeklyFolder: (team) => {
      const id = folders.get(team);
      if (!id) throw new Error(`no Weekly Meetings folder for ${team}`);
      return id;
    },
  };
}

/** A session note as a tutor's save leaves it (written straight to the team workbook, as the coordinator). */
export function logNotes(p: Program, team: string, notes: Partial<SessionNote>[]): void {
  p.inTeam(team, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      requireSheet(ss, SESSION_NOTES_TABLE),
      SESSION_NOTES_TABLE,
      notes.map((n, i) =>
        toRecord({
          ...blankSessionNote(n.studentId ?? '', n.date ?? ''),
          noteId: `N-${n.date}-${n.studentId}-${i}`,
          attended: true,
          onTime: true,
          ...n,
        }),
      ),
    );
  });
}

export function addGoals(p: Program, team: string, goals: Partial<Goal>[]): void {
  p.inTeam(team, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    appendRecords(
      requireSheet(ss, GOALS_TABLE),
      GOALS_TABLE,
      goals.map((g, i) =>
        toRecord({
          goalId: `G-${g.studentId}-${i}`,
          studentId: '',
          conferenceDate: '2026-09-08',
          assessment: 'Unit test',
          score: 50,
          goal: 'Score 70 on the unit test',
          target: 70,
          dueDate: '',
          status: 'Active',
          prioritized: false,
          conferenceDocUrl: '',
          ...g,
        }),
      ),
    );
  });
}

/** The agendas in a team's Weekly Meetings folder (not trashed): name, id and plain text. */
export function agendasIn(p: WeeklyProgram, team: string): { id: string; name: string; marker: string; text: string }[] {
  const folder = p.weeklyFolder(team);
  return (
    Object.values(p.world.state.drive)
      .filter((i) => !i.trashed && i.parents.includes(folder))
      .map((i) => ({ id: i.id, name: i.name, marker: i.appProperties.ttWeekly ?? '', text: docText(p, i.id) }))
      // The marker holds the week's ISO Monday: chronological order.
      .sort((a, b) => a.marker.localeCompare(b.marker))
  );
}

/** A document's text as the Docs fake holds it: every paragraph and table cell. */
export function docText(p: Program, id: string): string {
  return p.run(() => {
    const doc = Docs?.Documents.get(id);
    let out = '';
    const walk = (els: GoogleAppsScript.Docs.Schema.StructuralElement[] | undefined) => {
      for (const e of els ?? []) {
        for (const pe of e.paragraph?.elements ?? []) out += pe.textRun?.content ?? '';
        for (const r of e.table?.tableRows ?? []) for (const c of r.tableCells ?? []) walk(c.content);
      }
    };
    walk(doc?.body?.content);
    return out;
  });
}

/** The world as it is now, to put back before each test (one program built per file instead of one per test). */
export function keepWorld(p: Program): () => void {
  const saved = structuredClone(p.world.state);
  return () => {
    p.world.state = structuredClone(saved);
    p.world.counter.reset();
  };
}

/** Settings › Teacher updates, as the coordinator would type them. */
export function setTeacherUpdates(p: Program, updates: { mode: string; teams: string[]; privacy: string }): void {
  p.run(() => {
    const master = SpreadsheetApp.getActiveSpreadsheet();
    writeSettings(master, {
      ...readSettings(master),
      teacherUpdates: updates.mode,
      teacherUpdateTeams: updates.teams.join('\n'),
      teacherUpdatePrivacy: updates.privacy,
    });
  });
  p.world.counter.reset();
}
