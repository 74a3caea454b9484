// A Dutch teacher, tutor or coordinator gets the add-on in Dutch: menus, refusals and dialogs; everyone else English.

import { setUserLocale } from '../../fakes/script/session';
import type { AuthModeName } from '../../fakes/world';
import { menuText } from '../../src/core/i18n/messages/menu';
import { pageTitles } from '../../src/core/i18n/messages/pages';
import { menuFor } from '../../src/core/menu';
import { menuAboutAccess, onOpen } from '../../src/server/lifecycle';
import { getRosterImportContext, menuImportRoster, previewRosterImport } from '../../src/server/roster';
import { menuSetUpWorkbook } from '../../src/server/workbook';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA } from '../support/program';

let program: Program;
beforeEach(() => {
  program = createProgram();
});
afterEach(() => program.close());

function menuCaptions(run: (fn: () => void) => void, authMode: AuthModeName = 'LIMITED'): string[] {
  program.world.state.ui.menus = [];
  run(() => onOpen({ authMode } as unknown as GoogleAppsScript.Events.SheetsOnOpen));
  const menu = program.world.state.ui.menus.find((m) => m.host === 'sheets');
  return (menu?.items ?? []).flatMap((i) => ('caption' in i ? [i.caption] : []));
}

describe('a Dutch user', () => {
  it('a Dutch tutor opening their team workbook sees the tutor sidebar item in Dutch', () => {
    setUserLocale(program.world, TUTOR_ANA, 'nl');
    expect(menuCaptions((fn) => program.inTeam(ALGEBRA, TUTOR_ANA, fn, { authMode: 'LIMITED' }))).toEqual(['Tutorpaneel openen']);
  });

  it('a Flemish coordinator (nl_BE) sees the whole coordinator menu in Dutch, item for item', () => {
    setUserLocale(program.world, COORDINATOR, 'nl_BE');
    const captions = menuCaptions((fn) => program.as(COORDINATOR, fn, { authMode: 'FULL' }));
    const expected = menuFor({ host: 'sheets', known: true, kind: 'master', roles: ['coordinator'] }, 'nl').flatMap((e) =>
      e === 'separator' ? [] : [e.caption],
    );
    expect(captions).toEqual(expected);
    expect(captions).toEqual(expect.arrayContaining(['Leerlingenlijst importeren…', 'Drive-mappen klaarzetten…', 'Dashboard bijwerken']));
    expect(captions.filter((c) => Object.values(menuText.en).includes(c as never))).toEqual([]);
  });

  it('before the add-on is used in the file (AuthMode.NONE) the short menu is English: nothing but the menu may be asked', () => {
    setUserLocale(program.world, TUTOR_ANA, 'nl');
    program.world.counter.reset();
    expect(menuCaptions((fn) => program.inTeam(ALGEBRA, TUTOR_ANA, fn, { authMode: 'NONE' }), 'NONE')).toEqual([
      'Open tutor sidebar',
      'Set up program workbook…',
    ]);
    expect(program.world.counter.count('Session.getActiveUserLocale')).toBe(0);
  });

  it('a Dutch teacher who tries to import the roster is told, in Dutch, who can', () => {
    setUserLocale(program.world, TEACHER_RIVERA, 'nl');
    program.world.state.ui.alerts = [];
    program.inTeam(ALGEBRA, TEACHER_RIVERA, () => menuImportRoster());
    expect(program.world.state.ui.alerts.at(-1)?.prompt).toBe('Alleen de coördinatoren van het programma kunnen de leerlingenlijst importeren.');
    expect(() => program.inTeam(ALGEBRA, TEACHER_RIVERA, () => previewRosterImport({ source: 'paste', text: '' } as never))).toThrow(
      'Alleen de coördinatoren van het programma kunnen de leerlingenlijst importeren.',
    );
  });

  it('a Dutch coordinator who opens the roster import in a team workbook is sent to the master, in Dutch', () => {
    setUserLocale(program.world, COORDINATOR, 'nl');
    expect(() => program.inTeam(ALGEBRA, COORDINATOR, () => getRosterImportContext())).toThrow(
      'Dit is een teamspreadsheet: importeer de leerlingenlijst in de hoofdspreadsheet van de coördinatoren.',
    );
  });

  it('a Dutch coordinator gets the setup dialog in Dutch: its title, and the page told its language', () => {
    setUserLocale(program.world, COORDINATOR, 'nl');
    program.as(COORDINATOR, () => menuSetUpWorkbook());
    const shown = program.world.state.ui.shown.at(-1);
    expect(shown).toMatchObject({ kind: 'modalDialog', title: 'Programma-spreadsheet inrichten', width: 460, height: 620 });
    expect(shown?.html).toContain('<html lang="nl">');
    expect(shown?.title).toBe(pageTitles.nl.SetupDialog);
  });
});

describe('a Dutch person with no role', () => {
  it('an outsider with edit access is told in Dutch whom to ask', () => {
    const outsider = 'buitenstaander@school.example';
    program.world.state.drive[program.masterId].permissions.push({ id: `p-${outsider}`, type: 'user', emailAddress: outsider, role: 'writer' });
    setUserLocale(program.world, outsider, 'nl_NL');
    expect(menuCaptions((fn) => program.as(outsider, fn))).toEqual(['Wie mag deze spreadsheet gebruiken?']);
    program.world.state.ui.alerts = [];
    program.as(outsider, () => menuAboutAccess());
    expect(program.world.state.ui.alerts.at(-1)?.prompt).toBe(
      `${outsider} heeft geen rol in de spreadsheet van dit programma. De coördinatoren staan op het tabblad Settings; tutoren en docenten komen uit de actieve leerlingen op het tabblad Roster. Vraag een coördinator (${COORDINATOR}) om je toe te voegen.`,
    );
  });
});

describe('an English or other-language user', () => {
  it('a German-speaking tutor gets English, the language every string is written in first', () => {
    setUserLocale(program.world, TUTOR_ANA, 'de');
    expect(menuCaptions((fn) => program.inTeam(ALGEBRA, TUTOR_ANA, fn))).toEqual(['Open tutor sidebar']);
    program.world.state.ui.alerts = [];
    program.inTeam(ALGEBRA, TUTOR_ANA, () => menuImportRoster());
    expect(program.world.state.ui.alerts.at(-1)?.prompt).toBe("Only the program's coordinators can import the roster.");
  });

  it('an English coordinator gets the dialog as built, with no extra call to rewrite it', () => {
    program.world.counter.reset();
    program.as(COORDINATOR, () => menuSetUpWorkbook());
    const shown = program.world.state.ui.shown.at(-1);
    expect(shown).toMatchObject({ title: 'Set up program workbook' });
    expect(shown?.html).toContain('<html lang="en">');
    expect(program.world.counter.count('HtmlOutput.setContent')).toBe(0);
  });
});
