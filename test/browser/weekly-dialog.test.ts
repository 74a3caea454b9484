// A coordinator opens "Weekly meeting preparation…" in Chromium: turns the weekly schedule on (their own trigger,
// one however often saved), sees it on, and turns it off again (the trigger is deleted).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { writeRun } from '../../src/workspace/weekly/runs-store';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR } from '../support/program';
import { createWeeklyProgram, type WeeklyProgram } from '../weekly/support';

jest.setTimeout(60_000);

const SCREENSHOT = join(__dirname, '..', '..', 'docs', 'screenshots', 'weekly-dialog.png');
let browser: Browser;
let program: WeeklyProgram;

beforeAll(async () => {
  const dist = join(__dirname, '..', '..', 'dist');
  if (!existsSync(join(dist, 'WeeklyDialog.html'))) execFileSync('node', ['scripts/build.js']);
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createWeeklyProgram({ updates: { mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' } });
});
afterEach(() => program.close());

const weeklyTriggers = () => program.world.state.triggers.filter((t) => t.owner === COORDINATOR && t.handler === 'weeklyPreparationTrigger');

describe('WeeklyDialog', () => {
  it('turns the weekly schedule on and off', async () => {
    const { page, settle } = await openPage(browser, 'WeeklyDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.masterId },
      width: 560,
      height: 640,
    });
    await page.getByText('Off. Each run prepares').waitFor();
    await page.getByLabel('Day').selectOption('MONDAY');
    await page.getByLabel('Hour').selectOption('8');
    await page.getByRole('button', { name: 'Turn schedule on' }).click();
    await page.getByText('Scheduled: every Monday at 08:00, as you.').waitFor();
    await settle();
    expect(weeklyTriggers()).toHaveLength(1);
    expect(weeklyTriggers()[0]).toMatchObject({ weekDay: 'MONDAY', atHour: 8, everyWeeks: 1 });
    await page.getByText('On: every Monday at 08:00.').waitFor();
    // Saving again replaces the trigger: still one.
    await page.getByRole('button', { name: 'Update schedule' }).click();
    await page.getByText('Scheduled: every Monday at 08:00, as you.').waitFor();
    await settle();
    expect(weeklyTriggers()).toHaveLength(1);
    await page.screenshot({ path: SCREENSHOT });

    await page.getByRole('button', { name: 'Turn schedule off' }).click();
    await page.getByText('Schedule turned off: your weekly trigger was deleted.').waitFor();
    await settle();
    expect(weeklyTriggers()).toEqual([]);
    await page.getByText('Off. Each run prepares').waitFor();
    await page.close();
  });

  it('lists the latest runs with what each still has to do, in the Runs sheet’s own words', async () => {
    program.run(() =>
      writeRun(SpreadsheetApp.getActiveSpreadsheet(), 'run-1', {
        startedAt: '2026-09-18T07:00:00.000Z',
        trigger: 'Scheduled',
        runBy: COORDINATOR,
        status: 'Running',
        remaining: 'Teams to do: Biology - Period 4',
      }),
    );
    const { page } = await openPage(browser, 'WeeklyDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.masterId },
      width: 560,
      height: 640,
    });
    await page.getByText('Latest runs').click();
    const line = (await page.locator('details li').first().textContent()) ?? '';
    expect(line).toContain(' · Teams to do: Biology - Period 4');
    expect(line).not.toMatch(/remaining:/i);
    await page.close();
  });
});
