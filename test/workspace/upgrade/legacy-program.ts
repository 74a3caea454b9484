// Test-data builder: a program from before team workbooks (one workbook holding every team's logs, shared in Sheets
// with every tutor and teacher as editors).

import { grantAtLeast } from '../../../fakes/drive/sharing';
import type { TableRecord } from '../../../src/core/table';
import { UPGRADE_TABLES } from '../../../src/core/upgrade/upgrade-plan';
import { appendRecords, requireSheet } from '../../../src/workspace/table-store';
import { ensureTable } from '../../../src/workspace/workbook-setup';
import { ALGEBRA, createProgram, defaultRoster, type Program, type ProgramOptions } from '../../support/program';

/** Rows of one student in every log, ids made from `tag`. */
export function logsOf(studentId: string, tag: string, tutor: string, team = ALGEBRA): Record<string, TableRecord[]> {
  return {
    Goals: [{ goalId: `G-${tag}`, studentId, conferenceDate: '2026-09-14', goal: 'Score 70 on the unit test', target: 70, status: 'Active' }],
    'Action Steps': [
      { stepId: `S-${tag}-1`, goalId: `G-${tag}`, studentId, action: 'Practice key codes on Mondays', status: 'Open' },
      { stepId: `S-${tag}-2`, goalId: `G-${tag}`, studentId, action: 'Redo quiz 3 on Wednesdays', status: 'Open' },
    ],
    'Step Check-offs': [{ date: '2026-09-21', stepId: `S-${tag}-1`, studentId, tutorEmail: tutor, done: true, noteId: `N-${tag}-1` }],
    'Session Notes': [
      { noteId: `N-${tag}-1`, date: '2026-09-21', startTime: '15:30', studentId, tutorEmail: tutor, objective: '007 ratios', attended: true },
      { noteId: `N-${tag}-2`, date: '2026-09-23', startTime: '15:30', studentId, tutorEmail: tutor, objective: 'Unit 3 review', attended: false },
    ],
    Conferences: [{ conferenceId: `C-${tag}`, studentId, tutorEmail: tutor, conferenceDate: '2026-09-14', goalId: `G-${tag}` }],
    Questions: [
      { messageId: `Q-${tag}`, threadId: `Q-${tag}`, studentId, team, author: tutor, authorRole: 'Tutor', text: 'Which unit?', status: 'Open' },
    ],
  };
}

/**
 * The default roster's program as an earlier version left it: the master holds every log (two sets of rows per
 * student), and every tutor and teacher is an editor of it. No team workbooks unless `teamWorkbooks` is true.
 */
export function legacyProgram(options: ProgramOptions = {}): Program {
  const students = options.students ?? defaultRoster();
  const p = createProgram({ teamWorkbooks: false, ...options, students });
  p.run(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const parts = students.flatMap((s) => [
      logsOf(s.studentId, `${s.studentId}a`, s.tutorEmail, s.team),
      logsOf(s.studentId, `${s.studentId}b`, s.tutorEmail, s.team),
    ]);
    for (const schema of UPGRADE_TABLES) {
      ensureTable(ss, schema);
      appendRecords(
        requireSheet(ss, schema),
        schema,
        parts.flatMap((part) => part[schema.name]),
      );
    }
  });
  const master = p.world.state.drive[p.masterId];
  for (const s of students) for (const e of [s.tutorEmail, s.teacherEmail]) grantAtLeast(p.world, master, e.toLowerCase(), 'writer', false);
  p.world.counter.reset();
  return p;
}
