import { SHEETS_TYPES } from '../../../fakes/counter';
import { InjectedFault } from '../../../fakes/errors';
import type { TableRecord, TableSchema } from '../../../src/core/table';
import { TEAM_RECORD_TABLES } from '../../../src/core/workbook-tables';
import { readRoster, readSettings } from '../../../src/workspace/program';
import { appendRecords, requireSheet } from '../../../src/workspace/table-store';
import { countStudentRows, moveStudentRecords } from '../../../src/workspace/team/move-records';
import { setUpTeamWorkbook } from '../../../src/workspace/team/team-workbook';
import { ALGEBRA, BIOLOGY, createProgram, type Program, TUTOR_ANA, TUTOR_BEN } from '../../support/program';

/** Records of a student in every record table, ids made from `tag` so each is unique. */
function recordsOf(studentId: string, tag: string): Record<string, TableRecord[]> {
  return {
    Goals: [{ goalId: `G-${tag}`, studentId, conferenceDate: '2026-09-14', goal: 'Score 70 on the unit test', target: 70, status: 'Active' }],
    'Action Steps': [
      { stepId: `S-${tag}-1`, goalId: `G-${tag}`, studentId, action: 'Practice key codes on Mondays', status: 'Open' },
      { stepId: `S-${tag}-2`, goalId: `G-${tag}`, studentId, action: 'Redo quiz 3 on Wednesdays', status: 'Open' },
    ],
    'Step Check-offs': [
      { date: '2026-09-21', stepId: `S-${tag}-1`, studentId, tutorEmail: TUTOR_BEN, done: true, noteId: `N-${tag}-1` },
      { date: '2026-09-23', stepId: `S-${tag}-1`, studentId, tutorEmail: TUTOR_BEN, done: false, noteId: `N-${tag}-2` },
    ],
    'Session Notes': [
      { noteId: `N-${tag}-1`, date: '2026-09-21', startTime: '15:30', studentId, tutorEmail: TUTOR_BEN, objective: '007 ratios', attended: true },
      { noteId: `N-${tag}-2`, date: '2026-09-23', startTime: '15:30', studentId, tutorEmail: TUTOR_BEN, objective: '=not a formula', attended: true },
    ],
    Conferences: [{ conferenceId: `C-${tag}`, studentId, tutorEmail: TUTOR_BEN, conferenceDate: '2026-09-14', goalId: `G-${tag}` }],
    Questions: [
      {
        messageId: `Q-${tag}`,
        threadId: `Q-${tag}`,
        studentId,
        team: ALGEBRA,
        author: TUTOR_BEN,
        authorRole: 'Tutor',
        text: 'Which unit?',
        status: 'Open',
      },
    ],
  };
}

/** The Algebra workbook with Noah's (00104) records interleaved with Maya's (00101) and Aisha's (00103). */
function seeded(): Program {
  const p = createProgram();
  p.run(() => {
    const ss = SpreadsheetApp.openById(p.teamWorkbookId(ALGEBRA));
    const parts = [recordsOf('00101', 'maya'), recordsOf('00104', 'noah1'), recordsOf('00103', 'aisha'), recordsOf('00104', 'noah2')];
    for (const schema of TEAM_RECORD_TABLES)
      appendRecords(
        requireSheet(ss, schema),
        schema,
        parts.flatMap((part) => part[schema.name]),
      );
  });
  p.world.counter.reset();
  return p;
}

const move = (p: Program) =>
  p.run(() => moveStudentRecords(SpreadsheetApp.openById(p.teamWorkbookId(ALGEBRA)), SpreadsheetApp.openById(p.teamWorkbookId(BIOLOGY)), ['00104']));

const counts = (p: Program, team: string, ids: string[]) => p.run(() => countStudentRows(SpreadsheetApp.openById(p.teamWorkbookId(team)), ids));

/** Every non-blank row of each record sheet of both team workbooks, as stored. */
function endState(p: Program): unknown {
  return [ALGEBRA, BIOLOGY].map((team) =>
    p.world.state.spreadsheets[p.teamWorkbookId(team)].sheets
      .filter((s) => TEAM_RECORD_TABLES.some((t: TableSchema) => t.name === s.name))
      .map((s) => ({ name: s.name, rows: s.values.filter((r) => r.some((c) => c !== '' && c !== null)) })),
  );
}

