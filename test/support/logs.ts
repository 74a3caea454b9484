// Fills the Session Notes and Step Check-offs logs with another student's rows, one write each, for cost tests and benches.

import { toRecord } from '../../src/core/records';
import { blankSessionNote } from '../../src/core/session-note-form';
import { CHECK_OFFS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { type Program, TUTOR_BEN } from './program';

/** `n` session notes and `n` check-offs of student 00104 by Ben, as if the program had run for a while. */
export function fillTutorLogs(program: Program, n: number): void {
  program.run(() => {
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
