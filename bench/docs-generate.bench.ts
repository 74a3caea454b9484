// Service calls of generating template documents from the master: per document (warm chunk), per chunk start, per
// team workbook first reached, and a whole batch of 300 goal-setting conference docs driven chunk by chunk as the
// dialog does.

import { DOCS_TYPES, DRIVE_TYPES, SHEETS_TYPES } from '../fakes/counter';
import type { JobProgress } from '../src/core/job';
import type { TemplateId } from '../src/core/templates/model';
import { runJobChunk } from '../src/server/jobs';
import { copyTemplateForProgram, startGenerateDocs } from '../src/server/templates';
import { generateItem, openGenerateChunk } from '../src/workspace/doc-generation';
import { ALGEBRA, createProgram, type Program } from '../test/support/program';
import { aGoal, aNote, manyStudents, seedRecords } from '../test/workspace/template-fixtures';

export interface BenchRow {
  scenario: string;
  sheetsCalls: number;
  cellsRead: number;
  cellsWritten: number;
  driveCalls?: number;
  /** DocumentApp calls plus Advanced Docs (Docs.Documents) calls. */
  docsCalls?: number;
  /** Simulated milliseconds under the fakes' latency model (fakes/counter.ts DEFAULT_LATENCY). */
  simulatedMs?: number;
  notes?: string;
}

const DATE = '2026-09-21';

function row(program: Program, scenario: string, notes?: string): BenchRow {
  const c = program.world.counter;
  return {
    scenario,
    sheetsCalls: c.countTypes(SHEETS_TYPES),
    cellsRead: c.cellsRead,
    cellsWritten: c.cellsWritten,
    driveCalls: c.countTypes(DRIVE_TYPES),
    docsCalls: c.countTypes(DOCS_TYPES) + c.count('Docs.Documents.batchUpdate') + c.count('Docs.Documents.get'),
    simulatedMs: c.simulatedMs,
    notes: [notes, `${(c.simulatedMs / 1000).toFixed(1)} s under fakes/counter.ts DEFAULT_LATENCY`].filter(Boolean).join('; '),
  };
}

/** One document in a chunk that has already read the workbook (the steady-state cost per document). */
function perDocument(program: Program, templateId: TemplateId, warmKey: string, key: string, scenario: string, notes?: string): BenchRow {
  const params = { templateId, date: DATE, keys: [], spreadsheetId: program.spreadsheetId };
  program.run(() => {
    const chunk = openGenerateChunk(params);
    generateItem(warmKey, params, chunk);
    program.world.counter.reset();
    generateItem(key, params, chunk);
  });
  return row(program, scenario, notes);
}

function seeded(students = manyStudents(300)): Program {
  const program = createProgram({ tier: 3, students });
  seedRecords(program, {
    goals: students.map((s) => aGoal({ goalId: `G-${s.studentId}`, studentId: s.studentId })),
    notes: students.flatMap((s) => [
      aNote({ noteId: `N1-${s.studentId}`, studentId: s.studentId, date: '2026-09-15' }),
      aNote({ noteId: `N2-${s.studentId}`, studentId: s.studentId, date: '2026-09-17' }),
    ]),
  });
  return program;
}

function rows(): BenchRow[] {
  const out: BenchRow[] = [];
  const program = seeded();
  try {
    out.push(
      perDocument(
        program,
        'goal-setting-conference',
        'student:10001',
        'student:10002',
        'Goal-setting conference doc, per document (link written back to the goal)',
      ),
    );
    out.push(perDocument(program, 'mentoring-session-plan', 'student:10001', 'student:10002', 'Mentoring session plan, per document'));
    out.push(
      perDocument(
        program,
        'tier3-weekly-meeting',
        `team:Team 1`,
        `team:${ALGEBRA}`,
        'Tier 3 weekly agenda, per team (25 students, 50 notes)',
        "includes opening and reading that team's workbook",
      ),
    );
    program.world.counter.reset();
    program.run(() => {
      const params = { templateId: 'goal-setting-conference' as const, date: DATE, keys: [], spreadsheetId: program.spreadsheetId };
      generateItem('student:10003', params, openGenerateChunk(params));
    });
    out.push(
      row(
        program,
        'Goal-setting conference, first document of a chunk (300 students in 12 teams, 600 notes)',
        "includes reading the master's Settings, Roster and Drive Folders, and the student's team workbook",
      ),
    );
    program.run(() => {
      const params = { templateId: 'goal-setting-conference' as const, date: DATE, keys: [], spreadsheetId: program.spreadsheetId };
      const chunk = openGenerateChunk(params);
      generateItem('student:10001', params, chunk);
      program.world.counter.reset();
      generateItem('student:10026', params, chunk);
    });
    out.push(
      row(program, 'Goal-setting conference, first document of another team in a warm chunk', "includes opening and reading that team's workbook"),
    );
    program.run(() => copyTemplateForProgram('mentoring-session-plan'));
    out.push(
      perDocument(
        program,
        'mentoring-session-plan',
        'student:10004',
        'student:10005',
        "Program's adapted mentoring template, per document",
        'Drive.Files.copy + one batchUpdate of replaceAllText (the template read once per chunk)',
      ),
    );
  } finally {
    program.close();
  }
  // The job runner reads Date.now(): outside jest, point it at the world's simulated clock for the batch.
  const realNow = Date.now;
  let now = Date.UTC(2026, 8, 21, 15, 0, 0);
  Date.now = () => now;
  const students = manyStudents(300);
  const batch = createProgram({
    students,
    clock: {
      now: () => now,
      advance: (ms) => {
        now += ms;
      },
    },
  });
  seedRecords(batch, { goals: students.map((s) => aGoal({ goalId: `G-${s.studentId}`, studentId: s.studentId })) });
  try {
    const started = batch.run(() =>
      startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys: manyStudents(300).map((s) => `student:${s.studentId}`) }),
    );
    if (!started.ok) throw new Error(started.message);
    let progress: JobProgress = started.value;
    let chunks = 0;
    batch.world.counter.reset();
    while (!progress.finished && chunks < 50) {
      progress = batch.run(() => runJobChunk(started.value.jobId));
      chunks++;
    }
    out.push(
      row(
        batch,
        `Generate 300 goal-setting conference docs (whole batch, ${chunks} chunks)`,
        `${progress.done} docs, each linked from its student's goal; includes the job runner's own property calls`,
      ),
    );
  } finally {
    batch.close();
    Date.now = realNow;
  }
  return out;
}

export default rows();
