// Test-data builders for documents and lesson materials: goals, steps and session notes in the team workbooks, the
// team folders provisioning leaves, and doc reading.

import type { DocElementState } from '../../fakes/docs/state';
import type { FakeWorld } from '../../fakes/world';
import { type FolderKind, folderKeyOf, programKeyOf, teamKeyOf } from '../../src/core/drive-plan';
import { DRIVE_FOLDERS_TABLE } from '../../src/core/drive-tables';
import type { ActionStep, Goal, ProgramSettings, SessionNote, Student, Tier } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import type { TableRecord } from '../../src/core/table';
import { ACTION_STEPS_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE, SETTINGS_TABLE } from '../../src/core/tables';
import { FOLDER_MIME, PROP } from '../../src/workspace/drive-api';
import { readRoster } from '../../src/workspace/program';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ensureTable } from '../../src/workspace/workbook-setup';
import { ALGEBRA, aStudent, COORDINATOR, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';

export function aGoal(over: Partial<Goal> = {}): Goal {
  return {
    goalId: 'G-00101',
    studentId: '00101',
    conferenceDate: '2026-09-01',
    assessment: 'Unit 1 test',
    score: 42,
    goal: 'Score 70 on the Unit 2 test',
    target: 70,
    dueDate: '2026-10-02',
    status: 'Active',
    prioritized: false,
    conferenceDocUrl: '',
    ...over,
  };
}

export function aNote(over: Partial<SessionNote> = {}): SessionNote {
  return {
    noteId: 'N-1',
    date: '2026-09-10',
    startTime: '15:00',
    endTime: '15:45',
    studentId: '00101',
    tutorEmail: TUTOR_ANA,
    objective: 'Solve two-step equations',
    rationale: 'Unit 2 test',
    degreeAccomplished: 3,
    topicsSkills: 'inverse operations',
    materials: '',
    assignments: '',
    assessmentData: '',
    attended: true,
    onTime: true,
    engagement: 'asked questions',
    focusMotivation: 'High',
    promptingNeeded: 'Low',
    followThrough: 'Yes',
    followThroughWhy: '',
    studentShared: '',
    questionsForTeacher: '',
    ...over,
  };
}

/**
 * Writes goals, action steps and session notes into the team workbook of each record's student (one execution per
 * team, as the coordinator).
 */
export function seedRecords(program: Program, records: { goals?: Goal[]; steps?: ActionStep[]; notes?: SessionNote[] }): void {
  const teamOf = new Map(program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet())).map((s) => [s.studentId, s.team]));
  const teams = new Set([...(records.goals ?? []), ...(records.steps ?? []), ...(records.notes ?? [])].map((r) => teamOf.get(r.studentId) ?? ''));
  for (const team of teams) {
    const mine = <T extends { studentId: string }>(rows: T[] | undefined) => (rows ?? []).filter((r) => teamOf.get(r.studentId) === team);
    program.inTeam(team, COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const goals = mine(records.goals);
      const steps = mine(records.steps);
      const notes = mine(records.notes);
      if (goals.length) appendRecords(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, goals.map(toRecord));
      if (steps.length) appendRecords(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, steps.map(toRecord));
      if (notes.length) appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, notes.map(toRecord));
    });
  }
  program.world.counter.reset();
}

/**
 * What provisioning leaves for filing documents: each team's folder, Session Notes and Weekly Meetings, created by the
 * coordinator's add-on with the Drive API (so only the coordinator's add-on reaches them) and listed in the master's
 * Drive Folders sheet; the coordinator is recorded as the Drive owner. Returns the folder ids by "team|kind".
 */
export function provisionFolders(program: Program, teams: string[]): Map<string, string> {
  const ids = new Map<string, string>();
  program.run(() => {
    const master = SpreadsheetApp.getActiveSpreadsheet();
    const programKey = programKeyOf(master.getId());
    const rows: TableRecord[] = [];
    for (const team of teams) {
      const teamKey = teamKeyOf(programKey, team);
      const folder = (name: string, parent?: string) =>
        String(Drive?.Files.create({ name, mimeType: FOLDER_MIME, ...(parent ? { parents: [parent] } : {}) }).id);
      const teamId = folder(team);
      const kinds: [string, string][] = [
        ['team', teamId],
        ['sessionNotes', folder('Session Notes', teamId)],
        ['weeklyMeetings', folder('Weekly Meetings', teamId)],
      ];
      for (const [kind, id] of kinds) {
        ids.set(`${team}|${kind}`, id);
        rows.push({ planKey: `${teamKey}.${kind}`, team, path: `${team} / ${kind}`, folderId: id, url: '', lastChange: 'created' });
      }
    }
    ensureTable(master, DRIVE_FOLDERS_TABLE);
    appendRecords(requireSheet(master, DRIVE_FOLDERS_TABLE), DRIVE_FOLDERS_TABLE, rows);
    writeSetting(master, 'driveOwner', COORDINATOR);
  });
  program.world.counter.reset();
  return ids;
}

