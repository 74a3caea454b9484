// Service-call and cell counts of the tutor sidebar: a session-note save with two check-offs, a goal-setting conference
// save (the previous goal met), and opening a student at a glance, with 10, 1,000 and 10,000 notes (and check-offs)
// already in the logs; and the glance of a student whose notes and check-offs are spread through a 10,000-note log.

import { SHEETS_TYPES } from '../fakes/counter';
import { blankConference, type ConferenceForm } from '../src/core/conference-form';
import { toRecord } from '../src/core/records';
import { blankSessionNote } from '../src/core/session-note-form';
import { CHECK_OFFS_TABLE, SESSION_NOTES_TABLE } from '../src/core/tables';
import { tutorSaveConference, tutorSaveSessionNote, tutorStudentGlance } from '../src/server/tutor';
import { appendRecords, requireSheet } from '../src/workspace/table-store';
import { fillTeamLogs } from '../test/server/tutor-logs';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA, TUTOR_BEN } from '../test/support/program';

export interface BenchRow {
  scenario: string;
  sheetsCalls: number;
  /** Every other counted call (the caller's identity, the lock). */
  otherCalls: number;
  cellsRead: number;
  cellsWritten: number;
  notes?: string;
}

const MAYA = '00101';

const conference = (date: string): ConferenceForm => ({
  ...blankConference(MAYA, date),
  assessment: 'Unit 5 test',
  score: '58',
  goal: 'Score 70 on the Unit 6 test',
  target: '70',
  steps: [
    { action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.', whenHowOften: 'Mondays and Wednesdays' },
    { action: 'I will create flashcards and study for 15 min a day.', whenHowOften: '15 min a day' },
  ],
});

function measure(program: Program, scenario: string, fn: () => unknown, notes: string): BenchRow {
  const counter = program.world.counter;
  counter.reset();
  const result = program.inTeam(ALGEBRA, TUTOR_ANA, fn) as { ok?: boolean } | undefined;
  if (result && result.ok === false) throw new Error(`${scenario}: ${JSON.stringify(result)}`);
  const calls = counter.snapshot().calls;
  const sheetsCalls = counter.countTypes(SHEETS_TYPES);
  const every = Object.entries(calls)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return {
    scenario,
    sheetsCalls,
    otherCalls: counter.total - sheetsCalls,
    cellsRead: counter.cellsRead,
    cellsWritten: counter.cellsWritten,
    notes: `${notes} (${every})`,
  };
}

function rowsAt(logSize: number): BenchRow[] {
  const program = createProgram();
  try {
    const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(conference('2026-10-05')));
    if (!first.ok) throw new Error(JSON.stringify(first));
    const [keyCodes, flashcards] = first.value.stepIds;
    fillTeamLogs(program, logSize);
    const size = `${logSize.toLocaleString('en-US')} notes in the log`;
    // The fill wrote rows no save indexed (as older code, or a person, would): the first glance indexes them once (a
    // few, up to 100, it reads instead, and the next save indexes them).
    const indexing = measure(
      program,
      `First glance after ${size} written without the index (indexed once past 100 rows)`,
      () => tutorStudentGlance(MAYA),
      'up to 100 unseen rows: reads them (the next save indexes them); more: indexes them under the lock, one batchUpdate',
    );
    return [
      indexing,
      measure(
        program,
        `Session-note save, 2 check-offs, ${size}`,
        () =>
          tutorSaveSessionNote({
            ...blankSessionNote(MAYA, '2026-10-07'),
            objective: 'Two-step equations',
            checkOffs: [
              { stepId: keyCodes, done: true },
              { stepId: flashcards, done: false },
            ],
          }),
        'under the lock: one values.batchGet (Settings, Roster slice, Action Steps, the Row Index, header rows), one for rows others appended (none), one atomic batchUpdate (note, check-offs, index entry)',
      ),
      measure(
        program,
        `Conference save, 2 action steps, previous goal met, ${size}`,
        () => tutorSaveConference({ ...conference('2026-10-20'), score: '74', previousGoalId: first.value.goalId, previousGoalOutcome: 'Met' }),
        "under the lock: one values.batchGet (Settings, Roster slice, Goals, Action Steps, the Row Index, header rows), one for rows others appended and the student's check-offs (the goal-met praise counts them), one atomic batchUpdate (steps, record, the previous goal's outcome, the new goal, the index)",
      ),
      measure(
        program,
        `Student at a glance, ${size}`,
        () => tutorStudentGlance(MAYA),
        "values.batchGet of Settings, Roster, Goals, Action Steps and the Row Index, then one of the student's own rows",
      ),
    ];
  } finally {
    program.close();
  }
}

/**
 * The glance of a student with `mine` notes (and a check-off of an open step with each) spread evenly through a log of
 * `logSize` notes: the rows between the student's first and last match belong to other students.
 */
function spreadAt(logSize: number, mine: number): BenchRow {
  const program = createProgram();
  try {
    const first = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(conference('2026-10-05')));
    if (!first.ok) throw new Error(JSON.stringify(first));
    const [keyCodes, flashcards] = first.value.stepIds;
    const every = Math.floor(logSize / mine);
    program.inTeam(ALGEBRA, COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const note = { ...toRecord({ ...blankSessionNote('00104', '2026-10-06'), objective: 'Ratios' }), tutorEmail: TUTOR_BEN };
      const isMine = (i: number) => i % every === every - 1;
      appendRecords(
        requireSheet(ss, SESSION_NOTES_TABLE),
        SESSION_NOTES_TABLE,
        Array.from({ length: logSize }, (_, i) => ({ ...note, noteId: `N-old-${i}`, studentId: isMine(i) ? MAYA : '00104' })),
      );
      appendRecords(
        requireSheet(ss, CHECK_OFFS_TABLE),
        CHECK_OFFS_TABLE,
        Array.from({ length: logSize }, (_, i) => ({
          date: '2026-10-06',
          stepId: isMine(i) ? (i % 2 === 0 ? keyCodes : flashcards) : 'S-old',
          studentId: isMine(i) ? MAYA : '00104',
          tutorEmail: TUTOR_BEN,
          done: i % 3 !== 0,
          noteId: `N-old-${i}`,
        })),
      );
    });
    program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorStudentGlance(MAYA));
    return measure(
      program,
      `Student at a glance, ${mine} of ${logSize.toLocaleString('en-US')} notes the student's, spread`,
      () => tutorStudentGlance(MAYA),
      "after the index is made: only the student's rows, one range per run of rows",
    );
  } finally {
    program.close();
  }
}

const rows: BenchRow[] = [...rowsAt(10), ...rowsAt(1_000), ...rowsAt(10_000), spreadAt(10_000, 6), spreadAt(10_000, 40)];

export default rows;
