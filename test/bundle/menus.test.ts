// Every menu item works from the built bundle, as Apps Script would run it: each opens its page or does its job.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGlobals } from '../../fakes';
import { FakeWorld } from '../../fakes/world';
import { DOCS_MENU, type MenuItem, SHEETS_MENU } from '../../src/core/menu';
import { DIST, loadBundle } from '../support/bundle';

type Callable = (...args: unknown[]) => unknown;
const COORDINATOR = 'coordinator@school.example';

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

function items(menu: typeof SHEETS_MENU): MenuItem[] {
  return menu.filter((e): e is MenuItem => e !== 'separator');
}

describe('menu items run from dist/Code.js', () => {
  const world = new FakeWorld({ users: [COORDINATOR] });
  const app = loadBundle(world);
  const g = createGlobals(world);
  const spreadsheetId = world.run({ user: COORDINATOR }, () => g.SpreadsheetApp.create('Program').getId());
  const documentId = world.run({ user: COORDINATOR, host: 'docs' }, () => g.DocumentApp.create('Agenda').getId());
  world.run({ user: COORDINATOR, spreadsheetId }, () =>
    (app.setUpWorkbook as Callable)({
      programName: 'Bundle Program',
      tier: '2',
      setting: 'In-School',
      takeUp: 'Optional',
      dosage: '2',
      ratio: '1:1',
      termStart: '2026-09-07',
      termEnd: '2026-12-18',
    }),
  );

  it.each(items(SHEETS_MENU).map((i) => [i.caption, i.functionName]))('Sheets: %s', (_caption, functionName) => {
    const before = JSON.stringify({
      shown: world.state.ui.shown.length,
      toasts: world.state.ui.toasts.length,
      sheets: world.state.spreadsheets[spreadsheetId].sheets.length,
    });
    world.run({ user: COORDINATOR, host: 'sheets', spreadsheetId }, () => (app[functionName] as Callable)());
    const after = JSON.stringify({
      shown: world.state.ui.shown.length,
      toasts: world.state.ui.toasts.length,
      sheets: world.state.spreadsheets[spreadsheetId].sheets.length,
    });
    expect(after).not.toBe(before);
    const last = world.state.ui.shown.at(-1);
    if (last) expect(last.html).toContain('<div id="app"');
  });

  it.each(items(DOCS_MENU).map((i) => [i.caption, i.functionName]))('Docs: %s', (_caption, functionName) => {
    const before = world.state.ui.shown.length;
    world.run({ user: COORDINATOR, host: 'docs', documentId }, () => (app[functionName] as Callable)());
    expect(world.state.ui.shown).toHaveLength(before + 1);
    expect(world.state.ui.shown.at(-1)?.host).toBe('docs');
  });
});
