// A tutor opens the Docs template sidebar in Chromium, links the program workbook, previews the merge fields for a
// student and inserts the goal-setting conference at the cursor; a coordinator generates docs from the Sheets dialog.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { placeCursor } from '../../fakes/docs';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA } from '../support/program';
import { aGoal, aNote, readDoc, seedRecords } from '../workspace/template-fixtures';

jest.setTimeout(60_000);

const SHOTS = join(__dirname, '..', '..', '.tmp');
/** Screenshots README and reviewers look at (the Docs sidebar at Google's 300 px). */
const DOC_SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
let browser: Browser;
let program: Program;
let docId: string;

beforeAll(async () => {
  // Build only when dist/ has no page: a rebuild empties dist/ while other browser suites read it (npm test builds first).
  if (!existsSync(join(__dirname, '..', '..', 'dist', 'TemplateSidebar.html'))) execFileSync('node', ['scripts/build.js']);
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram({ tier: 3 });
  seedRecords(program, { goals: [aGoal()], notes: [aNote({ date: '2026-09-10' })] });
  docId = program.world.run({ user: TUTOR_ANA, host: 'docs' }, () => {
    const doc = DocumentApp.create('Maya — conference notes');
    doc.getBody().appendParagraph('Notes before the conference.');
    return doc.getId();
  });
});
afterEach(() => program.close());

/** The words inside `selector` that the browser laid out over more than one line (one client rect per line). */
function splitWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const split: string[] = [];
    const root = document.querySelector(sel);
    if (!root) return [`no ${sel}`];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index ?? 0);
        range.setEnd(node, (m.index ?? 0) + m[0].length);
        if (range.getClientRects().length > 1) split.push(m[0]);
      }
    }
    return split;
  }, selector);
}

describe('TemplateSidebar', () => {
  it('a tutor links the workbook, previews Maya’s fields and inserts the conference template at the cursor', async () => {
    placeCursor(program.world, docId, 1, 5);
    const { page, settle } = await openPage(browser, 'TemplateSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, host: 'docs', documentId: docId },
      width: 300,
      height: 900,
    });
    // Ana links her team's workbook (Drive shared it with her; the master is shared with nobody).
    const teamWorkbook = program.teamWorkbookId(ALGEBRA);
    await page.getByLabel('Program workbook link').fill(`https://docs.google.com/spreadsheets/d/${teamWorkbook}/edit`);
    await page.getByRole('button', { name: 'Link workbook' }).click();
    await settle();
    await page.getByLabel('Template').selectOption('goal-setting-conference');
    await page.getByLabel('Student', { exact: true }).selectOption({ label: 'Maya Johnson (00101)' });
    await page.getByLabel('Conference date').fill('2026-09-14');
    await settle();
    const fields = page.getByRole('region', { name: 'Merge fields' });
    await fields.getByText('Score 70 on the Unit 2 test').first().waitFor();
    expect(await fields.textContent()).toContain('Mon 14 Sep 2026');
    // At 300 px every field name and value reads whole: no word split over two lines ("Proje / ct", "exam / ple").
    expect(await splitWords(page, '[aria-label="Merge fields"] dl')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'docs-template-sidebar.png'), fullPage: true });
    await page.getByRole('button', { name: 'Insert' }).click();
    await settle();
    await page.getByText(/Inserted \d+ blocks at the cursor/).waitFor();
    const said = (await page.getByText(/Inserted \d+ blocks at the cursor/).textContent()) ?? '';
    // What was left blank, in the words of the Merge fields list, never the internal keys (progress.latestScore).
    expect(said).toContain('Left blank (no value yet): Assessment/Project/Assignment (data share); Score (if applicable) (data share);');
    expect(said).not.toMatch(/\b(?:progress|student|goal|team|program|conference)\.[a-z]\w*/);
    const doc = readDoc(program.world, docId);
    // The template lands after the paragraph holding the cursor, before anything below it.
    expect(doc.body[1]).toMatchObject({ type: 'PARAGRAPH', text: 'Notes before the conference.' });
    expect(doc.body[2]).toMatchObject({ type: 'PARAGRAPH', heading: 'TITLE', text: 'Goal-setting conference: Maya Johnson' });
    expect(doc.tables[0][2]).toEqual(['Goal', 'Score 70 on the Unit 2 test']);
    // The link is remembered for Ana in every document she opens; the choice for this document.
    expect(program.world.state.properties.user[TUTOR_ANA]['tt.workbookId']).toBe(teamWorkbook);
    expect(program.world.state.properties.document[docId]['tt.workbookId']).toBeUndefined();
    expect(program.world.state.properties.document[docId]['tt.lastTemplateChoice']).toContain('goal-setting-conference');
    await page.screenshot({ path: join(SHOTS, 'docs-template-sidebar-inserted.png'), fullPage: true });
    await page.close();
  });

  it('the program is remembered for Ana: a second new document asks for no link, and Change links another one', async () => {
    const teamWorkbook = program.teamWorkbookId(ALGEBRA);
    program.world.state.properties.user[TUTOR_ANA] = { 'tt.workbookId': teamWorkbook };
    const second = program.world.run({ user: TUTOR_ANA, host: 'docs' }, () => DocumentApp.create('Mentoring plan').getId());
    const { page, settle } = await openPage(browser, 'TemplateSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, host: 'docs', documentId: second },
      width: 300,
    });
    expect(await page.getByLabel('Program workbook link').count()).toBe(0);
    const workbookName = program.world.state.spreadsheets[teamWorkbook].name;
    expect(await page.getByRole('link', { name: workbookName }).count()).toBe(1);
    await page.screenshot({ path: join(DOC_SHOTS, 'template-sidebar.png') });
    // Change: the link form again, with Cancel; a link Ana cannot open is refused beside the field and nothing changes.
    await page.getByRole('button', { name: 'Change' }).click();
    await page.getByLabel('Program workbook link').fill('https://docs.google.com/spreadsheets/d/not-a-workbook/edit');
    await page.getByRole('button', { name: 'Link workbook' }).click();
    await settle();
    await expect(page.locator('#workbook-error').textContent()).resolves.toMatch(/^That is not a program workbook you can open/);
    await page.screenshot({ path: join(DOC_SHOTS, 'template-sidebar-change.png') });
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('link', { name: workbookName }).count()).toBe(1);
    expect(program.world.state.properties.user[TUTOR_ANA]['tt.workbookId']).toBe(teamWorkbook);
    expect(program.world.state.properties.document[second]?.['tt.workbookId']).toBeUndefined();
    await page.close();
  });

  it('a facilitator makes the coaching agenda as a new document, in her own My Drive', async () => {
    program.world.state.properties.user[TUTOR_ANA] = { 'tt.workbookId': program.teamWorkbookId(ALGEBRA) };
    const { page, settle } = await openPage(browser, 'TemplateSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, host: 'docs', documentId: docId },
      width: 300,
    });
    await page.getByLabel('Template').selectOption('tutor-coaching');
    await page.getByLabel('As a new document').check();
    await page.getByRole('button', { name: 'Create document' }).click();
    await settle();
    const link = page.getByRole('link', { name: 'Open it' });
    await link.waitFor();
    const id = /\/d\/([\w-]+)/.exec((await link.getAttribute('href')) ?? '')?.[1] as string;
    expect(readDoc(program.world, id).headings('HEADING1')).toContain('Agenda (40 minutes)');
    const made = program.world.state.drive[id];
    expect(made.owner).toBe(TUTOR_ANA);
    expect(made.parents).toEqual([program.world.state.roots[TUTOR_ANA]]);
    await page.getByText('Created the document in your My Drive.').waitFor();
    await page.close();
  });
});

