// Builds program data for dashboard tests and benches: students with goals, action steps, check-offs and session
// notes, written as a provisioned program holds them (the roster in the master, each team's records in its workbook).

import { addDays } from '../../src/core/dates';
import type { ActionStep, Goal, SessionNote, StepCheckOff, Student } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import type { TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, GOALS_TABLE, ROSTER_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, aStudent, BIOLOGY, type Program, TEACHER_OKAFOR, TUTOR_ANA, TUTOR_CHEN } from '../support/program';

/** The day dashboards in tests are computed for (week 9 of the test term, 2026-09-07 … 2026-12-18, dosage 3). */
export const TODAY = '2026-11-05';

export interface ProgramData {
  students: Student[];
  goals: Goal[];
  steps: ActionStep[];
  checkOffs: StepCheckOff[];
  notes: SessionNote[];
}

export function aNote(studentId: string, date: string, attended = true, onTime = true, tutorEmail = TUTOR_ANA): SessionNote {
  return {
    noteId: `N-${studentId}-${date}`,
    date,
    startTime: '15:00',
    endTime: '15:45',
    studentId,
    tutorEmail,
    objective: 'Solve two-step equations',
    rationale: 'Question 6 on the Unit 2 quiz',
    degreeAccomplished: 3,
    topicsSkills: 'two-step equations',
    materials: 'Unit 2 worksheet',
    assignments: '',
    assessmentData: '',
    attended,
    onTime,
    engagement: 'Asked questions',
    focusMotivation: 'High',
    promptingNeeded: 'Low',
    followThrough: 'Yes',
    followThroughWhy: '',
    studentShared: '',
    questionsForTeacher: '',
  };
}

/**
 * `count` students, deterministic (no randomness): every student has a goal, one action step and four check-offs, and
 * `notesPerStudent` session notes spread over the last weeks. Every fourth student attends rarely, every fifth misses
 * check-offs, every seventh has a falling score: the flags have something to find. Students take `teams` in turn
 * (Algebra's teacher and tutor for every team but Biology).
 */
export function programData(count: number, notesPerStudent = 10, teams: readonly string[] = [ALGEBRA, BIOLOGY]): ProgramData {
  const data: ProgramData = { students: [], goals: [], steps: [], checkOffs: [], notes: [] };
  for (let i = 0; i < count; i++) {
    const id = `1${String(i).padStart(5, '0')}`;
    const team = teams[i % teams.length];
    const biology = team === BIOLOGY;
    data.students.push(
      aStudent({
        studentId: id,
        name: `Student ${String(i).padStart(5, '0')}`,
        team,
        subject: biology ? 'Science' : 'Math',
        teacherEmail: biology ? TEACHER_OKAFOR : aStudent().teacherEmail,
        tutorEmail: biology ? TUTOR_CHEN : TUTOR_ANA,
      }),
    );
    const falling = i % 7 === 3;
    const goalBase = {
      studentId: id,
      assessment: 'Unit quiz',
      goal: 'Score 75 on the next unit quiz',
      target: 75,
      dueDate: '2026-12-01',
      prioritized: false,
      conferenceDocUrl: '',
    };
    data.goals.push({ ...goalBase, goalId: `G0-${id}`, conferenceDate: '2026-09-15', score: falling ? 68 : 50 + (i % 20), status: 'Not met' });
    data.goals.push({ ...goalBase, goalId: `G1-${id}`, conferenceDate: '2026-10-13', score: falling ? 58 : 55 + (i % 25), status: 'Active' });
    data.steps.push({
      stepId: `S-${id}`,
      goalId: `G1-${id}`,
      studentId: id,
      action: 'I will come to tutoring on Mondays and Wednesdays to practice two-step equations.',
      whenHowOften: 'Mondays and Wednesdays',
      effortMeasure: 'sessions attended',
      backupPlan: 'Tuesday instead',
      status: 'Open',
    });
    for (let k = 0; k < 4; k++) {
      data.checkOffs.push({
        date: addDays(TODAY, -3 * (4 - k)),
        stepId: `S-${id}`,
        studentId: id,
        tutorEmail: TUTOR_ANA,
        done: i % 5 === 2 ? k === 0 : k !== 1,
        noteId: '',
      });
    }
    const rare = i % 4 === 1;
    for (let k = 0; k < notesPerStudent; k++) {
      const date = addDays(TODAY, -2 - 3 * k);
      data.notes.push(aNote(id, date, rare ? k % 3 === 0 : true, k % 6 !== 5));
    }
  }
  return data;
}

function put(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: TableSchema, models: readonly object[]): void {
  const sheet = requireSheet(ss, schema);
  appendRecords(sheet, schema, models.map(toRecord));
}

function replace(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, schema: TableSchema, models: readonly object[]): void {
  const sheet = requireSheet(ss, schema);
  if (sheet.getLastRow() > 1) sheet.deleteRows(2, sheet.getLastRow() - 1);
  put(ss, schema, models);
}

/**
 * Writes the data as a provisioned program holds it: the whole roster in the master, and each team's slice and
 * records in that team's workbook (replacing what was there). Teams without a workbook get none. Resets the counter.
 */
export function seedProgram(program: Program, data: ProgramData): void {
  program.run(() => replace(SpreadsheetApp.getActiveSpreadsheet(), ROSTER_TABLE, data.students));
  const teamOf = new Map(data.students.map((s) => [s.studentId, s.team]));
  for (const team of [...new Set(data.students.map((s) => s.team))]) {
    let id: string;
    try {
      id = program.teamWorkbookId(team);
    } catch {
      continue;
    }
    const mine = <T extends { studentId: string }>(rows: readonly T[]) => rows.filter((r) => teamOf.get(r.studentId) === team);
    program.run(() => {
      const ss = SpreadsheetApp.openById(id);
      replace(ss, ROSTER_TABLE, mine(data.students));
      replace(ss, GOALS_TABLE, mine(data.goals));
      replace(ss, ACTION_STEPS_TABLE, mine(data.steps));
      replace(ss, CHECK_OFFS_TABLE, mine(data.checkOffs));
      replace(ss, SESSION_NOTES_TABLE, mine(data.notes));
    });
  }
  program.world.counter.reset();
}
