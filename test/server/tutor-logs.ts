// Fills a team workbook's Session Notes and Step Check-offs with another student's rows, one write each, for the
// tutor cost tests and bench (the logs live in team workbooks now, not in the master).

import { toRecord } from '../../src/core/records';
import { blankSessionNote } from '../../src/core/session-note-form';
import { CHECK_OFFS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, COORDINATOR, type Program, TUTOR_BEN } from '../support/program';

/** `n` session notes and `n` check-offs of student 00104 by Ben in the team's workbook, as if the program had run a while. */
export function fillTeamLogs(program: Program, n: number, team = ALGEBRA): void {
  program.inTeam(team, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const note = { ...toRecord({ ...blankSessionNote('00104', '2026-09-20'), objective: 'Ratios' }), tutorEmail: TUTOR_BEN };
    appendRecords(
      requireSheet(ss, SESSION_NOTES_TABLE),
      SESSION_NOTES_TABLE,
      Array.from({ length: n }, (_, i) => ({ ...note, noteId: `N-old-${i}` })),
    );
    appendRecords(
      requireSheet(ss, CHECK_OFFS_TABLE),
      CHECK_OFFS_TABLE,
      Array.from({ length: n }, (_, i) => ({
        date: '2026-09-20',
        stepId: 'S-old',
        studentId: '00104',
        tutorEmail: TUTOR_BEN,
        done: i % 2 === 0,
        noteId: `N-old-${i}`,
      })),
    );
  });
}
