// Service calls of provisioning Drive folders and team workbooks for 100 teacher-tutor teams (1 teacher and 3 tutors
// each) per tier: the first run, a re-run with nothing to change, a roster change, the dry run and the access report.

import { SHEETS_TYPES } from '../fakes/counter';
import { planDrive, planSize, programKeyOf, teamsFromRoster } from '../src/core/drive-plan';
import type { Student, Tier } from '../src/core/model';
import { ROSTER_TABLE } from '../src/core/tables';
import { writeAccessReport } from '../src/workspace/drive-access-report';
import { previewProvision, startProvisionJob } from '../src/workspace/drive-provision';
import { runChunk } from '../src/workspace/job-runner';
import { readTable, requireSheet } from '../src/workspace/table-store';
import { aStudent, COORDINATOR, createProgram, type Program } from '../test/support/program';

export interface BenchRow {
  scenario: string;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  driveCalls?: number;
  notes?: string;
}

const TEAMS = 100;
const TUTORS_PER_TEAM = 3;
const STUDENTS_PER_TUTOR = 3;

/** 100 teams × 3 tutors × 3 students = 900 students. */
function roster(): Student[] {
  const out: Student[] = [];
  for (let t = 1; t <= TEAMS; t++) {
    for (let k = 1; k <= TUTORS_PER_TEAM; k++) {
      for (let s = 1; s <= STUDENTS_PER_TUTOR; s++) {
        out.push(
          aStudent({
            studentId: `S${t}-${k}-${s}`,
            name: `Student ${t}-${k}-${s}`,
            team: `Team ${String(t).padStart(3, '0')}`,
            teacherEmail: `teacher${t}@school.example`,
            tutorEmail: `tutor${t}-${k}@tutors.example`,
          }),
        );
      }
    }
  }
  return out;
}

function measure(p: Program, scenario: string, fn: () => void, notes: string): BenchRow {
  const counter = p.world.counter;
  counter.reset();
  fn();
  const calls = counter.snapshot().calls;
  const drive = [
    'Drive.Files.list',
    'Drive.Files.create',
    'Drive.Files.get',
    'Drive.Files.update',
    'Drive.Permissions.create',
    'Drive.Permissions.update',
    'Drive.Permissions.remove',
  ]
    .map((k) => `${k.replace('Drive.', '')} ${calls[k] ?? 0}`)
    .filter((s) => !s.endsWith(' 0'))
    .join(', ');
  return {
    scenario,
    sheetsCalls: counter.countTypes(SHEETS_TYPES),
    cellsRead: counter.cellsRead,
    cellsWritten: counter.cellsWritten,
    // Advanced Drive calls only (DRIVE_TYPES also counts User.getEmail, which Session and sheet protections charge).
    driveCalls: counter.countTypes(['Drive', 'Drive.Files', 'Drive.Permissions']),
    notes: `${notes}; ${drive}`,
  };
}

function runJob(p: Program): number {
  const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  let chunks = 0;
  while (!progress.finished) {
    progress = p.run(() => runChunk(started.jobId));
    chunks++;
  }
  if (progress.errors.length) throw new Error(progress.errors.join('; '));
  return chunks;
}

function tierRows(tier: Tier): BenchRow[] {
  const students = roster();
  // The job runner reads Date.now(): point it at the world's simulated clock, so chunks stop before 6 minutes.
  const realNow = Date.now;
  let now = Date.UTC(2026, 8, 21, 15, 0, 0);
  Date.now = () => now;
  const p = createProgram({
    tier,
    students,
    teamWorkbooks: false,
    clock: {
      now: () => now,
      advance: (ms) => {
        now += ms;
      },
    },
  });
  try {
    const size = planSize(
      planDrive({ programKey: programKeyOf(p.spreadsheetId), programName: 'x', tier, owner: COORDINATOR, teams: teamsFromRoster(students).teams }),
    );
    // Team workbooks: one spreadsheet per team, made by one Drive files.create in Session Notes, tagged in the same call.
    const expected = `plan: ${size.folders} folders + ${size.files} team workbooks, ${size.grants} permissions`;
    const rows: BenchRow[] = [];
    rows.push(
      measure(
        p,
        `Tier ${tier}: dry run, 100 teams, nothing provisioned`,
        () => p.run(() => previewProvision(SpreadsheetApp.getActiveSpreadsheet())),
        expected,
      ),
    );
    let chunks = 0;
    rows.push(measure(p, `Tier ${tier}: first run, 100 teams`, () => (chunks = runJob(p)), expected));
    rows[rows.length - 1].notes += `; ${chunks} chunk(s)`;
    rows.push(
      measure(
        p,
        `Tier ${tier}: re-run, nothing to change`,
        () => runJob(p),
        'no Drive writes: one paged files.list per execution; each team workbook refreshed (settings copy, roster slice, protections)',
      ),
    );
    if (tier === 2) {
      p.run(() => {
        const sheet = requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE);
        const table = readTable(sheet, ROSTER_TABLE);
        // In 10 teams, tutor 1's students move to a new tutor.
        for (const r of table.rows) {
          const m = /^tutor(\d+)-1@/.exec(String(r.record.tutorEmail));
          if (m && Number(m[1]) <= 10) sheet.getRange(r.row, table.index.tutorEmail + 1).setValue(`newtutor${m[1]}@tutors.example`);
        }
      });
      rows.push(
        measure(
          p,
          'Tier 2: roster change (a tutor replaced in 10 teams)',
          () => runJob(p),
          '10 tutors × 4 grants removed, 10 new tutors × 4 grants added; their team workbooks’ slices and protections refreshed',
        ),
      );
    }
    rows.push(
      measure(
        p,
        `Tier ${tier}: access report, 100 teams`,
        () => p.run(() => writeAccessReport(SpreadsheetApp.getActiveSpreadsheet())),
        'one paged files.list',
      ),
    );
    return rows;
  } finally {
    p.close();
    Date.now = realNow;
  }
}

function rows(): BenchRow[] {
  return [...tierRows(1), ...tierRows(2), ...tierRows(3)];
}

export default rows();
