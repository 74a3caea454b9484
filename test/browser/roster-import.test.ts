// A coordinator pastes a roster CSV into the "Import roster" dialog in Chromium: bad rows are reported and nothing is
// written; once fixed, the rows land on the Roster.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readRoster } from '../../src/workspace/program';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_BEN } from '../support/program';

jest.setTimeout(30_000);

const SHOTS = join(__dirname, '..', '..', '.tmp');
let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'RosterImportDialog.html'))) execFileSync('node', ['scripts/build.js']);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram();
});
afterEach(() => program.close());

const open = () =>
  openPage(browser, 'RosterImportDialog', {
    world: program.world,
    execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
    width: 720,
    height: 640,
  });

const roster = () => program.run(() => readRoster(SpreadsheetApp.getActiveSpreadsheet()));
const HEADER = 'Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email';

describe('RosterImportDialog', () => {
  it('a coordinator pastes a CSV with bad rows: the report lists them and nothing is written; fixed, it imports', async () => {
    const { page, settle } = await open();
    const bad = [
      HEADER,
      `00601,Kai Moss,9,Math,${ALGEBRA},${TEACHER_RIVERA},${TUTOR_BEN}`,
      `00602,"Lee, Sam",9,Math,${ALGEBRA},rivera(at)school,${TUTOR_BEN}`,
      `00603,Ivy Chen,9,Art,Art 9 - Period 1,${TEACHER_RIVERA},${TUTOR_BEN}`,
    ].join('\n');
    await page.getByLabel('Roster CSV').fill(bad);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await settle();
    const table = page.getByRole('table', { name: 'Rows to fix' });
    await table.waitFor();
    const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(cells).toEqual([
      ['3', 'Teacher email', 'rivera(at)school', '"rivera(at)school" is not an email address.'],
      ['4', 'Team (class)', 'Art 9 - Period 1', '"Art 9 - Period 1" is not a team on the Roster yet. Tick "Allow new teams" if it is a new class.'],
    ]);
    expect(await page.getByRole('alert').first().textContent()).toBe(
      'Nothing was imported. 2 rows of 3 need fixing. Fix them and import again, or import only the 1 valid row.',
    );
    await page.getByRole('button', { name: 'Import the 1 valid row' }).waitFor();
    expect(roster()).toHaveLength(6);
    await page.screenshot({ path: join(SHOTS, 'roster-import-bad-rows.png'), fullPage: true });

    // The coordinator fixes the email and ticks "Allow new teams" for the new class.
    await page.getByLabel('Roster CSV').fill(bad.replace('rivera(at)school', TEACHER_RIVERA));
    await page.getByLabel('Allow new teams').check();
    await page.getByRole('button', { name: 'Check rows' }).click();
    await settle();
    await page.getByText('All 3 rows are valid').waitFor();
    expect(await page.getByText('New teams: Art 9 - Period 1.').count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await settle();
    await page.getByText('Imported 3 new students, updated 0.').waitFor();
    await page.screenshot({ path: join(SHOTS, 'roster-import-done.png'), fullPage: true });
    const after = roster();
    expect(after.map((s) => s.studentId)).toEqual(['00101', '00102', '00103', '00104', '00201', '00202', '00601', '00602', '00603']);
    expect(after.find((s) => s.studentId === '00602')).toMatchObject({ name: 'Lee, Sam', teacherEmail: TEACHER_RIVERA, team: ALGEBRA });
    expect(after.find((s) => s.studentId === '00603')?.team).toBe('Art 9 - Period 1');
    await page.close();
  });

  it('a coordinator imports from another sheet of the workbook, picking it from the list', async () => {
    program.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('District export');
      sheet.getRange(1, 1, 2, 5).setValues([
        ['ID', 'Student', 'Class', 'Teacher', 'Tutor'],
        ["'00701", 'Noor Ali', ALGEBRA, TEACHER_RIVERA, TUTOR_BEN],
      ]);
    });
    const { page, settle } = await open();
    await page.getByRole('tab', { name: 'From a sheet' }).click();
    await page.getByLabel('Sheet to import from').selectOption('District export');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await settle();
    await page.getByText('Imported 1 new student, updated 0.').waitFor();
    expect(roster().find((s) => s.studentId === '00701')?.name).toBe('Noor Ali');
    await page.close();
  });
});
