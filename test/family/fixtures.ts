// A program with family contacts and consent on the Roster, provisioned Session Notes folders, and a student's goal,
// action steps, check-offs and session notes in the team workbook: what progress reports are made from.

import type { JobProgress } from '../../src/core/job';
import type { ActionStep, ProgramSettings, StepCheckOff, Student } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import { CHECK_OFFS_TABLE } from '../../src/core/tables';
import { startProgressReports } from '../../src/server/family';
import { runJobChunk } from '../../src/server/jobs';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { useSimulatedTime } from '../support/clock';
import { ALGEBRA, aStudent, COORDINATOR, createProgram, defaultRoster, type Program, TUTOR_ANA } from '../support/program';
import { aGoal, aNote, provisionFolders, seedRecords, writeSetting } from '../workspace/template-fixtures';

export const MAYA_EMAIL = 'maya.j@student.example';
export const MAYA_FAMILY = ['ms.johnson@home.example', 'mr.johnson@home.example'];

/** Maya agreed to share (her address and two family addresses); Luis did not. */
export function familyRoster(): Student[] {
  const [maya, luis, ...rest] = defaultRoster();
  return [
    { ...maya, consentToShare: true, studentEmail: MAYA_EMAIL, familyEmails: MAYA_FAMILY.join(', '), praisePreference: 'Private' },
    { ...luis, consentToShare: false, familyEmails: 'mr.ortega@home.example', praisePreference: 'Public' },
    ...rest,
  ];
}

export const STEPS: ActionStep[] = [
  {
    stepId: 'S-1',
    goalId: 'G-00101',
    studentId: '00101',
    action: 'I will come to tutoring on Mondays and Wednesdays to practice two-step equations.',
    whenHowOften: 'Mondays and Wednesdays',
    effortMeasure: 'sessions attended',
    backupPlan: 'If I miss Monday, I come on Tuesday.',
    status: 'Open',
  },
  {
    stepId: 'S-2',
    goalId: 'G-00101',
    studentId: '00101',
    action: 'I will make flashcards and study 15 min a day.',
    whenHowOften: '15 min a day',
    effortMeasure: 'flashcards made',
    backupPlan: '',
    status: 'Open',
  },
];

export const CHECK_OFFS: StepCheckOff[] = [
  { date: '2026-09-07', stepId: 'S-1', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-1' },
  { date: '2026-09-09', stepId: 'S-1', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-2' },
  { date: '2026-09-09', stepId: 'S-2', studentId: '00101', tutorEmail: TUTOR_ANA, done: false, noteId: 'N-2' },
  { date: '2026-09-11', stepId: 'S-2', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-3' },
];

/** A program on 14 Sep 2026 with folders provisioned and Maya's (and Luis's) records in the Algebra team workbook. */
export function familyProgram(
  options: {
    review?: boolean;
    students?: Student[];
    coordinators?: string[];
    mail?: boolean;
    realTime?: boolean;
    settings?: Partial<ProgramSettings>;
  } = {},
): Program {
  const settings = { ...(options.coordinators ? { coordinators: options.coordinators } : {}), ...options.settings };
  // Browser tests keep real timers (Chromium talks to jest through them): their dates are relative to today.
  const clock = options.realTime ? undefined : useSimulatedTime();
  const program = createProgram({ students: options.students ?? familyRoster(), clock, settings });
  provisionFolders(program, [...new Set((options.students ?? familyRoster()).map((s) => s.team))]);
  if (options.review) program.run(() => writeSetting(SpreadsheetApp.getActiveSpreadsheet(), 'reviewReports', 'TRUE'));
  // Team workbooks carry the settings copy the tutor's sidebar reads.
  if (options.mail)
    for (const id of [program.spreadsheetId, program.teamWorkbookId(ALGEBRA)])
      program.world.run({ user: COORDINATOR, host: 'sheets', spreadsheetId: id }, () =>
        writeSetting(SpreadsheetApp.getActiveSpreadsheet(), 'celebrationEmails', 'TRUE'),
      );
  // A roster of the test's own gets no seeded records (they name the default students).
  if (!options.students) {
    seedRecords(program, {
      goals: [
        aGoal({ goalId: 'G-0', conferenceDate: '2026-08-20', assessment: 'Diagnostic quiz', score: 35, target: 40, status: 'Met' }),
        aGoal(),
        aGoal({ goalId: 'G-00102', studentId: '00102', goal: 'Finish every homework set' }),
      ],
      steps: STEPS,
      notes: [
        aNote({ noteId: 'N-1', date: '2026-09-07', familySummary: 'Maya solved her first two-step equations on her own.' }),
        aNote({ noteId: 'N-2', date: '2026-09-09', onTime: false }),
        aNote({ noteId: 'N-3', date: '2026-09-11', attended: false, onTime: false }),
        aNote({ noteId: 'N-4', date: '2026-09-10', studentId: '00102' }),
      ],
    });
    program.inTeam(ALGEBRA, COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, CHECK_OFFS.map(toRecord));
    });
  }
  program.world.counter.reset();
  return program;
}

/** Starts the job as the coordinator and drives it to the end as the dialog does. */
export function makeReports(program: Program, studentIds: string[] | 'all', user = COORDINATOR): JobProgress {
  const started = program.as(user, () => startProgressReports({ studentIds }));
  if (!started.ok) throw new Error(started.message || JSON.stringify(started.errors));
  let p = started.value;
  while (!p.finished) p = program.as(user, () => runJobChunk(p.jobId));
  return p;
}

/** The report files in Drive: Docs and PDFs by the student marker they carry. */
export function reportFiles(program: Program) {
  return Object.values(program.world.state.drive).filter((i) => i.appProperties.ttReport && !i.trashed);
}

export { aStudent };
