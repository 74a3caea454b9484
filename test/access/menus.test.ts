// Each person opening a workbook of the program sees their own menu items: none that needs a read in AuthMode.NONE,
// their role's items in LIMITED and FULL, in as few service calls as it takes.

import type { AuthModeName } from '../../fakes/world';
import { ACTIONS } from '../../src/core/access/actions';
import { DOCS_MENU, type MenuItem, menuFunctionNames, SHEETS_MENU } from '../../src/core/menu';
import { menuAboutAccess, onOpen } from '../../src/server/lifecycle';
import {
  ALGEBRA,
  aStudent,
  BIOLOGY,
  COORDINATOR,
  createProgram,
  defaultRoster,
  type Program,
  TEACHER_OKAFOR,
  TEACHER_RIVERA,
  TUTOR_ANA,
  TUTOR_CHEN,
} from '../support/program';

const REMOVED_TUTOR = 'tutor.removed@school.example';
const OUTSIDER = 'outsider@school.example';

const COORDINATOR_CORE = [
  'Open tutor sidebar',
  'Set up program workbook…',
  'Import roster…',
  'Refresh dashboard',
  'Generate conference docs…',
  'Provision Drive folders…',
  'Access report',
];
/** Every Sheets item declared for coordinators in the master (features add theirs, such as the upgrade). */
const COORDINATOR_ITEMS = SHEETS_MENU.filter((e): e is MenuItem => e !== 'separator' && e.roles.includes('coordinator') && e.where !== 'team').map(
  (e) => e.caption,
);

let program: Program;
beforeEach(() => {
  // A tutor whose only student left the program: on the Roster, but with no active student.
  program = createProgram({
    students: [...defaultRoster(), aStudent({ studentId: '00199', name: 'Eli Park', tutorEmail: REMOVED_TUTOR, active: false })],
  });
});
afterEach(() => program.close());

/** The captions of the Sheets menu that onOpen built in the last execution. */
function openAndRead(run: (fn: () => void, authMode: AuthModeName) => void, authMode: AuthModeName, host: 'sheets' | 'docs' = 'sheets') {
  program.world.state.ui.menus = [];
  program.world.counter.reset();
  run(() => onOpen({ authMode } as unknown as GoogleAppsScript.Events.SheetsOnOpen), authMode);
  const menu = program.world.state.ui.menus.find((m) => m.host === host);
  return {
    captions: (menu?.items ?? []).flatMap((i) => ('caption' in i ? [i.caption] : ['—'])),
    calls: program.world.counter.total,
  };
}

const inMaster = (user: string) => (fn: () => void, authMode: AuthModeName) => program.as(user, fn, { authMode });
const inTeam = (team: string, user: string) => (fn: () => void, authMode: AuthModeName) => program.inTeam(team, user, fn, { authMode });
const withoutDashes = (captions: string[]) => captions.filter((c) => c !== '—');

