// The built bundle runs as Apps Script would: loaded by gas-local with the fakes as globals, every callable name top-level.

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeWorld } from '../../fakes/world';
import { DOCS_MENU, SHEETS_MENU } from '../../src/core/menu';
import { checkBundle, clientCalledNames, DIST, loadBundle, topLevelFunctions } from '../support/bundle';

type Callable = (...args: unknown[]) => unknown;

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

const captions = (entries: typeof SHEETS_MENU) => entries.filter((e) => e !== 'separator').map((e) => (e as { caption: string }).caption);

describe('dist/Code.js', () => {
  it('has no Node or ES-module constructs and every callable name is a top-level function', () => {
    expect(checkBundle()).toEqual([]);
  });

  it('builds the Sheets add-on menu from onOpen in AuthMode.NONE and AuthMode.FULL', () => {
    for (const authMode of ['NONE', 'FULL'] as const) {
      const world = new FakeWorld();
      const app = loadBundle(world);
      world.run({ authMode, host: 'sheets' }, () => (app.onOpen as Callable)({ authMode }));
      const menu = world.state.ui.menus.find((m) => m.host === 'sheets');
      expect(menu?.items.filter((i) => 'caption' in i).map((i) => (i as { caption: string }).caption)).toEqual(captions(SHEETS_MENU));
    }
  });

  it('builds the Docs add-on menu from onOpen in a document', () => {
    const world = new FakeWorld();
    const app = loadBundle(world);
    world.run({ authMode: 'NONE', host: 'docs' }, () => (app.onInstall as Callable)({ authMode: 'NONE' }));
    const menu = world.state.ui.menus.find((m) => m.host === 'docs');
    expect(menu?.items.filter((i) => 'caption' in i).map((i) => (i as { caption: string }).caption)).toEqual(captions(DOCS_MENU));
  });

  it('refuses anything but the menu in AuthMode.NONE, as Apps Script does', () => {
    const world = new FakeWorld();
    const app = loadBundle(world);
    expect(() => world.run({ authMode: 'NONE', host: 'sheets' }, () => (app.getSetupDefaults as Callable)())).toThrow(/AuthMode\.NONE/);
  });

  it('exposes each menu handler as a callable top-level function in the loaded context', () => {
    const app = loadBundle(new FakeWorld());
    for (const entry of [...SHEETS_MENU, ...DOCS_MENU]) {
      if (entry !== 'separator') expect(typeof app[entry.functionName]).toBe('function');
    }
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
