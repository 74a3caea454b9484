// The Dutch half of every server message catalog ships as one data file beside the pages (dist/data-i18n-nl.html), not
// in Code.js: a Dutch coordinator's execution reads it once, on the first Dutch message; an English one reads no file.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGlobals, distHtmlLoader } from '../../fakes';
import { setUserLocale } from '../../fakes/script/session';
import type { ExecutionOptions } from '../../fakes/world';
import type { Catalog } from '../../src/core/i18n/catalog';
import * as server from '../../src/main';
import { onOpen } from '../../src/server/lifecycle';
import { DIST } from '../support/bundle';
import { ALGEBRA, COORDINATOR, createProgram, TUTOR_ANA } from '../support/program';

type Callable = (...args: unknown[]) => unknown;

// gas-local ships no typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

const MESSAGES = join(__dirname, '..', '..', 'src', 'core', 'i18n', 'messages');
const NL_FILE = 'data-i18n-nl';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

/** Every catalog the messages folder declares, read from the sources (a file added today is in it too). */
function sourceCatalogs(): Catalog<Record<string, string>>[] {
  return readdirSync(MESSAGES)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => Object.values(require(join(MESSAGES, f)) as Record<string, unknown>))
    .filter((v): v is Catalog<Record<string, string>> => typeof v === 'object' && v !== null && 'en' in v && 'nl' in v && 't' in v);
}

describe('Dutch messages as one data file', () => {
  const program = createProgram();
  afterAll(() => program.close());
  const world = program.world;
  setUserLocale(world, COORDINATOR, 'nl_NL');
  setUserLocale(world, TUTOR_ANA, 'nl_NL');

  /** A fresh load of the bundle (one Apps Script execution's global scope), and the project files it has read. */
  function freshBundle(): { app: Record<string, unknown>; reads: string[] } {
    const reads: string[] = [];
    const files = distHtmlLoader(DIST);
    const html = (name: string) => {
      reads.push(name);
      return files(name);
    };
    const quiet = { log: () => {}, info: () => {}, warn: () => {}, error: () => {} } as unknown as Console;
    return { app: gasLocal.require(DIST, { ...createGlobals(world, { html, console: quiet }) }), reads };
  }

  /** What one action leaves on screen: the refusal it throws, the last menu, new alerts' text, new dialogs' titles and pages. */
  function screen(run: () => void, options: ExecutionOptions): unknown {
    const before = { alerts: world.state.ui.alerts.length, shown: world.state.ui.shown.length };
    world.state.ui.menus = [];
    let refused = '';
    try {
      world.run(options, run);
    } catch (error) {
      // The bundle's errors are of its own realm (not this one's Error): read the message the page would show.
      refused = String((error as { message?: unknown }).message ?? error);
    }
    return {
      refused,
      menu: world.state.ui.menus.at(-1)?.items ?? [],
      alerts: world.state.ui.alerts.slice(before.alerts).map((a) => a.prompt),
      shown: world.state.ui.shown.slice(before.shown).map((s) => ({ title: s.title, html: s.html })),
    };
  }

  const master = { host: 'sheets', spreadsheetId: program.masterId } as const;
  const ACTIONS = [
    {
      what: 'opens the master (the menu)',
      user: COORDINATOR,
      where: { ...master, authMode: 'LIMITED' },
      call: 'onOpen',
      args: [{ authMode: 'LIMITED' }],
    },
    {
      what: 'is refused the dashboard in a team workbook',
      user: TUTOR_ANA,
      where: { host: 'sheets', spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      call: 'menuRefreshDashboard',
      args: [],
    },
    { what: 'opens the setup dialog', user: COORDINATOR, where: master, call: 'menuSetUpWorkbook', args: [] },
  ] as const;
  const sources: Record<string, Callable> = { ...(server as unknown as Record<string, Callable>), onOpen: onOpen as Callable };

  it('Code.js holds no Dutch message; the data file holds the Dutch of every catalog Code.js holds, as the sources have it, in JSON with no markup', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const catalogs = sourceCatalogs();
    const english = new Set(catalogs.flatMap((c) => Object.values(c.en)));
    const dutchOnly = catalogs.flatMap((c) => Object.values(c.nl)).filter((m) => m.length >= 16 && !english.has(m));
    expect(dutchOnly.length).toBeGreaterThan(100);
    expect(dutchOnly.filter((m) => code.includes(m))).toEqual([]);
    const file = readFileSync(join(DIST, `${NL_FILE}.html`), 'utf8');
    expect(file).not.toContain('<');
    const shipped = Object.values(JSON.parse(file) as Record<string, Record<string, string>>);
    expect(shipped.length).toBeGreaterThan(10);
    const fromSources = catalogs.map((c) => JSON.stringify(c.nl));
    for (const nl of shipped) expect(fromSources).toContain(JSON.stringify(nl));
    // Every catalog Code.js holds (all its longer English messages are in it), whichever file declares it, ships its Dutch.
    const inCode = catalogs.filter((c) => {
      const long = Object.values(c.en).filter((m) => m.length >= 16);
      return long.length > 0 && long.every((m) => code.includes(m));
    });
    expect(inCode.length).toBeGreaterThan(10);
    const shippedJson = shipped.map((nl) => JSON.stringify(nl));
    expect(inCode.filter((c) => !shippedJson.includes(JSON.stringify(c.nl))).map((c) => Object.keys(c.en)[0])).toEqual([]);
  });

  it.each(ACTIONS)('a Dutch person $what from the bundle: the same Dutch text as the sources, the Dutch file read once', (action) => {
    const expected = screen(() => sources[action.call](...action.args), { user: action.user, ...action.where });
    const { app, reads } = freshBundle();
    const fromBundle = screen(() => (app[action.call] as Callable)(...action.args), { user: action.user, ...action.where });
    expect(fromBundle).toEqual(expected);
    expect(JSON.stringify(fromBundle)).toMatch(/Tutorpaneel|Alleen |Programma-spreadsheet/);
    expect(reads.filter((r) => r === NL_FILE)).toEqual([NL_FILE]);
    // The same execution saying more in Dutch reads nothing more.
    screen(() => (app[action.call] as Callable)(...action.args), { user: action.user, ...action.where });
    expect(reads.filter((r) => r === NL_FILE)).toEqual([NL_FILE]);
  });

  it.each(ACTIONS)('an English person $what from the bundle: English text as the sources, no data file read', (action) => {
    setUserLocale(world, action.user, 'en_US');
    try {
      const expected = screen(() => sources[action.call](...action.args), { user: action.user, ...action.where });
      const { app, reads } = freshBundle();
      const fromBundle = screen(() => (app[action.call] as Callable)(...action.args), { user: action.user, ...action.where });
      expect(fromBundle).toEqual(expected);
      expect(JSON.stringify(fromBundle)).toMatch(/Open tutor sidebar|Only |Set up/);
      // The dialog reads its own page file; no execution in English reads a data file.
      expect(reads.filter((r) => r.startsWith('data-'))).toEqual([]);
      if (action.call !== 'menuSetUpWorkbook') expect(reads).toEqual([]);
    } finally {
      setUserLocale(world, action.user, 'nl_NL');
    }
  });
});
