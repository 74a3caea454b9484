// Test-data builder: a program from before team workbooks (one workbook holding every team's logs, shared in Sheets
// with every tutor and teacher as editors), and the Spreadsheet sharing members the fakes do not model yet.

import { grantAtLeast, revokeUser } from '../../../fakes/drive/sharing';
import { FakeServiceError } from '../../../fakes/errors';
import { FakeSpreadsheet } from '../../../fakes/sheets/spreadsheet';
import type { FakeWorld } from '../../../fakes/world';
import type { TableRecord } from '../../../src/core/table';
import { UPGRADE_TABLES } from '../../../src/core/upgrade/upgrade-plan';
import { appendRecords, requireSheet } from '../../../src/workspace/table-store';
import { ensureTable } from '../../../src/workspace/workbook-setup';
import { ALGEBRA, createProgram, defaultRoster, type Program, type ProgramOptions } from '../../support/program';

/**
 * Spreadsheet.getViewers / removeEditor / removeViewer as Apps Script documents them (the fakes have getEditors only;
 * reported to the fakes' owner). They change the file's own user grants; access through a folder, group or link stays.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
export function modelSpreadsheetSharing(): void {
  type Shim = { _world: FakeWorld; _ssId: string };
  const proto = FakeSpreadsheet.prototype as unknown as Record<string, unknown>;
  if (proto.removeEditor) return;
  const item = (self: Shim) => {
    const it = self._world.state.drive[self._ssId];
    const me = self._world.activeUser.toLowerCase();
    const mine = it.owner === me || it.permissions.some((p) => p.emailAddress === me && (p.role === 'writer' || p.role === 'owner'));
    if (!mine) throw new FakeServiceError('Access denied: you need edit access to change who this spreadsheet is shared with.');
    return it;
  };
  proto.getViewers = function (this: Shim) {
    const it = this._world.state.drive[this._ssId];
    const emails = it.permissions
      .filter((p) => p.type === 'user' && (p.role === 'reader' || p.role === 'commenter'))
      .map((p) => p.emailAddress ?? '');
    return emails.map((e) => ({ getEmail: () => e }));
  };
  proto.removeEditor = function (this: Shim, email: string) {
    revokeUser(item(this), String(email).toLowerCase(), ['writer']);
    return this;
  };
  proto.removeViewer = function (this: Shim, email: string) {
    revokeUser(item(this), String(email).toLowerCase(), ['reader', 'commenter']);
    return this;
  };
}

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
  modelSpreadsheetSharing();
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
