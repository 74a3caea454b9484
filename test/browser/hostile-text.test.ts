// Text a person typed — markup, script, right-to-left marks — is shown as text in every sidebar that displays it:
// no element is made from it and nothing in it runs (Preact escapes text; this proves the pages never bypass it).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { blankSessionNote } from '../../src/core/session-note-form';
import { tutorSaveSessionNote } from '../../src/server/tutor';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, aStudent, COORDINATOR, createProgram, defaultRoster, type Program, TUTOR_ANA } from '../support/program';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const MARKUP = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
const RTL = '\u202Eevil\u202C \u200Fشكرا';
const OBJECTIVE = `Fractions ${MARKUP} ${RTL}`;

let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'TutorSidebar.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => program.close());

/** Nothing the text carried became an element or ran. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  // The page's own bundle is a script; none may carry the typed text.
  const injected = await page.evaluate(() => [...document.scripts].filter((x) => x.textContent?.includes('window.__ran=2')).length);
  expect(injected).toBe(0);
}

describe('hostile text in the sidebars', () => {
  it('the tutor sidebar shows a student name and a session note full of markup and RTL marks as the text typed', async () => {
    const students = defaultRoster().map((s) => (s.studentId === '00101' ? aStudent({ name: `Maya ${MARKUP}` }) : s));
    program = createProgram({ students });
    const saved = program.inTeam(ALGEBRA, TUTOR_ANA, () =>
      tutorSaveSessionNote({ ...blankSessionNote('00101', '2026-10-07'), objective: OBJECTIVE }),
    );
    expect(saved.ok).toBe(true);
    const { page, settle } = await openPage(browser, 'TutorSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, spreadsheetId: program.teamWorkbookId(ALGEBRA) },
    });
    await page.locator('#student').selectOption('00101');
    await settle();
    await page.getByText(OBJECTIVE, { exact: false }).first().waitFor();
    expect(await page.locator('body').innerText()).toContain(`Maya ${MARKUP}`);
    await expectInert(page);
    await page.close();
  });

  it('the roster import dialog reports a row whose cells are markup as text', async () => {
    program = createProgram();
    const { page, settle } = await openPage(browser, 'RosterImportDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.masterId },
      width: 720,
      height: 640,
    });
    await settle();
    const csv = `Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email\n"${MARKUP.replace(/"/g, '""')}",${RTL},9,Math,${ALGEBRA},not-an-email,${TUTOR_ANA}`;
    await page.getByLabel(/CSV/i).first().fill(csv);
    await page.getByRole('button', { name: /check/i }).first().click();
    await settle();
    await page
      .getByText(/not-an-email/)
      .first()
      .waitFor();
    await expectInert(page);
    await page.close();
  });
});