describe('moveStudentRecords', () => {
  it('a coordinator moves a student to another team: every row arrives, none stays, the others are untouched', () => {
    const p = seeded();
    const before = counts(p, ALGEBRA, ['00104']);
    const othersBefore = counts(p, ALGEBRA, ['00101', '00103']);
    expect(before).toEqual({ Goals: 2, 'Action Steps': 4, 'Step Check-offs': 4, 'Session Notes': 4, Conferences: 2, Questions: 2 });

    p.world.counter.reset();
    const result = move(p);
    const sheetsCalls = p.world.counter.countTypes(SHEETS_TYPES);

    expect(counts(p, BIOLOGY, ['00104'])).toEqual(before);
    expect(counts(p, ALGEBRA, ['00104'])).toEqual({
      Goals: 0,
      'Action Steps': 0,
      'Step Check-offs': 0,
      'Session Notes': 0,
      Conferences: 0,
      Questions: 0,
    });
    expect(counts(p, ALGEBRA, ['00101', '00103'])).toEqual(othersBefore);
    for (const [name, n] of Object.entries(before)) expect(result.tables[name]).toEqual({ appended: n, removed: n, held: n });
    // Per table: a read of each side (3 calls each), the append (3), a check read (2) and one delete per run of the
    // student's rows (two runs here); then two openById, two time zones, one flush and the team from Settings.
    expect(sheetsCalls).toBeLessThanOrEqual(6 * (6 + 3 + 2 + 2) + 8);
    p.close();
  });

  it('keeps text as text and writes the new team on moved questions', () => {
    const p = seeded();
    move(p);
    const notes = p.world.state.spreadsheets[p.teamWorkbookId(BIOLOGY)].sheets.find((s) => s.name === 'Session Notes');
    const objectives = notes?.values.flat().filter((v) => typeof v === 'string' && /ratios|formula/.test(v));
    expect(objectives).toEqual(['007 ratios', '=not a formula', '007 ratios', '=not a formula']);
    const questions = p.world.state.spreadsheets[p.teamWorkbookId(BIOLOGY)].sheets.find((s) => s.name === 'Questions');
    const rows = questions?.values.filter((r) => r.includes('00104')) ?? [];
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain(BIOLOGY);
    p.close();
  });

  it('leaves the old team’s tutors no row of the student by any path into their own workbook', () => {
    const p = seeded();
    move(p);
    // Provisioning rewrites both roster slices; the records are what moveStudentRecords owns.
    p.run(() => {
      const master = SpreadsheetApp.getActiveSpreadsheet();
      const settings = readSettings(master);
      const roster = readRoster(master).map((s) => (s.studentId === '00104' ? { ...s, team: BIOLOGY } : s));
      for (const team of [ALGEBRA, BIOLOGY])
        setUpTeamWorkbook(SpreadsheetApp.openById(p.teamWorkbookId(team)), {
          settings,
          masterWorkbookId: master.getId(),
          team,
          students: roster.filter((s) => s.team === team),
        });
    });
    for (const tutor of [TUTOR_ANA, TUTOR_BEN]) {
      const seen = p.inTeam(ALGEBRA, tutor, () =>
        SpreadsheetApp.openById(p.teamWorkbookId(ALGEBRA))
          .getSheets()
          .flatMap((s) => s.getDataRange().getValues().flat()),
      );
      expect(seen).not.toContain('00104');
      expect(seen.some((v) => typeof v === 'string' && /noah/i.test(v))).toBe(false);
      expect(seen).toContain('00101');
    }
    p.close();
  });

  it('moving again changes nothing', () => {
    const p = seeded();
    move(p);
    const once = endState(p);
    const again = move(p);
    expect(endState(p)).toEqual(once);
    for (const t of Object.values(again.tables)) expect(t.appended + t.removed).toBe(0);
    p.close();
  });

  it('killed at any call and run again, ends exactly as an uninterrupted move', () => {
    const p = seeded();
    const ids = [p.teamWorkbookId(ALGEBRA), p.teamWorkbookId(BIOLOGY)];
    // Only the two team workbooks change; restoring just them keeps 100+ replays quick.
    const start = ids.map((id) => structuredClone(p.world.state.spreadsheets[id]));
    const restore = () => {
      for (const [i, id] of ids.entries()) p.world.state.spreadsheets[id] = structuredClone(start[i]);
    };
    p.world.counter.reset();
    move(p);
    const expected = endState(p);
    const calls = p.world.counter.total;
    expect(calls).toBeGreaterThan(20);
    for (let k = 1; k <= calls; k++) {
      restore();
      p.world.failAtCall(k);
      expect(() => move(p)).toThrow(InjectedFault);
      p.world.failAtCall(null);
      move(p);
      expect({ k, state: endState(p) }).toEqual({ k, state: expected });
    }
    p.close();
  });

  it('needs edit access to both workbooks: a tutor of the old team cannot pull a student into it', () => {
    const p = seeded();
    expect(() =>
      p.inTeam(ALGEBRA, TUTOR_ANA, () =>
        moveStudentRecords(SpreadsheetApp.openById(p.teamWorkbookId(BIOLOGY)), SpreadsheetApp.getActiveSpreadsheet(), ['00201']),
      ),
    ).toThrow();
    expect(p.world.state.spreadsheets[p.teamWorkbookId(ALGEBRA)].sheets.flatMap((s) => s.values.flat())).not.toContain('00201');
    p.close();
  });
});
