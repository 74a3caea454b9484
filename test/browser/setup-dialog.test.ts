// A coordinator fills the "Set up program workbook" dialog in Chromium; the fake workbook gets its sheets and settings.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { MASTER_TABLES } from '../../src/core/workbook-tables';
import { readSettings } from '../../src/workspace/program';
import { launchBrowser, openPage } from '../support/browser';
import { COORDINATOR, createProgram, type Program } from '../support/program';

jest.setTimeout(30_000);

let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'SetupDialog.html'))) execFileSync('node', ['scripts/build.js']);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram({ setUp: false });
});
afterEach(() => program.close());

const open = () =>
  openPage(browser, 'SetupDialog', {
    world: program.world,
    execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
    width: 460,
    height: 620,
  });

describe('SetupDialog', () => {
  it('a coordinator fills the dialog and the workbook gets every sheet and the settings', async () => {
    const { page, settle } = await open();
    await page.getByLabel('Program name').fill('Eastside Middle Tutoring');
    await page.getByLabel('Communication tier').selectOption('3');
    await page.getByLabel('Setting').selectOption('Out-of-School');
    await page.getByLabel('Take-up').selectOption('Optional');
    await page.getByLabel('Dosage (sessions per week)').fill('2');
    await page.getByLabel('Student-tutor ratio').selectOption('1:1');
    await page.getByLabel('Term start').fill('2026-09-07');
    await page.getByLabel('Term end').fill('2027-01-29');
    await page.getByRole('button', { name: 'Set up workbook' }).click();
    await settle();
    await page.getByText('Settings saved.').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Created Settings, Roster, Dashboard');
    const sheets = program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.name);
    expect(sheets).toEqual(MASTER_TABLES.map((t) => t.name));
    const settings = program.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
    expect(settings).toMatchObject({
      programName: 'Eastside Middle Tutoring',
      tier: 3,
      setting: 'Out-of-School',
      takeUp: 'Optional',
      dosage: 2,
      ratio: '1:1',
      termEnd: '2027-01-29',
      coordinators: [COORDINATOR],
    });
    await page.close();
  });

  it('shows a message next to each bad field, keeps what was typed, and calls no server save', async () => {
    const { page, calls } = await open();
    await page.getByLabel('Program name').fill('Eastside');
    await page.getByLabel('Dosage (sessions per week)').fill('12');
    await page.getByLabel('Term start').fill('2026-09-07');
    await page.getByLabel('Term end').fill('2026-09-01');
    await page.getByRole('button', { name: 'Set up workbook' }).click();
    await expect(page.locator('#dosage-error').textContent()).resolves.toContain('whole number from 1 to 10');
    await expect(page.locator('#termEnd-error').textContent()).resolves.toBe('Term end must be after term start.');
    expect(await page.getByLabel('Program name').inputValue()).toBe('Eastside');
    expect(await page.getByLabel('Dosage (sessions per week)').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toEqual(['getSetupDefaults']);
    expect(program.world.state.spreadsheets[program.spreadsheetId].sheets.map((s) => s.name)).toEqual(['Sheet1']);
    await page.close();
  });

  it('escapes user text: a program name with markup shows as text', async () => {
    const { page, settle } = await open();
    await page.getByLabel('Program name').fill('<img src=x onerror="window.__pwned=1">Tutoring');
    await page.getByLabel('Term start').fill('2026-09-07');
    await page.getByLabel('Term end').fill('2026-12-18');
    await page.getByRole('button', { name: 'Set up workbook' }).click();
    await settle();
    await page.getByText('Settings saved.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const saved = program.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
    expect(saved.programName).toBe('<img src=x onerror="window.__pwned=1">Tutoring');
    await page.close();
  });
});
