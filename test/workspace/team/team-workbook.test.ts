import { features } from '../../../fakes/sheets/book';
import { SESSION_NOTES_TABLE } from '../../../src/core/tables';
import { TEAM_TABLES } from '../../../src/core/workbook-tables';
import { readRoster, readSettings } from '../../../src/workspace/program';
import { appendRecords, requireSheet } from '../../../src/workspace/table-store';
import { readTeamWorkbooks } from '../../../src/workspace/team/team-directory';
import { ALGEBRA, BIOLOGY, COORDINATOR, createProgram, TEACHER_RIVERA, TUTOR_ANA, TUTOR_CHEN } from '../../support/program';

describe('team workbooks', () => {
  it('holds the team’s sheets, a settings copy that names its team and master, and only that team’s students', () => {
    const p = createProgram({ tier: 2 });
    const ss = p.world.state.spreadsheets[p.teamWorkbookId(ALGEBRA)];
    expect(ss.sheets.map((s) => s.name)).toEqual(TEAM_TABLES.map((t) => t.name));
    p.inTeam(ALGEBRA, TUTOR_ANA, () => {
      const team = SpreadsheetApp.getActiveSpreadsheet();
      expect(readSettings(team)).toMatchObject({ team: ALGEBRA, masterWorkbookId: p.masterId, coordinators: [COORDINATOR] });
      expect(readRoster(team).map((s) => s.team)).toEqual([ALGEBRA, ALGEBRA, ALGEBRA, ALGEBRA]);
    });
    expect(p.run(() => readTeamWorkbooks(SpreadsheetApp.getActiveSpreadsheet()).map((r) => r.team))).toEqual([ALGEBRA, BIOLOGY]);
    p.close();
  });

  it('lets the team’s tutors write records, never the roster slice; the teacher writes nothing but Questions', () => {
    const p = createProgram({ tier: 2 });
    const write = (user: string, sheet: string) =>
      p.inTeam(ALGEBRA, user, () => {
        const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
        if (!s) throw new Error(`no ${sheet}`);
        s.getRange(5, 1).setValue('x');
      });
    expect(() => write(TUTOR_ANA, SESSION_NOTES_TABLE.name)).not.toThrow();
    expect(() => write(TUTOR_ANA, 'Roster')).toThrow(/protected/i);
    expect(() => write(TEACHER_RIVERA, SESSION_NOTES_TABLE.name)).toThrow(/protected/i);
    expect(() => write(TEACHER_RIVERA, 'Questions')).not.toThrow();
    expect(() => write(COORDINATOR, 'Roster')).not.toThrow();
    p.close();
  });

  it('makes every sheet protection an explicit editor list, even where it names every editor of the file', () => {
    const p = createProgram({ tier: 2 });
    const ss = p.world.state.spreadsheets[p.teamWorkbookId(ALGEBRA)];
    // A protection that still mirrors the file's sharing protects nothing: a person shared later could edit.
    for (const sheet of ss.sheets) {
      const own = features(sheet).protections.filter((x) => x.type === 'SHEET');
      expect(own).toHaveLength(1);
      expect(own[0].editors).not.toBeNull();
    }
    p.close();
  });

  it('is out of reach of another team’s tutor and of the master’s tutors-to-be', () => {
    const p = createProgram();
    expect(() => p.inTeam(BIOLOGY, TUTOR_CHEN, () => SpreadsheetApp.openById(p.teamWorkbookId(ALGEBRA)).getSheets())).toThrow();
    expect(() => p.inTeam(ALGEBRA, TUTOR_ANA, () => SpreadsheetApp.openById(p.masterId).getSheets())).toThrow();
    expect(() =>
      p.inTeam(ALGEBRA, TUTOR_ANA, () =>
        appendRecords(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE), SESSION_NOTES_TABLE, [{ studentId: '00101' }]),
      ),
    ).not.toThrow();
    p.close();
  });
});
