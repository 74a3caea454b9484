// Every action at three scales (small, school, district), ours beside two peers written in bench/peers: the per-row /
// per-cell way of hand-written Apps Script, and an autoCrat-style copy-then-replaceText merge. Calls per service, cells,
// projected seconds under the latency model (fakes/counter.ts, bench/LATENCY.md) and 6-minute executions.

import { ManualClock } from '../fakes/clock';
import { DOCS_TYPES, DRIVE_TYPES, SHEETS_TYPES } from '../fakes/counter';
import { parseCsv } from '../src/core/csv';
import { toRecord } from '../src/core/records';
import { blankSessionNote } from '../src/core/session-note-form';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../src/core/tables';
import { MASTER_TABLES, TEAM_TABLES } from '../src/core/workbook-tables';
import { tutorSaveSessionNote, tutorStudentGlance } from '../src/server/tutor';
import { refreshDashboard } from '../src/workspace/dashboard';
import { generateItem, openGenerateChunk } from '../src/workspace/doc-generation';
import { drive } from '../src/workspace/drive-api';
import { applyRosterImport } from '../src/workspace/roster-import';
import { appendRecords, requireSheet } from '../src/workspace/table-store';
import { ensureWorkbook } from '../src/workspace/workbook-setup';
import { COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../test/support/program';
import { type ProgramData, programData, TODAY } from '../test/workspace/dashboard-fixtures';
import { aGoal, seedRecords } from '../test/workspace/template-fixtures';
import { autoCratMerge } from './peers/autocrat';
import { peerDashboard, peerGlance, peerNoteSave, peerRosterImport, peerSetup } from './peers/per-cell';

const SIX_MINUTES_MS = 6 * 60 * 1000;

/** Peers run past 6 minutes (that is the point): their calls are priced, but the clock is held so the fake does not stop them. */
class BenchClock extends ManualClock {
  held = false;
  advance(ms: number): void {
    if (!this.held) super.advance(ms);
  }
}

interface Scale {
  name: string;
  teams: number;
  students: number;
  notesPerStudent: number;
}

export const SCALES: readonly Scale[] = [
  { name: 'small', teams: 1, students: 10, notesPerStudent: 1 },
  { name: 'school', teams: 20, students: 400, notesPerStudent: 20 },
  { name: 'district', teams: 100, students: 5000, notesPerStudent: 10 },
];

export interface ScaleRow {
  scenario: string;
  sheetsCalls: number;
  driveCalls: number;
  docsCalls: number;
  otherCalls: number;
  cellsRead: number;
  cellsWritten: number;
  seconds: string;
  executions: number;
  ratio?: string;
  notes?: string;
}

interface Measured {
  row: ScaleRow;
  total: number;
}

function measure(program: Program, clock: BenchClock, scenario: string, fn: () => void, held = false): Measured {
  const c = program.world.counter;
  c.reset();
  clock.held = held;
  try {
    fn();
  } finally {
    clock.held = false;
  }
  const sheets = c.countTypes(SHEETS_TYPES);
  const drive = c.countTypes(DRIVE_TYPES);
  const docs = c.countTypes(DOCS_TYPES);
  const ms = c.simulatedMs;
  return {
    total: c.total,
    row: {
      scenario,
      sheetsCalls: sheets,
      driveCalls: drive,
      docsCalls: docs,
      otherCalls: c.total - sheets - drive - docs,
      cellsRead: c.cellsRead,
      cellsWritten: c.cellsWritten,
      seconds: (ms / 1000).toFixed(1),
      executions: Math.max(1, Math.ceil(ms / SIX_MINUTES_MS)),
    },
  };
}

/** Ours and the peer for one action, the peer's row carrying the ratio of its calls to ours. */
function pair(ours: Measured, peer: Measured, peerName: string): ScaleRow[] {
  const ratio = ours.total === 0 ? '—' : `${(peer.total / ours.total).toFixed(1)}× our calls`;
  return [ours.row, { ...peer.row, scenario: `  ${peerName}`, ratio }];
}

function teamNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Team ${String(i + 1).padStart(3, '0')}`);
}

/** Each team's records appended to its workbook (createProgram has written the rosters). */
function seedTeams(program: Program, data: ProgramData, teams: readonly string[]): void {
  const teamOf = new Map(data.students.map((s) => [s.studentId, s.team]));
  for (const team of teams) {
    const mine = <T extends { studentId: string }>(rows: readonly T[]) => rows.filter((r) => teamOf.get(r.studentId) === team).map(toRecord);
    program.run(() => {
      const ss = SpreadsheetApp.openById(program.teamWorkbookId(team));
      appendRecords(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, mine(data.goals));
      appendRecords(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, mine(data.steps));
      appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, mine(data.checkOffs));
      appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, mine(data.notes));
    });
  }
  program.world.counter.reset();
}

function scaleRows(scale: Scale): ScaleRow[] {
  const clock = new BenchClock();
  const teams = teamNames(scale.teams);
  const data = programData(scale.students, scale.notesPerStudent, teams);
  const program = createProgram({ students: data.students, clock });
  const out: ScaleRow[] = [];
  const label = (action: string) => `${scale.name}: ${action}`;
  try {
    seedTeams(program, data, teams);
    const team = teams[0];
    const student = data.students[0].studentId;

    // Setup of a new team workbook (first run and re-run), and the peer setting up the same sheets cell by cell.
    const fresh = program.run(() => SpreadsheetApp.create('Fresh team workbook').getId());
    const first = measure(program, clock, label('setup, first run (team workbook)'), () =>
      program.run(() => ensureWorkbook(SpreadsheetApp.openById(fresh), undefined, TEAM_TABLES)),
    );
    const rerun = measure(program, clock, label('setup, re-run'), () =>
      program.run(() => ensureWorkbook(SpreadsheetApp.openById(fresh), undefined, TEAM_TABLES)),
    );
    const peerBook = program.run(() => SpreadsheetApp.create('Peer workbook').getId());
    const peerFirst = measure(program, clock, '', () => program.run(() => peerSetup(SpreadsheetApp.openById(peerBook), TEAM_TABLES)), true);
    out.push(...pair(first, peerFirst, 'per-cell peer: setup'), rerun.row);

    // A tutor's session-note save and glance in her team workbook. The seeded logs were written without the Row Index
    // (as by older code): the first glance makes it once (bench/tutor-save shows that cost); what follows is steady.
    program.inTeam(team, TUTOR_ANA, () => tutorStudentGlance(student));
    const note = { ...blankSessionNote(student, '2026-11-04'), objective: 'Two-step equations' };
    const save = measure(program, clock, label('session-note save (no check-offs)'), () =>
      program.inTeam(team, TUTOR_ANA, () => {
        const r = tutorSaveSessionNote(note);
        if (!r.ok) throw new Error(JSON.stringify(r));
      }),
    );
    const noteRow = Object.values(toRecord({ ...note, noteId: 'N-peer', tutorEmail: TUTOR_ANA }) as Record<string, unknown>);
    const peerSave = measure(
      program,
      clock,
      '',
      () => program.inTeam(team, TUTOR_ANA, () => peerNoteSave(SpreadsheetApp.getActiveSpreadsheet(), noteRow, [], student)),
      true,
    );
    out.push(...pair(save, peerSave, 'per-cell peer: note save'));
    const glance = measure(program, clock, label('student at a glance'), () => program.inTeam(team, TUTOR_ANA, () => tutorStudentGlance(student)));
    const peerGl = measure(
      program,
      clock,
      '',
      () => program.inTeam(team, TUTOR_ANA, () => peerGlance(SpreadsheetApp.getActiveSpreadsheet(), student)),
      true,
    );
    out.push(...pair(glance, peerGl, 'per-cell peer: glance'));

    // The coordinator's dashboard over every team workbook.
    const dash = measure(program, clock, label(`dashboard refresh (${scale.teams} team workbooks)`), () =>
      program.run(() => refreshDashboard(SpreadsheetApp.getActiveSpreadsheet(), TODAY)),
    );
    const ids = teams.map((t) => program.teamWorkbookId(t));
    const peerDash = measure(program, clock, '', () => program.run(() => peerDashboard(SpreadsheetApp.getActiveSpreadsheet(), ids)), true);
    out.push(...pair(dash, peerDash, 'per-cell peer: dashboard'));

    // Importing as many new students as the scale holds.
    const lines = ['Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email'];
    const newRows: string[][] = [];
    for (let i = 0; i < scale.students; i++) {
      const row = [`9${String(i).padStart(5, '0')}`, `New ${i}`, '9', 'Math', team, TEACHER_RIVERA, TUTOR_BEN];
      lines.push(row.join(','));
      newRows.push(row);
    }
    const rows = parseCsv(lines.join('\n')).rows;
    const imp = measure(program, clock, label(`roster import (${scale.students} new students)`), () =>
      program.run(() => {
        applyRosterImport(SpreadsheetApp.getActiveSpreadsheet(), { source: { kind: 'rows', rows }, allowNewTeams: false }, false);
      }),
    );
    const peerImp = measure(program, clock, '', () => program.run(() => peerRosterImport(SpreadsheetApp.getActiveSpreadsheet(), newRows)), true);
    out.push(...pair(imp, peerImp, 'per-cell peer: roster import'));
  } finally {
    program.close();
  }
  return out;
}

/** One generated goal-setting conference document (steady state, in a chunk that has read the workbook) and the autoCrat merge. */
function documentRows(): ScaleRow[] {
  const clock = new BenchClock();
  const data = programData(3, 1);
  const program = createProgram({ tier: 3, students: data.students, clock });
  try {
    seedRecords(program, { goals: data.students.map((s) => aGoal({ goalId: `G-${s.studentId}`, studentId: s.studentId })) });
    const params = { templateId: 'goal-setting-conference' as const, date: '2026-09-21', keys: [], spreadsheetId: program.spreadsheetId };
    const [a, b] = data.students.map((s) => `student:${s.studentId}`);
    let ours: Measured | undefined;
    program.run(() => {
      const chunk = openGenerateChunk(params);
      generateItem(a, params, chunk);
      ours = measure(program, clock, 'a generated goal-setting conference document', () => generateItem(b, params, chunk));
    });
    // autoCrat: a template with as many {{tags}} as ours merges, copied into a folder per document.
    const tags = Array.from({ length: 30 }, (_, i) => `field${i}`);
    const { templateId, folderId } = program.run(() => {
      const made = drive().Files.create({ name: 'autoCrat template', mimeType: 'application/vnd.google-apps.document' });
      const doc = DocumentApp.openById(String(made.id));
      doc.getBody().appendParagraph(tags.map((t) => `${t}: {{${t}}}`).join('\n'));
      doc.saveAndClose();
      const folder = drive().Files.create({ name: 'Merged', mimeType: 'application/vnd.google-apps.folder' });
      return { templateId: doc.getId(), folderId: String(folder.id) };
    });
    const values = Object.fromEntries(tags.map((t) => [t, `value of ${t}`]));
    const peer = measure(program, clock, '', () => program.run(() => autoCratMerge(templateId, folderId, 'Merged doc', values)), true);
    if (!ours) throw new Error('document bench did not run');
    return pair(ours, peer, 'autoCrat peer: copy + 30 replaceText');
  } finally {
    program.close();
  }
}

const only = process.env.BENCH_SCALES?.split(',');
const rows: ScaleRow[] = [...SCALES.filter((s) => !only || only.includes(s.name)).flatMap(scaleRows), ...documentRows()];
void COORDINATOR;
void MASTER_TABLES;

export default rows;
