// A tutor celebrates Maya's follow-through from the sidebar in Chromium: the offer appears at a glance once every step
// of her plan was done this week, the tutor edits the message, says she told Maya first, and sends it; the team
// workbook logs it and the coordinator's delivery emails it to Maya's family (with consent).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { addDays } from '../../src/core/dates';
import { CELEBRATIONS_TABLE } from '../../src/core/family/celebration-table';
import { CHECK_OFFS_TABLE } from '../../src/core/tables';
import { menuSendCelebrationEmails } from '../../src/server/family';
import { appendRecords, readTable, requireSheet } from '../../src/workspace/table-store';
import { todayIn } from '../../src/workspace/today';
import { familyProgram, MAYA_FAMILY } from '../family/fixtures';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, type Program, TUTOR_ANA } from '../support/program';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, '.tmp');

let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'TutorSidebar.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => program?.close());

/** Maya did both steps of her plan in the last few days (dates from the workbook's today: real timers here). */
function mayaFollowedThrough(): void {
  program.inTeam(ALGEBRA, COORDINATOR, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const today = todayIn(ss);
    const rows = [
      { date: addDays(today, -3), stepId: 'S-1', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-8' },
      { date: addDays(today, -1), stepId: 'S-2', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-9' },
    ];
    appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, rows);
  });
}

describe('celebrating follow-through from the tutor sidebar', () => {
  it('a tutor edits and sends a celebration message to Maya’s family', async () => {
    program = familyProgram({ mail: true, realTime: true });
    mayaFollowedThrough();
    const { page, settle } = await openPage(browser, 'TutorSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, spreadsheetId: program.teamWorkbookId(ALGEBRA) },
    });
    await page.selectOption('#student', '00101');
    await settle();
    await page.getByRole('heading', { name: 'Celebrate follow-through' }).waitFor();
    const text = await page.textContent('form.celebration');
    expect(text).toContain('Maya Johnson did every step of the action plan this week. Praise preference: in private.');
    expect(text).toContain('Tell Maya first');
    const message = page.getByLabel('Email to the family (edit as you like)');
    expect(await message.inputValue()).toContain('Maya followed through on every step of the action plan this week');
    await message.fill(`${await message.inputValue()}\nP.S. Maya picked these steps herself.`);
    await page.getByLabel('I told Maya first').check();
    await page.getByRole('button', { name: 'Send to the family' }).click();
    await settle();
    await page.getByText("Sent: it goes to Maya Johnson's family by email").waitFor();
    await page.screenshot({ path: join(SHOTS, 'tutor-celebration.png'), fullPage: true });
    await page.close();

    const logged = program.inTeam(ALGEBRA, COORDINATOR, () =>
      readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), CELEBRATIONS_TABLE), CELEBRATIONS_TABLE).rows.map((r) => r.record),
    );
    expect(logged).toEqual([
      expect.objectContaining({ studentId: '00101', channel: 'Email', toldStudent: true, status: 'Email waiting', tutorEmail: TUTOR_ANA }),
    ]);
    expect(String(logged[0].message)).toContain('P.S. Maya picked these steps herself.');

    program.run(() => menuSendCelebrationEmails());
    expect(program.world.state.mail).toHaveLength(1);
    expect(program.world.state.mail[0]).toMatchObject({ from: COORDINATOR, to: MAYA_FAMILY.join(',') });
    expect(program.world.state.mail[0].body).toContain('P.S. Maya picked these steps herself.');
  });
});
