// Text a person typed — markup, script, right-to-left marks — is shown as text in every sidebar that displays it:
// no element is made from it and nothing in it runs (Preact escapes text; this proves the pages never bypass it).

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createInDrive, pickWithPicker, setDriveScope } from '../../fakes/drive';
import { blankSessionNote } from '../../src/core/session-note-form';
import { tutorSaveSessionNote } from '../../src/server/tutor';
import { DOCS_MIME } from '../../src/workspace/doc-generation';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, aStudent, COORDINATOR, createProgram, defaultRoster, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { provisionMaterials } from '../workspace/template-fixtures';
import { legacyProgram } from '../workspace/upgrade/legacy-program';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const MARKUP = '<img src=x onerror="window.__ran=1"><script>window.__ran=2</script>';
const RTL = '\u202Eevil\u202C \u200Fشكرا';
const OBJECTIVE = `Fractions ${MARKUP} ${RTL}`;
const NAME = `Maya ${MARKUP} ${RTL}`;
const TEAM = `Algebra ${MARKUP}`;

/** The default roster with Maya's name full of markup, or (with `team`) Ms. Rivera's Algebra team renamed to markup. */
function hostileRoster({ team = false } = {}) {
  return defaultRoster().map((s) => (team ? (s.team === ALGEBRA ? { ...s, team: TEAM } : s) : s.studentId === '00101' ? { ...s, name: NAME } : s));
}

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

  it('the Docs template sidebar lists and previews a student whose name is markup as text', async () => {
    program = createProgram({ tier: 3, students: hostileRoster() });
    const docId = program.world.run({ user: TUTOR_ANA, host: 'docs' }, () => DocumentApp.create('Conference notes').getId());
    const { page, settle } = await openPage(browser, 'TemplateSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, host: 'docs', documentId: docId },
      width: 300,
      height: 900,
    });
    await page.getByLabel('Program workbook link').fill(`https://docs.google.com/spreadsheets/d/${program.teamWorkbookId(ALGEBRA)}/edit`);
    await page.getByRole('button', { name: 'Link workbook' }).click();
    await settle();
    await page.getByLabel('Template').selectOption('goal-setting-conference');
    await page.getByLabel('Student', { exact: true }).selectOption({ label: `${NAME} (00101)` });
    await page.getByLabel('Conference date').fill('2026-09-14');
    await settle();
    const fields = page.getByRole('region', { name: 'Merge fields' });
    await fields.getByText(NAME, { exact: false }).first().waitFor();
    expect(await fields.innerText()).toContain(NAME);
    await expectInert(page);
    await page.close();
  });

  it('the generate-docs dialog lists a student whose name is markup as text', async () => {
    program = createProgram({ tier: 3, students: hostileRoster() });
    const { page, settle } = await openPage(browser, 'GenerateDocsDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
      width: 560,
      height: 640,
    });
    await settle();
    await page.getByLabel('Team', { exact: true }).selectOption(ALGEBRA);
    await page.getByText(NAME, { exact: false }).first().waitFor();
    expect(await page.locator('body').innerText()).toContain(NAME);
    await expectInert(page);
    await page.close();
  });

  it('the share-materials dialog shows a picked file whose name is markup as text', async () => {
    program = createProgram({ tier: 1 });
    provisionMaterials(program, ALGEBRA, 1, TEACHER_RIVERA, [TUTOR_ANA, TUTOR_BEN]);
    const plan = createInDrive(program.world, TEACHER_RIVERA, { name: `Plan ${MARKUP} ${RTL}`, mimeType: DOCS_MIME });
    const { page, settle } = await openPage(browser, 'ShareMaterialsDialog', {
      world: program.world,
      execution: { user: TEACHER_RIVERA, host: 'sheets', spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      width: 560,
      height: 600,
    });
    await settle();
    // The Picker seam, as in share-materials.test.ts: she "chooses" the hostile file.
    await page.exposeFunction('__ttPickFake', () => {
      pickWithPicker(program.world, TEACHER_RIVERA, [plan]);
      return [{ id: plan, name: program.world.state.drive[plan].name }];
    });
    await page.evaluate(() => {
      const w = window as unknown as { __ttPicker: unknown; __ttPickFake: (kind: string) => Promise<unknown> };
      w.__ttPicker = (kind: string) => w.__ttPickFake(kind);
    });
    await page.getByRole('button', { name: 'Choose files…' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen files' });
    await chosen.getByText(`Plan ${MARKUP}`, { exact: false }).waitFor();
    expect(await chosen.innerText()).toContain(`Plan ${MARKUP} ${RTL}`);
    await expectInert(page);
    await page.close();
  });

  it('the provisioning dialog shows a team whose name is markup as text in the dry run’s folder names', async () => {
    program = createProgram({ tier: 2, students: hostileRoster({ team: true }) });
    setDriveScope(program.world, 'drive.file');
    const { page } = await openPage(browser, 'ProvisionDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
      width: 640,
      height: 600,
    });
    await page.getByRole('heading', { name: 'Dry run' }).waitFor();
    await page.getByText(/^Folders to create/).click();
    await page.getByText(TEAM, { exact: false }).first().waitFor();
    expect(await page.locator('body').innerText()).toContain(TEAM);
    await expectInert(page);
    await page.close();
  });

  it('the upgrade dialog shows a team whose name is markup as text in what goes where', async () => {
    program = legacyProgram({ tier: 2, students: hostileRoster({ team: true }) });
    const { page } = await openPage(browser, 'UpgradeDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
      width: 680,
      height: 620,
    });
    await page.getByRole('heading', { name: 'Dry run' }).waitFor();
    const table = page.getByRole('table', { name: 'What goes where' });
    await table.getByText(TEAM, { exact: false }).first().waitFor();
    expect(await table.innerText()).toContain(TEAM);
    await expectInert(page);
    await page.close();
  });

  it('the setup dialog offers a saved program name full of markup as its default, as text', async () => {
    const programName = `Northside ${MARKUP} ${RTL}`;
    program = createProgram({ settings: { programName } });
    const { page, settle } = await openPage(browser, 'SetupDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
      width: 460,
      height: 620,
    });
    await settle();
    const input = page.getByLabel('Program name');
    await page.waitForFunction((name) => (document.getElementById('programName') as HTMLInputElement | null)?.value === name, programName);
    expect(await input.inputValue()).toBe(programName);
    await expectInert(page);
    await page.close();
  });
});
