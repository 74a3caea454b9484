// "Generate conference docs…" at scale: 300 students across simulated 6-minute executions, executions killed
// mid-document, and a re-run — with every document made exactly once; and who may run it once Drive is provisioned.

import { grantAtLeast } from '../../fakes/drive/sharing';
import { InjectedFault } from '../../fakes/errors';
import type { JobProgress } from '../../src/core/job';
import { resumeJobs, runJobChunk } from '../../src/server/jobs';
import { copyTemplateForProgram, getGenerateDocsState, startGenerateDocs } from '../../src/server/templates';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';
import { manyStudents, provisionFolders } from './template-fixtures';

const DATE = '2026-09-21';
const SIX_MINUTES = 6 * 60 * 1000;

function generatedDocs(program: Program) {
  return Object.values(program.world.state.drive).filter((i) => i.appProperties.ttDoc && !i.trashed);
}

function start(program: Program, keys: string[]): JobProgress {
  const started = program.run(() => startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys }));
  if (!started.ok) throw new Error(started.message);
  return started.value;
}

/** Drives the job as the dialog does (one execution per chunk); `kill` may inject a fault into an execution. */
function driveToEnd(
  program: Program,
  jobId: string,
  kill?: (execution: number) => void,
): { progress: JobProgress; executions: number; killed: number } {
  let progress: JobProgress | null = null;
  let executions = 0;
  let killed = 0;
  while (!progress?.finished) {
    executions++;
    kill?.(executions);
    const before = Date.now();
    try {
      progress = program.run(() => runJobChunk(jobId));
    } catch (error) {
      if (!(error instanceof InjectedFault)) throw error;
      killed++;
    }
    program.world.failAtCall(null);
    expect(Date.now() - before).toBeLessThan(SIX_MINUTES);
    if (executions > 60) throw new Error('job does not finish');
  }
  return { progress: progress as JobProgress, executions, killed };
}

describe('generate conference docs for many students', () => {
  afterEach(() => jest.useRealTimers());

  it('makes 300 documents across several executions, each under 6 minutes, none twice even when executions are killed', () => {
    const program = createProgram({ students: manyStudents(300), clock: useSimulatedTime() });
    try {
      const keys = manyStudents(300).map((s) => `student:${s.studentId}`);
      const started = start(program, keys);
      expect(started).toMatchObject({ total: 300, done: 0, finished: false });
      // Executions 1 and 2 are killed part-way through a document: after its Drive file exists, before its batchUpdate.
      let creates = 0;
      let killAfterCreate: number | null = null;
      program.world.afterCall.push((type, method) => {
        if (type !== 'Drive.Files' || method !== 'create') return;
        creates++;
        if (creates === killAfterCreate) program.world.failAtCall(1);
      });
      const { progress, executions, killed } = driveToEnd(program, started.jobId, (n) => {
        killAfterCreate = n === 1 ? 40 : n === 2 ? creates + 25 : null;
      });
      expect(killed).toBe(2);
      expect(executions).toBeGreaterThanOrEqual(3);
      expect(progress).toMatchObject({ done: 300, total: 300, finished: true, errors: [] });
      const docs = generatedDocs(program);
      const markers = docs.map((d) => d.appProperties.ttDoc);
      expect(docs).toHaveLength(300);
      expect(new Set(markers).size).toBe(300);
      // Every document holds its whole body: the two left empty by the killed executions were deleted and made again.
      expect(docs.every((d) => program.world.state.documents[d.id].body.length > 20)).toBe(true);
      expect(program.world.counter.count('Drive.Files.remove')).toBe(2);
      // No half-written document was left behind by the killed executions.
      const names = Object.values(program.world.state.drive).filter((i) => i.name.startsWith('Goal-setting conference'));
      expect(names).toHaveLength(300);
    } finally {
      program.close();
    }
  });

  it("tells the coordinator once about an unknown merge field in the program's adapted template", () => {
    const program = createProgram({ students: manyStudents(5), clock: useSimulatedTime() });
    const copied = program.run(() => copyTemplateForProgram('goal-setting-conference'));
    if (!copied.ok) throw new Error(copied.message);
    const copyId = /\/d\/([\w-]+)/.exec(copied.value.url)?.[1] as string;
    program.world.state.documents[copyId].body.push({ type: 'PARAGRAPH', text: 'Bus: {{student.busRoute}}', heading: 'NORMAL', attributes: {} });
    const { progress } = driveToEnd(
      program,
      start(
        program,
        manyStudents(5).map((s) => `student:${s.studentId}`),
      ).jobId,
    );
    expect(progress.done).toBe(5);
    expect(progress.warnings).toEqual([
      "The program's template has an unknown merge field {{student.busRoute}}: it is left as it is in the documents.",
    ]);
    program.close();
    jest.useRealTimers();
  });

  it('the hourly trigger finishes the batch after the coordinator closes the dialog', () => {
    const program = createProgram({ students: manyStudents(250), clock: useSimulatedTime() });
    const started = start(
      program,
      manyStudents(250).map((s) => `student:${s.studentId}`),
    );
    const first = program.run(() => runJobChunk(started.jobId));
    expect(first.finished).toBe(false);
    // The dialog is closed. The add-on's hourly trigger runs as the coordinator, outside any open spreadsheet.
    const hourly = () => program.world.state.triggers.filter((t) => t.handler === 'resumeJobs');
    expect(hourly()).toEqual([expect.objectContaining({ everyHours: 1 })]);
    for (let hour = 0; hour < 10 && hourly().length > 0; hour++) program.run(() => resumeJobs(), { spreadsheetId: null, host: null });
    expect(generatedDocs(program)).toHaveLength(250);
    expect(hourly()).toEqual([]);
    program.close();
    jest.useRealTimers();
  });

  it('re-running the same batch skips every document that exists', () => {
    const program = createProgram({ students: manyStudents(20), clock: useSimulatedTime() });
    try {
      const keys = manyStudents(20).map((s) => `student:${s.studentId}`);
      driveToEnd(program, start(program, keys).jobId);
      expect(generatedDocs(program)).toHaveLength(20);
      program.world.counter.reset();
      const again = driveToEnd(program, start(program, [...keys, 'student:10001']).jobId);
      expect(again.progress).toMatchObject({ done: 20, total: 20, finished: true });
      expect(generatedDocs(program)).toHaveLength(20);
      expect(program.world.counter.count('Drive.Files.create')).toBe(0);
      // One listing of the batch's documents per chunk; each found document is checked complete with one Docs read.
      expect(program.world.counter.count('Drive.Files.list')).toBe(again.executions);
      expect(program.world.counter.count('Docs.Documents.get')).toBe(20);
    } finally {
      program.close();
    }
  });

  it('refuses a per-team template for students, and an empty choice', () => {
    const program = createProgram();
    try {
      const wrong = program.run(() => startGenerateDocs({ templateId: 'tier3-weekly-meeting', date: DATE, keys: ['student:00101'] }));
      expect(wrong).toMatchObject({ ok: false, errors: { keys: 'This template is made per team: choose teams.' } });
      const none = program.run(() => startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys: [] }));
      expect(none).toMatchObject({ ok: false, errors: { keys: 'Choose at least one student or team.' } });
    } finally {
      program.close();
    }
  });

  it('refuses students and teams that are not on the Roster, and starts no job', () => {
    const program = createProgram();
    try {
      const gone = program.run(() =>
        startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys: ['student:00101', 'student:99999'] }),
      );
      expect(gone).toMatchObject({
        ok: false,
        errors: { keys: 'These students are not on the Roster: 99999. Reopen the dialog to see the current Roster.' },
      });
      const team = program.run(() => startGenerateDocs({ templateId: 'tier3-weekly-meeting', date: DATE, keys: ['team:Chemistry'] }));
      expect(team).toMatchObject({
        ok: false,
        errors: { keys: expect.stringContaining('These teams have no active students on the Roster: Chemistry') },
      });
      const jobs = Object.values(program.world.state.properties.user).flatMap((props) => Object.keys(props).filter((k) => k.startsWith('job:')));
      expect(jobs).toEqual([]);
    } finally {
      program.close();
    }
  });
});

