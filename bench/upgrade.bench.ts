// Service calls and executions of upgrading a single-workbook program of 5,000 students and 50,000 session notes
// (50 teams of 100 students) to a master plus 50 team workbooks: the dry run, then the resumable job.

import { SHEETS_TYPES } from '../fakes/counter';
import { grantAtLeast } from '../fakes/drive/sharing';
import type { Student } from '../src/core/model';
import type { TableRecord } from '../src/core/table';
import { UPGRADE_TABLES } from '../src/core/upgrade/upgrade-plan';
import { runChunk } from '../src/workspace/job-runner';
import { appendRecords, requireSheet } from '../src/workspace/table-store';
import { countStudentRows } from '../src/workspace/team/move-records';
import { readTeamWorkbooks } from '../src/workspace/team/team-directory';
import { previewUpgrade, startUpgradeJob } from '../src/workspace/upgrade/upgrade';
import { ensureTable } from '../src/workspace/workbook-setup';
import { aStudent, COORDINATOR, createProgram, type Program } from '../test/support/program';

export interface BenchRow {
  scenario: string;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  driveCalls?: number;
  notes?: string;
}

const TEAMS = 50;
const TUTORS_PER_TEAM = 5;
const STUDENTS_PER_TUTOR = 20;
const NOTES_PER_STUDENT = 10;

function roster(): Student[] {
  const out: Student[] = [];
  for (let t = 1; t <= TEAMS; t++)
    for (let k = 1; k <= TUTORS_PER_TEAM; k++)
      for (let s = 1; s <= STUDENTS_PER_TUTOR; s++)
        out.push(
          aStudent({
            studentId: `S${t}-${k}-${s}`,
            name: `Student ${t}-${k}-${s}`,
            team: `Team ${String(t).padStart(3, '0')}`,
            teacherEmail: `teacher${t}@school.example`,
            tutorEmail: `tutor${t}-${k}@tutors.example`,
          }),
        );
  return out;
}

/** Per student: a goal, two action steps, a conference, ten session notes and ten check-offs; a question per tutor. */
function logs(students: readonly Student[]): Record<string, TableRecord[]> {
  const out: Record<string, TableRecord[]> = Object.fromEntries(UPGRADE_TABLES.map((t) => [t.name, []]));
  for (const s of students) {
    const id = s.studentId;
    out.Goals.push({
      goalId: `G-${id}`,
      studentId: id,
      conferenceDate: '2026-09-14',
      goal: 'Score 70 on the unit test',
      target: 70,
      status: 'Active',
    });
    for (const n of [1, 2])
      out['Action Steps'].push({ stepId: `S-${id}-${n}`, goalId: `G-${id}`, studentId: id, action: 'Practice on Mondays', status: 'Open' });
    out.Conferences.push({ conferenceId: `C-${id}`, studentId: id, tutorEmail: s.tutorEmail, conferenceDate: '2026-09-14', goalId: `G-${id}` });
    for (let n = 1; n <= NOTES_PER_STUDENT; n++) {
      const date = `2026-10-${String(n).padStart(2, '0')}`;
      out['Session Notes'].push({
        noteId: `N-${id}-${n}`,
        date,
        startTime: '15:30',
        studentId: id,
        tutorEmail: s.tutorEmail,
        objective: 'Ratios',
        attended: true,
      });
      out['Step Check-offs'].push({ date, stepId: `S-${id}-1`, studentId: id, tutorEmail: s.tutorEmail, done: n % 2 === 0, noteId: `N-${id}-${n}` });
    }
    if (id.endsWith('-1'))
      out.Questions.push({
        messageId: `Q-${id}`,
        threadId: `Q-${id}`,
        studentId: id,
        team: s.team,
        author: s.tutorEmail,
        authorRole: 'Tutor',
        text: 'Which unit?',
        status: 'Open',
      });
  }
  return out;
}

function measure(p: Program, scenario: string, fn: () => string): BenchRow {
  const counter = p.world.counter;
  counter.reset();
  const notes = fn();
  const calls = counter.snapshot().calls;
  const drive = ['Drive.Files.list', 'Drive.Files.create', 'Drive.Files.get', 'Drive.Permissions.create']
    .map((k) => `${k.replace('Drive.', '')} ${calls[k] ?? 0}`)
    .filter((s) => !s.endsWith(' 0'))
    .join(', ');
  return {
    scenario,
    sheetsCalls: counter.countTypes(SHEETS_TYPES),
    cellsRead: counter.cellsRead,
    cellsWritten: counter.cellsWritten,
    driveCalls: counter.countTypes(['Drive', 'Drive.Files', 'Drive.Permissions']),
    notes: `${notes}${drive ? `; ${drive}` : ''}`,
  };
}

function rows(): BenchRow[] {
  const students = roster();
  const data = logs(students);
  // The job runner reads Date.now(): point it at the world's simulated clock, so chunks stop before 6 minutes.
  const realNow = Date.now;
  let now = Date.UTC(2026, 9, 20, 15, 0, 0);
  Date.now = () => now;
  const p = createProgram({
    tier: 2,
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
    p.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      for (const schema of UPGRADE_TABLES) {
        ensureTable(ss, schema);
        appendRecords(requireSheet(ss, schema), schema, data[schema.name]);
      }
    });
    const master = p.world.state.drive[p.masterId];
    for (const s of students) for (const e of [s.tutorEmail, s.teacherEmail]) grantAtLeast(p.world, master, e, 'writer', false);
    const before = Object.fromEntries(UPGRADE_TABLES.map((t) => [t.name, data[t.name].length]));
    const total = (r: Record<string, number>) =>
      Object.entries(r)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ');
    const out: BenchRow[] = [];
    out.push(
      measure(p, `dry run: ${students.length} students, ${TEAMS} teams`, () => {
        const preview = p.run(() => previewUpgrade(SpreadsheetApp.getActiveSpreadsheet()));
        return `1 execution; ${preview.teams.length} team workbooks to create, ${preview.removeFromMaster.length} people lose the master`;
      }),
    );
    out.push(
      measure(p, `upgrade: ${students.length} students, ${data['Session Notes'].length} notes, ${TEAMS} teams`, () => {
        const started = p.run(() => startUpgradeJob(SpreadsheetApp.getActiveSpreadsheet(), COORDINATOR));
        let progress = started;
        let executions = 1;
        while (!progress.finished) {
          progress = p.run(() => runChunk(started.jobId));
          executions++;
        }
        if (progress.errors.length) throw new Error(progress.errors.join('; '));
        return `${executions} executions (start + ${executions - 1} chunks); moved ${total(before)}`;
      }),
    );
    // Row counts before and after, asserted: every team workbook's rows summed per table equal the master's.
    const after: Record<string, number> = Object.fromEntries(UPGRADE_TABLES.map((t) => [t.name, 0]));
    p.run(() => {
      for (const ref of readTeamWorkbooks(SpreadsheetApp.getActiveSpreadsheet())) {
        const ids = students.filter((s) => s.team === ref.team).map((s) => s.studentId);
        const counts = countStudentRows(SpreadsheetApp.openById(ref.spreadsheetId), ids, UPGRADE_TABLES);
        for (const [k, v] of Object.entries(counts)) after[k] += v;
      }
    });
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`row counts differ: before ${total(before)}; after ${total(after)}`);
    out[1].notes += '; row counts equal before and after';
    return out;
  } finally {
    p.close();
    Date.now = realNow;
  }
}

export default rows();
