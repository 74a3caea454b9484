// Test-data builders: a fake Workspace with a set-up program workbook and roster, and executions as any user.

import { installGlobals } from '../../fakes';
import type { Clock } from '../../fakes/clock';
import { type ExecutionOptions, FakeWorld } from '../../fakes/world';
import type { ProgramSettings, Student, Tier } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import { ROSTER_TABLE } from '../../src/core/tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
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
  spreadsheetId: string;
  /** Runs one execution as `user` in the workbook (host Sheets, AuthMode.FULL unless told otherwise). */
  as<T>(user: string, fn: () => T, options?: ExecutionOptions): T;
  /** Runs one execution as the coordinator. */
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
  clock?: Clock;
}

/** A fake Workspace holding the coordinator's program workbook, shared (edit) with every teacher and tutor on the roster. */
export function createProgram(options: ProgramOptions = {}): Program {
  const students = options.students ?? defaultRoster();
  const people = [...new Set(students.flatMap((s) => [s.teacherEmail, s.tutorEmail]))];
  const world = new FakeWorld({ users: [COORDINATOR, ...people], clock: options.clock });
  const uninstall = installGlobals(world);
  const spreadsheetId = world.run({ user: COORDINATOR, host: 'sheets' }, () => SpreadsheetApp.create('Northside Tutoring Program').getId());
  const file = world.state.drive[spreadsheetId];
  for (const email of people) file.permissions.push({ id: `perm-${email}`, type: 'user', emailAddress: email, role: 'writer' });

  const as = <T>(user: string, fn: () => T, opts: ExecutionOptions = {}): T => world.run({ user, host: 'sheets', spreadsheetId, ...opts }, fn);
  if (options.setUp !== false) {
    as(COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ensureWorkbook(ss, aSettings({ ...(options.tier ? { tier: options.tier } : {}), ...options.settings }));
      appendRecords(requireSheet(ss, ROSTER_TABLE), ROSTER_TABLE, students.map(toRecord));
    });
  }
  world.counter.reset();
  return {
    world,
    spreadsheetId,
    as,
    run: (fn, opts) => as(COORDINATOR, fn, opts),
    close: uninstall,
  };
}
