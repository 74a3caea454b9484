// Test-data builders for the templates feature: goals, steps and session notes in the program workbook, and doc reading.

import type { DocElementState } from '../../fakes/docs/state';
import type { FakeWorld } from '../../fakes/world';
import type { ActionStep, Goal, SessionNote, Student } from '../../src/core/model';
import { toRecord } from '../../src/core/records';
import { ACTION_STEPS_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, aStudent, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';

export function aGoal(over: Partial<Goal> = {}): Goal {
  return {
    goalId: 'G-00101',
    studentId: '00101',
    conferenceDate: '2026-09-01',
    assessment: 'Unit 1 test',
    score: 42,
    goal: 'Score 70 on the Unit 2 test',
    target: 70,
    dueDate: '2026-10-02',
    status: 'Active',
    prioritized: false,
    conferenceDocUrl: '',
    ...over,
  };
}

export function aNote(over: Partial<SessionNote> = {}): SessionNote {
  return {
    noteId: 'N-1',
    date: '2026-09-10',
    startTime: '15:00',
    endTime: '15:45',
    studentId: '00101',
    tutorEmail: TUTOR_ANA,
    objective: 'Solve two-step equations',
    rationale: 'Unit 2 test',
    degreeAccomplished: 3,
    topicsSkills: 'inverse operations',
    materials: '',
    assignments: '',
    assessmentData: '',
    attended: true,
    onTime: true,
    engagement: 'asked questions',
    focusMotivation: 'High',
    promptingNeeded: 'Low',
    followThrough: 'Yes',
    followThroughWhy: '',
    studentShared: '',
    questionsForTeacher: '',
    ...over,
  };
}

/** Writes goals, action steps and session notes into the workbook (one execution as the coordinator). */
export function seedRecords(program: Program, records: { goals?: Goal[]; steps?: ActionStep[]; notes?: SessionNote[] }): void {
  program.run(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (records.goals?.length) appendRecords(requireSheet(ss, GOALS_TABLE), GOALS_TABLE, records.goals.map(toRecord));
    if (records.steps?.length) appendRecords(requireSheet(ss, ACTION_STEPS_TABLE), ACTION_STEPS_TABLE, records.steps.map(toRecord));
    if (records.notes?.length) appendRecords(requireSheet(ss, SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, records.notes.map(toRecord));
  });
  program.world.counter.reset();
}

/** `n` students in teams of 25 (for batch tests at realistic scale). */
export function manyStudents(n: number): Student[] {
  return Array.from({ length: n }, (_, i) => {
    const id = String(10001 + i);
    return aStudent({
      studentId: id,
      name: `Student ${id}`,
      team: i < 25 ? ALGEBRA : `Team ${Math.floor(i / 25)}`,
      teacherEmail: TEACHER_RIVERA,
      tutorEmail: TUTOR_ANA,
    });
  });
}

type Table = Extract<DocElementState, { type: 'TABLE' }>;

/** A document's body as the tests read it: headings with their level, tables, and all text. */
export function readDoc(world: FakeWorld, id: string) {
  const doc = world.state.documents[id];
  if (!doc) throw new Error(`no document ${id}`);
  const body = doc.body;
  return {
    name: world.state.drive[id]?.name ?? doc.name,
    body,
    headings: (level: string) => body.filter((e) => e.type === 'PARAGRAPH' && e.heading === level).map((e) => (e as { text: string }).text),
    tables: body.filter((e): e is Table => e.type === 'TABLE').map((t) => t.rows),
    text: body.map((e) => (e.type === 'TABLE' ? e.rows.flat().join('\n') : 'text' in e ? e.text : '')).join('\n'),
  };
}
