// A coordinator opens "Provision Drive folders" in Chromium: reads the dry run, confirms, watches the progress, and
// Drive now holds every team folder; a second opening says nothing is left to change.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { setDriveScope } from '../../fakes/drive';
import { readSettings } from '../../src/workspace/program';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA } from '../support/program';

jest.setTimeout(60_000);

const SHOTS = join(__dirname, '..', '..', '.tmp');
let browser: Browser;
let program: Program;

beforeAll(async () => {
  const dist = join(__dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'ProvisionDialog.html')) || !existsSync(join(dist, 'ShareMaterialsDialog.html')))
    execFileSync('node', ['scripts/build.js']);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram({ tier: 2 });
  setDriveScope(program.world, 'drive.file');
});
afterEach(() => program.close());

const asCoordinator = () => ({
  world: program.world,
  execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
  width: 640,
  height: 600,
});

describe('ProvisionDialog', () => {
  it('shows the dry run, applies it on confirmation with a progress bar, and then has nothing left to change', async () => {
    const { page, settle, calls } = await openPage(browser, 'ProvisionDialog', asCoordinator());
    await page.getByRole('heading', { name: 'Dry run' }).waitFor();
    const figures = await page.getByRole('list', { name: 'What a run would change' }).getByRole('listitem').allTextContents();
    expect(figures).toEqual(['21 folders and 2 team workbooks to create', '24 sharing to add', '0 roles to change', '0 access to remove']);
    await page.getByText('Sharing to add (24)').click();
    expect(await page.getByRole('cell', { name: TUTOR_ANA }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'drive-provision-preview.png'), fullPage: true });
    // The dry run changed nothing.
    expect(Object.values(program.world.state.drive).filter((i) => i.appProperties.ttProgram)).toHaveLength(0);

    await page.getByRole('button', { name: 'Apply changes' }).click();
    await page.getByText('Drive now matches the plan.').waitFor();
    await settle();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(await page.getByRole('progressbar').getAttribute('aria-valuemax'));
    await page.screenshot({ path: join(SHOTS, 'drive-provision-done.png'), fullPage: true });
    expect(calls.slice(0, 3)).toEqual(['previewDriveProvision', 'startDriveProvision', 'runJobChunk']);
    const made = Object.values(program.world.state.drive).filter((i) => i.appProperties.ttProgram);
    expect(made).toHaveLength(21 + 2);
    const root = program.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet())).driveRootFolderId;
    expect(program.world.state.drive[root].name).toBe('Northside High Tutoring — Teacher-Tutor Communication');

    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByText('Drive already matches the plan: nothing to change.').waitFor();
    expect(await page.getByRole('button', { name: 'Apply changes' }).count()).toBe(0);
    await page.close();
  });

  it('lists link sharing and a removed tutor in the dry run before turning them off', async () => {
    const { page } = await openPage(browser, 'ProvisionDialog', asCoordinator());
    await page.getByRole('button', { name: 'Apply changes' }).click();
    await page.getByText('Drive now matches the plan.').waitFor();
    await page.close();
    const data = Object.values(program.world.state.drive).find(
      (i) => i.appProperties.ttKind === 'studentData' && i.parents.some((p) => program.world.state.drive[p]?.name === ALGEBRA),
    );
    data?.permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: 'reader', allowFileDiscovery: false });
    const again = await openPage(browser, 'ProvisionDialog', asCoordinator());
    await again.page.getByRole('heading', { name: 'Dry run' }).waitFor();
    await again.page.getByText('Link sharing found on 1 folder').waitFor();
    expect(await again.page.getByRole('cell', { name: 'anyone with the link' }).count()).toBe(1);
    await again.page.screenshot({ path: join(SHOTS, 'drive-provision-link-sharing.png'), fullPage: true });
    await again.page.getByRole('button', { name: 'Apply changes' }).click();
    await again.page.getByText('Drive now matches the plan.').waitFor();
    expect(data?.permissions.some((p) => p.type === 'anyone')).toBe(false);
    await again.page.close();
  });
});