describe('onOpen menus per role', () => {
  it('in AuthMode.NONE everyone gets the short menu, built without a single read', () => {
    for (const run of [inMaster(COORDINATOR), inTeam(ALGEBRA, TUTOR_ANA), inTeam(ALGEBRA, TEACHER_RIVERA)]) {
      const { captions, calls } = openAndRead(run, 'NONE');
      expect(withoutDashes(captions)).toEqual(['Open tutor sidebar', 'Set up program workbook…']);
      // getUi, createAddonMenu, two addItem, a separator, addToUi: menu calls only (the fakes refuse anything else in NONE).
      expect(calls).toBeLessThanOrEqual(6);
    }
  });

  it('a coordinator in the master sees setup, roster, dashboard, docs, provisioning and the access report, without reading the Roster', () => {
    for (const authMode of ['LIMITED', 'FULL'] as const) {
      const { captions } = openAndRead(inMaster(COORDINATOR), authMode);
      expect(withoutDashes(captions)).toEqual(COORDINATOR_ITEMS);
      expect(COORDINATOR_ITEMS).toEqual(expect.arrayContaining(COORDINATOR_CORE));
      expect(captions[0]).not.toBe('—');
      expect(captions.at(-1)).not.toBe('—');
    }
    // Session, the time zone and Settings: the master's full Roster is not read for a coordinator.
    expect(program.world.counter.count('Range.getValues')).toBe(1);
  });

  it('a tutor in their team workbook sees the tutor sidebar only, in a handful of calls', () => {
    const { captions, calls } = openAndRead(inTeam(ALGEBRA, TUTOR_ANA), 'LIMITED');
    expect(captions).toEqual(['Open tutor sidebar']);
    expect(program.world.counter.count('Range.getValues')).toBe(2);
    expect(calls).toBeLessThanOrEqual(16);
  });

  it('a teacher in their team workbook sees the sidebar and Share lesson materials', () => {
    const { captions } = openAndRead(inTeam(BIOLOGY, TEACHER_OKAFOR), 'LIMITED');
    expect(captions).toEqual(['Open tutor sidebar', 'Share lesson materials…']);
  });

  it('a coordinator opening a team workbook sees the sidebar, not the whole-program items', () => {
    const { captions } = openAndRead(inTeam(BIOLOGY, COORDINATOR), 'FULL');
    expect(captions).toEqual(['Open tutor sidebar']);
  });

  it('a person with no role (a tutor just removed, an outsider with edit access) sees one item that says whom to ask', () => {
    for (const user of [REMOVED_TUTOR, OUTSIDER]) {
      program.world.state.drive[program.masterId].permissions.push({ id: `p-${user}`, type: 'user', emailAddress: user, role: 'writer' });
      expect(openAndRead(inMaster(user), 'LIMITED').captions).toEqual(['Who can use this workbook?']);
      program.world.state.ui.alerts = [];
      program.as(user, () => menuAboutAccess());
      expect(program.world.state.ui.alerts.at(-1)?.prompt).toBe(
        `${user} has no role in this program workbook. Coordinators are named in its Settings sheet; tutors and teachers come from the Roster's active students. Ask a coordinator (${COORDINATOR}) to add you.`,
      );
    }
  });

  it('in a spreadsheet that holds no program, anyone is offered setup only', () => {
    const empty = createProgram({ setUp: false });
    empty.world.state.ui.menus = [];
    // Chen opens a spreadsheet of her own that holds no program.
    const own = empty.world.run({ user: TUTOR_CHEN, host: 'sheets' }, () => SpreadsheetApp.create('Chen’s sheet').getId());
    empty.world.run({ user: TUTOR_CHEN, host: 'sheets', spreadsheetId: own }, () =>
      onOpen({ authMode: 'LIMITED' } as unknown as GoogleAppsScript.Events.SheetsOnOpen),
    );
    const menu = empty.world.state.ui.menus.find((m) => m.host === 'sheets');
    expect(menu?.items).toEqual([{ caption: 'Set up program workbook…', functionName: 'menuSetUpWorkbook' }]);
    empty.close();
  });

  it('when Google does not reveal the user, the short menu shows', () => {
    const { captions } = openAndRead((fn, authMode) => program.as('', fn, { authMode }), 'LIMITED');
    expect(withoutDashes(captions)).toEqual(['Open tutor sidebar', 'Set up program workbook…']);
  });

  it('Docs: a template for anyone; Share lesson materials once the add-on may know the user', () => {
    const docs = (fn: () => void, authMode: AuthModeName) => program.world.run({ user: TEACHER_RIVERA, host: 'docs', authMode }, fn);
    expect(openAndRead(docs, 'NONE', 'docs').captions).toEqual(['Insert a template…']);
    expect(openAndRead(docs, 'LIMITED', 'docs').captions).toEqual(['Insert a template…', 'Share lesson materials…']);
  });
});

describe('menu declarations', () => {
  const items = [...SHEETS_MENU, ...DOCS_MENU].filter((e): e is MenuItem => e !== 'separator');

  it("offers each item only to roles its handler's rule allows, so a menu never shows what the guard refuses", () => {
    for (const item of items) {
      const rule = ACTIONS[item.functionName as keyof typeof ACTIONS];
      expect(rule).toBeDefined();
      if (rule.roles.length > 0) for (const role of item.roles) expect(rule.roles).toContain(role);
    }
  });

  it('names every handler once in menuFunctionNames', () => {
    expect(menuFunctionNames().sort()).toEqual([...new Set([...items.map((i) => i.functionName), 'menuAboutAccess'])].sort());
  });
});
