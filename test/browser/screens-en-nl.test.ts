// Every screen not yet shot in both languages, opened as the server serves it to the person who uses it, in English
// and in Dutch: titled from the catalog, no English line left in Dutch, nothing clipped at the dialog's or sidebar's
// size; each kept as docs/screenshots/<screen>-<en|nl>.png (README › Screens).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createInDrive, pickWithPicker } from '../../fakes/drive';
import { setUserLocale } from '../../fakes/script/session';
import type { ExecutionOptions } from '../../fakes/world';
import { addDays } from '../../src/core/dates';
import { formatDate } from '../../src/core/i18n/format';
import type { Locale } from '../../src/core/i18n/locale';
import { componentText } from '../../src/core/i18n/messages/components';
import { jobText } from '../../src/core/i18n/messages/jobs';
import { pageTitles } from '../../src/core/i18n/messages/pages';
import { shareServerText, shareText } from '../../src/core/i18n/messages/share-materials';
import { templateSidebarText } from '../../src/core/i18n/messages/template-sidebar';
import { tutorFamilyText } from '../../src/core/i18n/messages/tutor-family';
import { questionsText } from '../../src/core/i18n/messages/tutor-questions';
import { tutorText } from '../../src/core/i18n/messages/tutor-sidebar';
import { upgradeText } from '../../src/core/i18n/messages/upgrade';
import { upgradeJobText } from '../../src/core/i18n/messages/upgrade-job';
import { CHECK_OFFS_TABLE } from '../../src/core/tables';
import { menuShareMaterials } from '../../src/server/materials';
import { menuOpenTemplateSidebar } from '../../src/server/templates';
import { menuOpenTutorSidebar } from '../../src/server/tutor';
import { menuUpgradeToTeamWorkbooks } from '../../src/server/upgrade';
import { DOCS_MIME } from '../../src/workspace/doc-generation';
import { readReports } from '../../src/workspace/family/progress-reports';
import { appendRecords, requireSheet } from '../../src/workspace/table-store';
import { todayIn } from '../../src/workspace/today';
import { familyProgram, makeReports } from '../family/fixtures';
import { expectAccessible, launchBrowser, openShownPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';
import { aGoal, aNote, provisionMaterials, seedRecords } from '../workspace/template-fixtures';
import { legacyProgram } from '../workspace/upgrade/legacy-program';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');

let browser: Browser;
let program: Program | null = null;

beforeAll(async () => {
  // Build only when dist/ has no page: a rebuild empties dist/ while other browser suites read it (npm test builds first).
  if (!existsSync(join(ROOT, 'dist', 'UpgradeDialog.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => {
  program?.close();
  program = null;
});

type Catalog = { en: Record<string, string>; nl: Record<string, string> };

/** `user` (whose Google account is in `locale`) picks the menu item; the page the server showed is opened at its size. */
async function openServed(p: Program, user: string, locale: Locale, menu: () => void, name: string, execution: ExecutionOptions) {
  setUserLocale(p.world, user, locale);
  p.world.run({ user, ...execution }, menu);
  const opened = await openShownPage(browser, name, { world: p.world, execution: { user, ...execution }, locale });
  expect(opened.title).toBe(pageTitles.t(locale, name as 'UpgradeDialog'));
  expect(await opened.page.getAttribute('html', 'lang')).toBe(locale);
  return opened;
}

/** A dialog's h1 is its catalog title (sidebars show theirs in the host's title bar). */
async function expectHeading(page: Page, locale: Locale, name: 'UpgradeDialog' | 'ShareMaterialsDialog') {
  expect((await page.locator('h1').textContent())?.trim()).toBe(pageTitles.t(locale, name));
}

/** Elements whose text is cut off (wider than their box), or a page wider than its dialog or sidebar. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, p, label, button, select, legend, summary, .notice'))) {
      if (el.getClientRects().length === 0 || el.closest('.sr-only')) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return out;
  });
}

/** In Dutch: visible lines that are an English message of `catalogs` (one not the same in Dutch). In English: none to find. */
async function foreignLines(page: Page, locale: Locale, catalogs: Catalog[]): Promise<string[]> {
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const lines = new Set((await page.evaluate(() => document.body.innerText)).split('\n').map((l) => l.trim()));
  const foreign = catalogs.flatMap((c) =>
    Object.keys(c.en)
      .filter((k) => c.en[k] !== c.nl[k] && !/\{/.test(c[other][k]))
      .map((k) => c[other][k]),
  );
  return foreign.filter((line) => lines.has(line));
}

/** Checks the page as it is now (nothing clipped, axe) and keeps the whole page as docs/screenshots/<file>. */
async function shoot(page: Page, file: string, where: string): Promise<void> {
  expect(await clipped(page)).toEqual([]);
  await expectAccessible(page, where);
  await page.screenshot({ path: join(SHOTS, file), fullPage: true });
}

/** The Picker seam of ShareMaterialsDialog: each pick "chooses" the next ids for that kind, granted as Google's Picker does. */
async function installPicker(p: Program, page: Page, user: string, choices: { files: string[][]; folder: string[][] }) {
  await page.exposeFunction('__ttPickFake', (kind: 'files' | 'folder') => {
    const ids = choices[kind].shift() ?? [];
    pickWithPicker(p.world, user, ids);
    return ids.map((id) => ({ id, name: p.world.state.drive[id].name }));
  });
  await page.evaluate(() => {
    const w = window as unknown as { __ttPicker: unknown; __ttPickFake: (kind: string) => Promise<unknown> };
    w.__ttPicker = (kind: string) => w.__ttPickFake(kind);
  });
}

describe.each(['en', 'nl'] as const)('the screens in %s', (locale) => {
  it('a teacher shares her lesson plan into Lesson Plans from her team workbook, then from a Google Doc', async () => {
    const p = createProgram({ tier: 1 });
    program = p;
    const t = shareText.in(locale);
    const folders = provisionMaterials(p, ALGEBRA, 1, TEACHER_RIVERA, [TUTOR_ANA, TUTOR_BEN]);
    const plan = createInDrive(p.world, TEACHER_RIVERA, { name: 'Unit 3 lesson plan', mimeType: DOCS_MIME });
    const sheets = { host: 'sheets' as const, spreadsheetId: p.teamWorkbookId(ALGEBRA) };
    const { page, settle } = await openServed(p, TEACHER_RIVERA, locale, menuShareMaterials, 'ShareMaterialsDialog', sheets);
    await expectHeading(page, locale, 'ShareMaterialsDialog');
    await page.getByRole('button', { name: t('chooseFiles') }).waitFor();
    expect(await foreignLines(page, locale, [shareText, componentText])).toEqual([]);
    await shoot(page, `share-materials-${locale}.png`, `in ShareMaterialsDialog (${locale})`);
    await installPicker(p, page, TEACHER_RIVERA, { files: [[plan]], folder: [[folders.lessonPlans]] });
    await page.getByRole('button', { name: t('chooseFiles') }).click();
    await page
      .getByRole('list', { name: t('chosenFiles') })
      .getByText('Unit 3 lesson plan')
      .waitFor();
    await page.getByRole('button', { name: t('chooseFolder') }).click();
    await page.getByText(t('chosenFolder', { name: 'Lesson Plans' })).waitFor();
    await page.getByRole('button', { name: t('submit') }).click();
    await settle();
    await page.getByRole('heading', { name: t('added', { done: 1, total: 1 }) }).waitFor();
    expect(Object.values(p.world.state.drive).find((i) => i.shortcutTargetId === plan)?.parents).toEqual([folders.lessonPlans]);
    // The file's line is the server's, in her language; the folder keeps the name it has in Drive.
    await page.getByText(shareServerText.t(locale, 'addedSharedOther', { folder: 'Lesson Plans', n: 2 })).waitFor();
    expect(await foreignLines(page, locale, [shareText, shareServerText, componentText])).toEqual([]);
    await shoot(page, `share-materials-added-${locale}.png`, `in ShareMaterialsDialog (${locale}) after adding`);
    await page.close();

    // In Docs the dialog reaches her team workbook through the link the Docs sidebar remembered for her.
    const doc = p.world.run({ user: TEACHER_RIVERA, host: 'docs' }, () => DocumentApp.create('Unit 3 lesson plan notes').getId());
    p.world.state.properties.user[TEACHER_RIVERA] = { 'tt.workbookId': p.teamWorkbookId(ALGEBRA) };
    const inDocs = await openServed(p, TEACHER_RIVERA, locale, menuShareMaterials, 'ShareMaterialsDialog', { host: 'docs', documentId: doc });
    await expectHeading(inDocs.page, locale, 'ShareMaterialsDialog');
    await inDocs.page.getByRole('button', { name: t('chooseFolder') }).waitFor();
    expect(await inDocs.page.locator('#folder-hint').textContent()).toContain(locale === 'nl' ? 'Lesson Plans (lesplannen)' : 'Lesson Plans');
    await shoot(inDocs.page, `share-materials-docs-${locale}.png`, `in ShareMaterialsDialog in Docs (${locale})`);
    await inDocs.page.close();
  });

  it('a coordinator reads the dry run of the upgrade to team workbooks, upgrades, and is told every team has its workbook', async () => {
    const p = legacyProgram({ tier: 2 });
    program = p;
    const t = upgradeText.in(locale);
    const { page, settle } = await openServed(p, COORDINATOR, locale, menuUpgradeToTeamWorkbooks, 'UpgradeDialog', {
      spreadsheetId: p.spreadsheetId,
    });
    await expectHeading(page, locale, 'UpgradeDialog');
    await page.getByRole('heading', { name: jobText.t(locale, 'dryRun') }).waitFor();
    await page.getByRole('table', { name: t('whatGoesWhere') }).waitFor();
    await page.getByText(t('stopsSharing', { n: 5 })).waitFor();
    expect(await foreignLines(page, locale, [upgradeText, jobText, componentText])).toEqual([]);
    await shoot(page, `upgrade-dialog-${locale}.png`, `in UpgradeDialog (${locale})`);
    await page.getByRole('button', { name: t('upgrade') }).click();
    await page.getByText(t('everyTeam')).waitFor();
    await settle();
    await page.getByRole('button', { name: jobText.t(locale, 'checkAgain') }).waitFor();
    expect(p.world.state.spreadsheets[p.masterId].sheets.map((s) => s.name)).not.toContain('Session Notes');
    // What moved is a success line and what to check in Share a warning, in her language.
    const movedStart = upgradeJobText[locale].moved.split('{counts}')[0];
    await page.locator('.notice.success').getByText(`${movedStart}12 Goals, 24 Action Steps,`).waitFor();
    await page.locator('.notice.warn', { hasText: upgradeJobText.t(locale, 'linkSharing') }).waitFor();
    expect(await foreignLines(page, locale, [upgradeText, upgradeJobText, jobText, componentText])).toEqual([]);
    await shoot(page, `upgrade-dialog-done-${locale}.png`, `in UpgradeDialog (${locale}) when done`);
    await page.close();
  });

  it('a tutor is offered to celebrate Maya’s follow-through with her family, at a glance in the sidebar', async () => {
    const p = familyProgram({ mail: true, realTime: true });
    program = p;
    // Maya did both steps of her plan in the last few days (dates from the workbook's today: real timers here).
    p.inTeam(ALGEBRA, COORDINATOR, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const today = todayIn(ss);
      appendRecords(requireSheet(ss, CHECK_OFFS_TABLE), CHECK_OFFS_TABLE, [
        { date: addDays(today, -3), stepId: 'S-1', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-8' },
        { date: addDays(today, -1), stepId: 'S-2', studentId: '00101', tutorEmail: TUTOR_ANA, done: true, noteId: 'N-9' },
      ]);
    });
    const t = tutorFamilyText.in(locale);
    const { page, settle } = await openServed(p, TUTOR_ANA, locale, menuOpenTutorSidebar, 'TutorSidebar', {
      host: 'sheets',
      spreadsheetId: p.teamWorkbookId(ALGEBRA),
    });
    await page.getByLabel(tutorText.t(locale, 'student'), { exact: true }).selectOption('00101');
    await settle();
    await page.getByRole('heading', { name: t('celebrate') }).waitFor();
    const form = page.locator('form.celebration');
    expect(await form.textContent()).toContain(t('wholePlan', { name: 'Maya Johnson' }));
    await form.getByRole('button', { name: t('sendFamily') }).waitFor();
    expect(await foreignLines(page, locale, [tutorText, tutorFamilyText])).toEqual([]);
    await form.scrollIntoViewIfNeeded();
    await shoot(page, `tutor-celebration-${locale}.png`, `in TutorSidebar's celebration (${locale})`);
    await page.close();
  });

  it('a tutor releases Maya’s progress report that waits for review, asked once', async () => {
    const p = familyProgram({ review: true, realTime: true });
    program = p;
    makeReports(p, ['00101']);
    const t = tutorFamilyText.in(locale);
    const [draft] = p.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
    const date = formatDate(locale, draft.reportDate);
    const { page, settle } = await openServed(p, TUTOR_ANA, locale, menuOpenTutorSidebar, 'TutorSidebar', {
      host: 'sheets',
      spreadsheetId: p.teamWorkbookId(ALGEBRA),
    });
    await page.getByLabel(tutorText.t(locale, 'student'), { exact: true }).selectOption('00101');
    await settle();
    const reports = page.getByRole('region', { name: t('reports') });
    await reports.getByText(t('reportOf', { date })).waitFor();
    await reports.getByRole('button', { name: t('release') }).click();
    const question = page.getByRole('alertdialog');
    await question.getByText(t('releaseAsk', { date })).waitFor();
    await question.getByRole('button', { name: t('releaseYes') }).waitFor();
    expect(await foreignLines(page, locale, [tutorText, tutorFamilyText])).toEqual([]);
    // tutor-release-en.png is kept by test/browser/tutor-i18n.test.ts; this test keeps the Dutch one.
    if (locale === 'nl') await shoot(page, 'tutor-release-nl.png', 'in TutorSidebar asking to release (nl)');
    else expect(await clipped(page)).toEqual([]);
    await question.getByRole('button', { name: t('releaseYes') }).click();
    await settle();
    await reports.getByText(t('released'), { exact: true }).waitFor();
    expect(p.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()))[0].status).toBe('Released');
    await page.close();
  });

  it("the team's teacher reads Maya at a glance and asks her tutor in the Questions tab", async () => {
    const p = familyProgram({ realTime: true });
    program = p;
    const { page, settle } = await openServed(p, TEACHER_RIVERA, locale, menuOpenTutorSidebar, 'TutorSidebar', {
      host: 'sheets',
      spreadsheetId: p.teamWorkbookId(ALGEBRA),
    });
    await page.getByLabel(tutorText.t(locale, 'student'), { exact: true }).selectOption('00101');
    await settle();
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs).toEqual([tutorText.t(locale, 'tabGlance'), tutorText.t(locale, 'tabQuestions')]);
    expect(await foreignLines(page, locale, [tutorText, tutorFamilyText])).toEqual([]);
    await shoot(page, `tutor-teacher-glance-${locale}.png`, `in TutorSidebar as the teacher (${locale})`);
    await page.getByRole('tab', { name: tutorText.t(locale, 'tabQuestions') }).click();
    await settle();
    await expect(page.locator('#q-title').textContent()).resolves.toBe(questionsText.t(locale, 'askTutor', { tutor: TUTOR_ANA }));
    await page.getByText(questionsText.t(locale, 'noQuestions', { name: 'Maya Johnson' })).waitFor();
    expect(await foreignLines(page, locale, [tutorText, questionsText])).toEqual([]);
    // tutor-teacher.png (English) is kept by test/browser/tutor-sidebar.test.ts.
    await shoot(page, `tutor-teacher-questions-${locale}.png`, `in TutorSidebar's Questions as the teacher (${locale})`);
    await page.close();
  });

  it('a tutor links her team workbook in the Docs sidebar and previews Maya’s merge fields', async () => {
    const p = createProgram({ tier: 3 });
    program = p;
    seedRecords(p, { goals: [aGoal()], notes: [aNote({ date: '2026-09-10' })] });
    const docId = p.world.run({ user: TUTOR_ANA, host: 'docs' }, () => DocumentApp.create('Maya — conference notes').getId());
    const t = templateSidebarText.in(locale);
    const { page, settle } = await openServed(p, TUTOR_ANA, locale, menuOpenTemplateSidebar, 'TemplateSidebar', {
      host: 'docs',
      documentId: docId,
    });
    await page.getByLabel(t('workbookLink'), { exact: true }).fill(`https://docs.google.com/spreadsheets/d/${p.teamWorkbookId(ALGEBRA)}/edit`);
    await page.getByRole('button', { name: t('link') }).click();
    await settle();
    await page.getByLabel(t('template'), { exact: true }).selectOption('goal-setting-conference');
    await page.getByLabel(t('student'), { exact: true }).selectOption({ label: 'Maya Johnson (00101)' });
    await page.getByLabel('Conference date').fill('2026-09-14');
    await page.getByLabel('Conference date').blur();
    await settle();
    await page
      .getByRole('region', { name: t('mergeFields') })
      .getByText('Score 70 on the Unit 2 test')
      .first()
      .waitFor();
    expect(p.world.state.properties.user[TUTOR_ANA]['tt.workbookId']).toBe(p.teamWorkbookId(ALGEBRA));
    expect(await foreignLines(page, locale, [templateSidebarText])).toEqual([]);
    await shoot(page, `template-sidebar-tutor-${locale}.png`, `in TemplateSidebar as a tutor (${locale})`);
    await page.close();
  });
});
