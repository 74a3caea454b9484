// The built bundle runs as Apps Script would: loaded by gas-local with the fakes as globals, every callable name top-level.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';
import { DOCS_MENU, type MenuEntry, menuFor, NO_ROLE_ITEM, SHEETS_MENU, unknownAudience } from '../../src/core/menu';
import { RESUME_HANDLER } from '../../src/workspace/job-runner';
import { checkBundle, clientCalledNames, DIST, loadBundle, topLevelFunctions } from '../support/bundle';

type Callable = (...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

const captions = (entries: readonly MenuEntry[]) => entries.filter((e) => e !== 'separator').map((e) => (e as { caption: string }).caption);

/** The captions of the last menu onOpen built in `host` (each onOpen replaces the add-on menu). */
function menuCaptions(world: FakeWorld, host: 'sheets' | 'docs'): string[] {
  const menu = world.state.ui.menus.filter((m) => m.host === host).at(-1);
  return (menu?.items ?? []).flatMap((i) => ('caption' in i ? [i.caption] : []));
}

const SETUP_FORM = {
  programName: 'Bundle Program',
  tier: '2',
  setting: 'In-School',
  takeUp: 'Optional',
  dosage: '2',
  ratio: '1:1',
  termStart: '2026-09-07',
  termEnd: '2026-12-18',
};

describe('dist/Code.js', () => {
  it('has no Node or ES-module constructs and every callable name is a top-level function', () => {
    expect(checkBundle()).toEqual([]);
  });

  it("builds the short Sheets menu from onOpen in AuthMode.NONE, and the coordinator's menu in AuthMode.FULL", () => {
    const world = new FakeWorld();
    const app = loadBundle(world);
    world.run({ authMode: 'NONE', host: 'sheets' }, () => (app.onOpen as Callable)({ authMode: 'NONE' }));
    expect(menuCaptions(world, 'sheets')).toEqual(captions(menuFor(unknownAudience('sheets'))));
    const spreadsheetId = world.run({ host: 'sheets' }, () => createGlobals(world).SpreadsheetApp.create('Program').getId());
    // A spreadsheet with no program: setup only, for anyone.
    world.run({ authMode: 'FULL', host: 'sheets', spreadsheetId }, () => (app.onOpen as Callable)({ authMode: 'FULL' }));
    expect(menuCaptions(world, 'sheets')).toEqual(['Set up program workbook…']);
    world.run({ host: 'sheets', spreadsheetId }, () => (app.setUpWorkbook as Callable)(SETUP_FORM));
    world.run({ authMode: 'FULL', host: 'sheets', spreadsheetId }, () => (app.onOpen as Callable)({ authMode: 'FULL' }));
    expect(menuCaptions(world, 'sheets')).toEqual(captions(menuFor({ host: 'sheets', known: true, kind: 'master', roles: ['coordinator'] })));
  });

  it('builds the Docs add-on menu from onInstall in a document', () => {
    const world = new FakeWorld();
    const app = loadBundle(world);
    world.run({ authMode: 'NONE', host: 'docs' }, () => (app.onInstall as Callable)({ authMode: 'NONE' }));
    expect(menuCaptions(world, 'docs')).toEqual(captions(menuFor(unknownAudience('docs'))));
    world.run({ authMode: 'FULL', host: 'docs' }, () => (app.onInstall as Callable)({ authMode: 'FULL' }));
    expect(menuCaptions(world, 'docs')).toEqual(captions(DOCS_MENU));
  });

  it('refuses anything but the menu in AuthMode.NONE, as Apps Script does', () => {
    const world = new FakeWorld();
    const app = loadBundle(world);
    expect(() => world.run({ authMode: 'NONE', host: 'sheets' }, () => (app.getSetupDefaults as Callable)())).toThrow(/AuthMode\.NONE/);
  });

  it('exposes each menu handler as a callable top-level function in the loaded context', () => {
    const app = loadBundle(new FakeWorld());
    for (const entry of [...SHEETS_MENU, ...DOCS_MENU, NO_ROLE_ITEM]) {
      if (entry !== 'separator') expect(typeof app[entry.functionName]).toBe('function');
    }
  });
});

// Issue 11's budgets: Code.js is parsed on every execution and each page is downloaded whenever it opens. Where the target
// is not met yet (see bench/RESULTS.md), the ceiling is today's size plus room for the work in flight, so growth still fails.
const KB = 1024;
// Target 150 KB (issue 11), not met: measured 275,492 bytes (269.0 KB) at 12897ba, after the Dutch catalogs became one
// data file (dist/data-i18n-nl.html) and Code.js moved to es2020 (bench/RESULTS.md, "minified Code.js"); the ceiling is
// that plus 8 KB, so growth beyond it fails here. Lower it as Code.js shrinks; never raise it.
const CODE_CEILING = 275_492 + 8 * KB;
// Every page, and every data file and page part beside them (dist/data-*.html, dist/part-*.html), within 60 KB.
const PAGE_TARGET = 60 * KB;
const PAGE_CEILINGS: Record<string, number> = {};

describe('bundle size', () => {
  it('keeps Code.js within its budget, minified (no line of the IIFE is pretty-printed)', () => {
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const size = statSync(join(DIST, 'Code.js')).size;
    expect(size).toBeLessThanOrEqual(CODE_CEILING);
    // Minified: the IIFE is a handful of long lines, not thousands of indented ones.
    expect(code.split('\n').filter((line) => /^\s{2,}\S/.test(line)).length).toBe(0);
  });

  it('keeps each sidebar and dialog within 60 KB, or within its recorded ceiling while it is over', () => {
    const pages = readdirSync(DIST).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    const over = pages
      .map((file) => ({ file, size: statSync(join(DIST, file)).size }))
      .filter(({ file, size }) => size > (PAGE_CEILINGS[file] ?? PAGE_TARGET))
      .map(({ file, size }) => `${file} ${(size / KB).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('names the job trigger handler as a top-level function (minifying renames the constant checkBundle looks for)', () => {
    expect(topLevelFunctions(readFileSync(join(DIST, 'Code.js'), 'utf8')).has(RESUME_HANDLER)).toBe(true);
  });
});

describe('checkBundle', () => {
  let broken: string;
  beforeEach(() => {
    broken = mkdtempSync(join(tmpdir(), 'tt-dist-'));
    cpSync(DIST, broken, { recursive: true });
  });
  afterEach(() => rmSync(broken, { recursive: true, force: true }));

  it('catches a menu handler whose top-level stub is missing', () => {
    const code = readFileSync(join(broken, 'Code.js'), 'utf8');
    writeFileSync(join(broken, 'Code.js'), code.replace(/^function menuSetUpWorkbook\(.*$/m, ''));
    expect(checkBundle(broken)).toContainEqual(expect.stringContaining('menuSetUpWorkbook'));
  });

  it('catches a sidebar calling a server function the bundle does not define', () => {
    writeFileSync(join(broken, 'Broken.html'), '<script>google.script.run.withSuccessHandler(f).noSuchServerFunction(1)</script>');
    expect(checkBundle(broken)).toContainEqual('Broken.html calls noSuchServerFunction, which is not a top-level function in Code.js');
  });

  it('catches require() and ES module syntax', () => {
    const code = readFileSync(join(broken, 'Code.js'), 'utf8');
    writeFileSync(join(broken, 'Code.js'), `${code}\nconst fs = require("fs");\nexport default 1;\n`);
    const problems = checkBundle(broken);
    expect(problems).toContain('Code.js calls require(): Apps Script has no module loader');
    expect(problems).toContain('Code.js has an ES module import/export statement');
  });
});

describe('name extraction', () => {
  it('finds top-level functions and client calls', () => {
    expect([...topLevelFunctions('function a() {}\n  function nested() {}\nfunction b(x) {}')]).toEqual(['a', 'b']);
    const html = 'serverCall("saveNote", x); google.script.run.withSuccessHandler(ok).withFailureHandler(fail).listStudents()';
    expect([...clientCalledNames(html)].sort()).toEqual(['listStudents', 'saveNote']);
  });
});