describe('who may generate documents into the team folders', () => {
  const SECOND = 'second.coordinator@school.example';
  let program: Program;
  afterEach(() => program.close());

  it('the coordinator who provisioned Drive files each conference doc in its team’s Session Notes folder', () => {
    program = createProgram();
    const folders = provisionFolders(program, [ALGEBRA, BIOLOGY]);
    const { progress } = driveToEnd(program, start(program, ['student:00101', 'student:00201']).jobId);
    expect(progress).toMatchObject({ done: 2, errors: [] });
    const where = generatedDocs(program)
      .map((d) => [d.name.split(' — ')[1], d.parents[0], d.owner])
      .sort();
    expect(where).toEqual([
      ['Maya Johnson', folders.get(`${ALGEBRA}|sessionNotes`), COORDINATOR],
      ['Zoe Carter', folders.get(`${BIOLOGY}|sessionNotes`), COORDINATOR],
    ]);
  });

  it('a tutor or a teacher is refused in their team workbook, and nothing is made', () => {
    program = createProgram();
    provisionFolders(program, [ALGEBRA]);
    const request = { templateId: 'goal-setting-conference' as const, date: DATE, keys: ['student:00101'] };
    for (const who of [TUTOR_ANA, TEACHER_RIVERA]) {
      expect(() => program.inTeam(ALGEBRA, who, () => startGenerateDocs(request))).toThrow(
        "Only the program's coordinators can generate documents for many students.",
      );
      expect(() => program.inTeam(ALGEBRA, who, () => getGenerateDocsState())).toThrow("Only the program's coordinators can");
    }
    expect(generatedDocs(program)).toEqual([]);
  });

  it('a second coordinator is told who can run Drive actions, and no job starts', () => {
    program = createProgram({ settings: { coordinators: [COORDINATOR, SECOND] } });
    provisionFolders(program, [ALGEBRA]);
    // The first coordinator shares the master with the second in Drive's own Share dialog.
    grantAtLeast(program.world, program.world.state.drive[program.masterId], SECOND, 'writer', false);
    const state = program.as(SECOND, () => getGenerateDocsState());
    expect(state.driveProblem).toContain(`Only ${COORDINATOR} can run Drive actions for this program`);
    const refused = program.as(SECOND, () => startGenerateDocs({ templateId: 'goal-setting-conference', date: DATE, keys: ['student:00101'] }));
    expect(refused).toEqual({ ok: false, errors: {}, message: state.driveProblem });
    expect(generatedDocs(program)).toEqual([]);
  });
});