/**
 * What provisioning leaves for teachers to share into, for one team, made by the coordinator's add-on with the Drive
 * API (so only the coordinator's add-on holds a grant): the team folder (everyone views), Classroom Materials (the
 * teacher edits; tutors view at Tier 1 and comment at Tiers 2-3) with Lesson Plans and Assessments, and Session Notes.
 * Returns the folder ids by kind.
 */
export function provisionMaterials(program: Program, team: string, tier: Tier, teacher: string, tutors: string[]): Record<string, string> {
  const ids = program.run(() => {
    const api = Drive as GoogleAppsScript.Drive;
    const programKey = programKeyOf(program.masterId);
    const teamKey = teamKeyOf(programKey, team);
    const make = (kind: Exclude<FolderKind, 'root'>, name: string, parent?: string) =>
      String(
        api.Files.create({
          name,
          mimeType: FOLDER_MIME,
          ...(parent ? { parents: [parent] } : {}),
          appProperties: { [PROP.planKey]: folderKeyOf(teamKey, kind), [PROP.program]: programKey, [PROP.team]: teamKey, [PROP.kind]: kind },
        }).id,
      );
    const share = (id: string, who: string, role: string) =>
      api.Permissions.create({ type: 'user', role, emailAddress: who }, id, { sendNotificationEmail: false });
    const out: Record<string, string> = { team: make('team', team) };
    for (const who of [teacher, ...tutors]) share(out.team, who, 'reader');
    out.materials = make('materials', 'Classroom Materials', out.team);
    share(out.materials, teacher, 'writer');
    if (tier >= 2) for (const tutor of tutors) share(out.materials, tutor, 'commenter');
    out.lessonPlans = make('lessonPlans', 'Lesson Plans', out.materials);
    out.assessments = make('assessments', 'Assessments', out.materials);
    out.sessionNotes = make('sessionNotes', 'Session Notes', out.team);
    return out;
  });
  program.world.counter.reset();
  return ids;
}

/** Sets one Settings value in the workbook (the Settings sheet is "Setting | Value" rows). */
export function writeSetting(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, key: keyof ProgramSettings, value: string): void {
  const header = SETTINGS_TABLE.columns.find((c) => c.key === key)?.header ?? key;
  const sheet = requireSheet(ss, SETTINGS_TABLE);
  const labels = sheet
    .getRange(1, 1, sheet.getLastRow(), 1)
    .getValues()
    .map((r) => String(r[0]));
  const row = labels.findIndex((l) => l.trim().toLowerCase() === header.toLowerCase());
  if (row < 0) throw new Error(`no Settings row for ${header}`);
  sheet.getRange(row + 1, 2).setValue(value);
}

/** `n` students in teams of 25 (for batch tests at realistic scale). */
export function manyStudents(n: number): Student[] {
  return Array.from({ length: n }, (_, i) => {
    const id = String(10001 + i);
    return aStudent({
      studentId: id,
      name: `Student ${id}`,
      team: i < 25 ? ALGEBRA : `Team ${Math.floor(i / 25)}`,
      teacherEmail: TEACHER_RIVERA,
      tutorEmail: TUTOR_ANA,
    });
  });
}

type Table = Extract<DocElementState, { type: 'TABLE' }>;

/** A document's body as the tests read it: headings with their level, tables, and all text. */
export function readDoc(world: FakeWorld, id: string) {
  const doc = world.state.documents[id];
  if (!doc) throw new Error(`no document ${id}`);
  const body = doc.body;
  return {
    name: world.state.drive[id]?.name ?? doc.name,
    body,
    headings: (level: string) => body.filter((e) => e.type === 'PARAGRAPH' && e.heading === level).map((e) => (e as { text: string }).text),
    tables: body.filter((e): e is Table => e.type === 'TABLE').map((t) => t.rows),
    text: body.map((e) => (e.type === 'TABLE' ? e.rows.flat().join('\n') : 'text' in e ? e.text : '')).join('\n'),
  };
}
