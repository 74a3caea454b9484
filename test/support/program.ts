// Test-data builders: a fake Workspace with a set-up program workbook and roster, and executions as any user.

import { installGlobals, shareInDrive } from '../../fakes';
import type { Clock } from '../../fakes/clock';
import { type ExecutionOptions, FakeWorld } from '../../fakes/world';
import type { ProgramSettings, Student, Tier } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import { ROSTER_TABLE } from '../../src/core/tables';
import { teamPeople } from '../../src/core/team/team-sheets';
import { drive } from '../../src/workspace/drive-api';
import { readFolderStore, recordFolders } from '../../src/workspace/drive-folders-store';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { teamWorkbookKey } from '../../src/workspace/team/team-directory';
import { setUpTeamWorkbook } from '../../src/workspace/team/team-workbook';
import { ensureWorkbook } from '../../src/workspace/workbook-setup';

export const COORDINATOR = 'coordinator@school.example';
export const TEACHER_RIVERA = 'ms.rivera@school.example';
export const TEACHER_OKAFOR = 'mr.okafor@school.example';
export const TUTOR_ANA = 'tutor.ana@school.example';
export const TUTOR_BEN = 'tutor.ben@school.example';
export const TUTOR_CHEN = 'tutor.chen@school.example';
export const ALGEBRA = 'Algebra 1 - Period 2';
export const BIOLOGY = 'Biology - Period 4';

export function aSettings(overrides: Partial<ProgramSettings> = {}): ProgramSettings {
  return {
    programName: 'Northside High Tutoring',
    tier: 2,
    setting: 'In-School',
    takeUp: 'Mandatory',
    dosage: 3,
    ratio: 'Small Groups',
    termStart: '2026-09-07',
    termEnd: '2026-12-18',
    driveRootFolderId: '',
    coordinators: [COORDINATOR],
    driveOwner: '',
    team: '',
    masterWorkbookId: '',
    ...overrides,
  };
}

export function aStudent(overrides: Partial<Student> = {}): Student {
  return {
    studentId: '00101',
    name: 'Maya Johnson',
    grade: '9',
    subject: 'Math',
    team: ALGEBRA,
    teacherEmail: TEACHER_RIVERA,
    tutorEmail: TUTOR_ANA,
    familyContact: 'Ms. Johnson (mother), 555-0101',
    active: true,
    ...overrides,
  };
}

/** Six students in two teams: Ana and Ben tutor Algebra (Ms. Rivera), Chen tutors Biology (Mr. Okafor). */
export function defaultRoster(): Student[] {
  return [
    aStudent(),
    aStudent({ studentId: '00102', name: 'Luis Ortega', tutorEmail: TUTOR_ANA, familyContact: 'Mr. Ortega, 555-0102' }),
    aStudent({ studentId: '00103', name: 'Aisha Bello', tutorEmail: TUTOR_BEN, familyContact: 'Mrs. Bello, 555-0103' }),
    aStudent({ studentId: '00104', name: 'Noah Kim', tutorEmail: TUTOR_BEN, grade: '10' }),
    aStudent({ studentId: '00201', name: 'Zoe Carter', team: BIOLOGY, subject: 'Science', teacherEmail: TEACHER_OKAFOR, tutorEmail: TUTOR_CHEN }),
    aStudent({ studentId: '00202', name: 'Omar Haddad', team: BIOLOGY, subject: 'Science', teacherEmail: TEACHER_OKAFOR, tutorEmail: TUTOR_CHEN }),
  ];
}

export interface Program {
  world: FakeWorld;
  /** The coordinators' master workbook (shared with no tutor or teacher). */
  spreadsheetId: string;
  masterId: string;
  /** The team workbook of `team` (made unless `teamWorkbooks: false`). */
  teamWorkbookId(team: string): string;
  /** Runs one execution as `user` in the master workbook (host Sheets, AuthMode.FULL unless told otherwise). */
  as<T>(user: string, fn: () => T, options?: ExecutionOptions): T;
  /** Runs one execution as `user` in the team's workbook. */
  inTeam<T>(team: string, user: string, fn: () => T, options?: ExecutionOptions): T;
  /** Runs one execution as the coordinator in the master. */
  run<T>(fn: () => T, options?: ExecutionOptions): T;
  /** Removes the fake globals. */
  close(): void;
}

