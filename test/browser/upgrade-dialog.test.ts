// A coordinator opens "Upgrade to team workbooks" in Chromium on a program from before team workbooks: reads what goes
// where, upgrades with a progress bar, and the tutors can no longer open the master; opened again, nothing is left.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, BIOLOGY, COORDINATOR, type Program, TUTOR_ANA } from '../support/program';
import { legacyProgram } from '../workspace/upgrade/legacy-program';

jest.setTimeout(60_000);

const SHOTS = join(__dirname, '..', '..', '.tmp');
let browser: Browser;
let program: Program;

beforeAll(async () => {
  const dist = join(__dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'UpgradeDialog.html'))) execFileSync('node', ['scripts/build.js']);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = legacyProgram({ tier: 2 });
});
afterEach(() => program.close());

const asCoordinator = () => ({
  world: program.world,
  execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
  width: 680,
  height: 620,
});

describe('UpgradeDialog', () => {
  it('shows what goes where, upgrades on confirmation with a progress bar, and then has nothing left to upgrade', async () => {
    const { page, settle, calls } = await openPage(browser, 'UpgradeDialog', asCoordinator());
    await page.getByRole('heading', { name: 'Dry run' }).waitFor();
    const table = page.getByRole('table', { name: 'What goes where' });
    const algebra = await table
      .getByRole('row', { name: new RegExp(ALGEBRA) })
      .getByRole('cell')
      .allTextContents();
    expect(algebra[0]).toContain(`New: My Drive / ${ALGEBRA} — Team workbook`);
    expect(algebra.slice(1)).toEqual(['8', '16', '8', '16', '8', '8']);
    expect(await table.getByRole('row', { name: new RegExp(BIOLOGY) }).count()).toBe(1);
    await page.getByText('Stops being shared with this workbook (5)').waitFor();
    await page.screenshot({ path: join(SHOTS, 'upgrade-preview.png'), fullPage: true });
    expect(program.world.state.spreadsheets[program.masterId].sheets.map((s) => s.name)).toContain('Session Notes');

    await page.getByRole('button', { name: 'Upgrade' }).click();
    await page.getByText('Every team now has its team workbook.').waitFor();
    await settle();
    await page.getByText(/^Moved 12 Goals/).waitFor();
    await page.getByText(/General access, check it says Restricted/).waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
    await page.screenshot({ path: join(SHOTS, 'upgrade-done.png'), fullPage: true });
    expect(calls.slice(0, 3)).toEqual(['previewTeamUpgrade', 'startTeamUpgrade', 'runJobChunk']);
    expect(program.world.state.spreadsheets[program.masterId].sheets.map((s) => s.name)).not.toContain('Session Notes');
    expect(() => program.world.run({ user: TUTOR_ANA }, () => SpreadsheetApp.openById(program.masterId).getSheets())).toThrow();

    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('Nothing to upgrade.').waitFor();
    expect(await page.getByRole('button', { name: 'Upgrade' }).count()).toBe(0);
    await page.close();
  });

  it('a tutor who opens it is told who can upgrade', async () => {
    const { page } = await openPage(browser, 'UpgradeDialog', {
      ...asCoordinator(),
      execution: { user: TUTOR_ANA, spreadsheetId: program.spreadsheetId },
    });
    await page.getByText("Only the program's coordinators can upgrade the program to team workbooks.").waitFor();
    expect(await page.getByRole('button', { name: 'Upgrade' }).count()).toBe(0);
    await page.close();
  });
});
