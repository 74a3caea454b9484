// A teacher opens "Share lesson materials" in her team workbook, picks her lesson plan and her team's Lesson Plans
// folder with the Picker (the fakes' Picker behind the page's window.__ttPicker seam) and adds it; a wrong folder is
// refused beside the folder choice.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createInDrive, pickWithPicker } from '../../fakes/drive';
import { DOCS_MIME } from '../../src/workspace/doc-generation';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { provisionMaterials } from '../workspace/template-fixtures';

jest.setTimeout(60_000);

const SHOTS = join(__dirname, '..', '..', '.tmp');
let browser: Browser;
let program: Program;

beforeAll(async () => {
  // Build only when dist/ has no page: a rebuild empties dist/ while other browser suites read it (npm test builds first).
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'ShareMaterialsDialog.html'))) execFileSync('node', ['scripts/build.js']);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => program.close());

/**
 * Installs the Picker seam: each time the page opens a picker, the person "chooses" the next ids given for that kind,
 * and the fakes' Picker grants them to her add-on, as Google's does.
 */
async function installPicker(page: Page, user: string, choices: { files: string[][]; folder: string[][] }): Promise<void> {
  await page.exposeFunction('__ttPickFake', (kind: 'files' | 'folder') => {
    const ids = choices[kind].shift() ?? [];
    pickWithPicker(program.world, user, ids);
    return ids.map((id) => ({ id, name: program.world.state.drive[id].name }));
  });
  await page.evaluate(() => {
    const w = window as unknown as { __ttPicker: unknown; __ttPickFake: (kind: string) => Promise<unknown> };
    w.__ttPicker = (kind: string) => w.__ttPickFake(kind);
  });
}

describe('ShareMaterialsDialog', () => {
  it('a teacher picks her lesson plan and her Lesson Plans folder; a shortcut of hers lands there and her tutors can view the plan', async () => {
    program = createProgram({ tier: 1 });
    const folders = provisionMaterials(program, ALGEBRA, 1, TEACHER_RIVERA, [TUTOR_ANA, TUTOR_BEN]);
    const plan = createInDrive(program.world, TEACHER_RIVERA, { name: 'Unit 3 lesson plan', mimeType: DOCS_MIME });
    const { page, settle, calls } = await openPage(browser, 'ShareMaterialsDialog', {
      world: program.world,
      execution: { user: TEACHER_RIVERA, host: 'sheets', spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      width: 560,
      height: 600,
    });
    await installPicker(page, TEACHER_RIVERA, { files: [[plan]], folder: [[folders.sessionNotes], [folders.lessonPlans]] });
    const add = page.getByRole('button', { name: 'Add to Classroom Materials' });
    expect(await add.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await page.getByRole('list', { name: 'Chosen files' }).getByText('Unit 3 lesson plan').waitFor();
    // First she picks the wrong folder: refused beside the folder choice, nothing shared.
    await page.getByRole('button', { name: 'Choose the folder…' }).click();
    await page.getByText('Folder: Session Notes').waitFor();
    await add.click();
    await settle();
    await page.getByRole('alert').getByText("Pick one of your team's Classroom Materials folders").waitFor();
    expect(Object.values(program.world.state.drive).filter((i) => i.shortcutTargetId === plan)).toEqual([]);
    await page.getByRole('button', { name: 'Choose the folder…' }).click();
    await page.getByText('Folder: Lesson Plans').waitFor();
    await add.click();
    await settle();
    await page.getByText('1 of 1 added').waitFor();
    expect(await page.getByText('Added to Lesson Plans; shared with 2 more people.').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'share-materials-dialog.png'), fullPage: true });
    const shortcut = Object.values(program.world.state.drive).find((i) => i.shortcutTargetId === plan);
    expect(shortcut).toMatchObject({ parents: [folders.lessonPlans], owner: TEACHER_RIVERA });
    expect(program.world.state.drive[plan].permissions.find((p) => p.emailAddress === TUTOR_ANA)?.role).toBe('reader');
    // The fakes' Picker was used: the page never asked for Google's Picker configuration.
    expect(calls).not.toContain('getPickerConfig');
    await page.close();
  });
});