export interface ProgramOptions {
  tier?: Tier;
  settings?: Partial<ProgramSettings>;
  students?: Student[];
  /** false: an empty spreadsheet, setup not run. */
  setUp?: boolean;
  /** false: no team workbooks (the master only, as before provisioning). */
  teamWorkbooks?: boolean;
  clock?: Clock;
}

/**
 * A fake Workspace holding the coordinator's master workbook (shared with nobody) and, unless told otherwise, one team
 * workbook per team made by the coordinator's add-on and shared as provisioning shares it: the team's tutors edit,
 * the teacher views (Tier 1) or edits under whole-sheet protections (Tiers 2-3, Questions only).
 */
export function createProgram(options: ProgramOptions = {}): Program {
  const students = options.students ?? defaultRoster();
  const people = [...new Set(students.flatMap((s) => [s.teacherEmail, s.tutorEmail]))];
  const world = new FakeWorld({ users: [COORDINATOR, ...people], clock: options.clock });
  const uninstall = installGlobals(world);
  const spreadsheetId = world.run({ user: COORDINATOR, host: 'sheets' }, () => SpreadsheetApp.create('Northside Tutoring Program').getId());
  // Fellow coordinators edit the master: the coordinator shares it with them (and with nobody else).
  const settingsCoordinators = options.settings?.coordinators ?? [];
  for (const c of settingsCoordinators) if (c.toLowerCase() !== COORDINATOR) shareInDrive(world, COORDINATOR, spreadsheetId, c, 'writer');
  const teamIds = new Map<string, string>();
  const as = <T>(user: string, fn: () => T, opts: ExecutionOptions = {}): T => world.run({ user, host: 'sheets', spreadsheetId, ...opts }, fn);
  const teamWorkbookId = (team: string): string => {
    const id = teamIds.get(team.toLowerCase());
    if (!id) throw new Error(`test program: no team workbook for ${team}`);
    return id;
  };
  const settings = aSettings({ ...(options.tier ? { tier: options.tier } : {}), ...options.settings });
  if (options.setUp !== false) {
    as(COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ensureWorkbook(ss, settings);
      appendRecords(requireSheet(ss, ROSTER_TABLE), ROSTER_TABLE, students.map(toRecord));
    });
    if (options.teamWorkbooks !== false) {
      for (const team of [...new Set(students.map((s) => s.team))]) {
        const id = as(COORDINATOR, () => makeTeamWorkbook(SpreadsheetApp.getActiveSpreadsheet(), settings, team, students));
        teamIds.set(team.toLowerCase(), id);
      }
    }
  }
  world.counter.reset();
  return {
    world,
    spreadsheetId,
    masterId: spreadsheetId,
    teamWorkbookId,
    as,
    inTeam: (team, user, fn, opts = {}) => world.run({ user, host: 'sheets', spreadsheetId: teamWorkbookId(team), ...opts }, fn),
    run: (fn, opts) => as(COORDINATOR, fn, opts),
    close: uninstall,
  };
}

/** What provisioning does for one team, without its folders: create the file, share it, set it up, list it in the master. */
function makeTeamWorkbook(master: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: ProgramSettings, team: string, all: Student[]): string {
  const students = all.filter((s) => s.team === team);
  const api = drive();
  const file = api.Files.create(
    { name: `${team} — Team workbook`, mimeType: 'application/vnd.google-apps.spreadsheet' },
    null as unknown as GoogleAppsScript.Base.Blob,
    {
      fields: 'id',
    },
  );
  const id = String(file.id);
  const { tutors, teachers } = teamPeople(students);
  for (const tutor of tutors) api.Permissions.create({ type: 'user', role: 'writer', emailAddress: tutor }, id, { sendNotificationEmail: false });
  for (const teacher of teachers) {
    api.Permissions.create({ type: 'user', role: settings.tier >= 2 ? 'writer' : 'reader', emailAddress: teacher }, id, {
      sendNotificationEmail: false,
    });
  }
  setUpTeamWorkbook(SpreadsheetApp.openById(id), { settings, masterWorkbookId: master.getId(), team, students });
  const store = readFolderStore(master);
  recordFolders(master, store, [
    {
      folder: { key: teamWorkbookKey(master.getId(), team), team, path: `${team} / Session Notes / ${team} — Team workbook` },
      id,
      url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
      lastChange: 'created',
    },
  ]);
  return id;
}