describe('GenerateDocsDialog', () => {
  it('a coordinator generates conference docs for a team’s students with a progress bar', async () => {
    const { page, settle } = await openPage(browser, 'GenerateDocsDialog', {
      world: program.world,
      execution: { user: COORDINATOR, spreadsheetId: program.spreadsheetId },
      width: 560,
      height: 640,
    });
    await page.getByLabel('Conference date').fill('2026-09-14');
    await page.getByLabel('Team', { exact: true }).selectOption('Algebra 1 - Period 2');
    await page.getByLabel('All 4 shown').check();
    // The dialog asks the host for its content's height, so Generate and Close are never below the fold.
    const asked = await page.evaluate(() => (window as unknown as { __hostHeight?: number }).__hostHeight ?? 0);
    expect(asked).toBeGreaterThan(160);
    await page.setViewportSize({ width: 560, height: asked - 56 });
    const button = await page.getByRole('button', { name: 'Generate 4 documents' }).boundingBox();
    expect((button?.y ?? Number.POSITIVE_INFINITY) + (button?.height ?? 0)).toBeLessThanOrEqual(asked - 56);
    await page.screenshot({ path: join(SHOTS, 'docs-generate-dialog.png'), fullPage: true });
    await page.getByRole('button', { name: 'Generate 4 documents' }).click();
    await settle();
    await page.getByText('4 documents ready.').waitFor();
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('4');
    // Let the progress bar's width transition end so the screenshot shows it full.
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(SHOTS, 'docs-generate-dialog-done.png'), fullPage: true });
    const made = Object.values(program.world.state.drive).filter((i) => i.appProperties.ttTemplate === 'goal-setting-conference');
    expect(made.map((m) => m.name).sort()).toEqual([
      'Goal-setting conference — Aisha Bello — Mon 14 Sep 2026',
      'Goal-setting conference — Luis Ortega — Mon 14 Sep 2026',
      'Goal-setting conference — Maya Johnson — Mon 14 Sep 2026',
      'Goal-setting conference — Noah Kim — Mon 14 Sep 2026',
    ]);
    await page.close();
  });
});
