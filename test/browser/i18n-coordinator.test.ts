// A Dutch and an English coordinator each open the Weekly preparation, Progress reports and Generate docs dialogs and
// the Docs template sidebar as the server serves them: every word in their language, nothing clipped; a screenshot
// of each is kept in docs/screenshots. In the Progress reports dialog they release a draft that waits for review.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { setUserLocale } from '../../fakes/script/session';
import type { ExecutionOptions } from '../../fakes/world';
import { formatDate } from '../../src/core/i18n/format';
import type { Locale } from '../../src/core/i18n/locale';
import { generateText } from '../../src/core/i18n/messages/generate-docs';
import { pageTitles } from '../../src/core/i18n/messages/pages';
import { progressReportServerText, progressReportText } from '../../src/core/i18n/messages/progress-report';
import { templateSidebarText } from '../../src/core/i18n/messages/template-sidebar';
import { weeklyText } from '../../src/core/i18n/messages/weekly';
import { menuProgressReports } from '../../src/server/family';
import { menuGenerateDocs, menuOpenTemplateSidebar } from '../../src/server/templates';
import { menuWeeklyPreparation } from '../../src/server/weekly';
import { readReports } from '../../src/workspace/family/progress-reports';
import { familyProgram, MAYA_EMAIL, makeReports, reportFiles } from '../family/fixtures';
import { expectAccessible, launchBrowser, openShownPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program } from '../support/program';
import { createWeeklyProgram } from '../weekly/support';
import { aGoal, aNote, seedRecords } from '../workspace/template-fixtures';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');

let browser: Browser;
let program: Program | null = null;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'WeeklyDialog.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => {
  program?.close();
  program = null;
});

/** The coordinator runs the menu item; the page the server showed is opened at its size, wired to the fakes. */
async function openServed(p: Program, locale: Locale, menu: () => void, name: string, execution: ExecutionOptions) {
  setUserLocale(p.world, COORDINATOR, locale);
  p.world.run(execution, menu);
  const { page, settle, title } = await openShownPage(browser, name, { world: p.world, execution, locale });
  expect(title).toBe(pageTitles.t(locale, name as 'WeeklyDialog'));
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  return { page, settle };
}

/** Elements whose text is cut off (wider than their box), or a page wider than the dialog or sidebar. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, p, label, button, select, legend, summary, .notice'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    return out;
  });
}

/**
 * A screenshot of the whole page: the viewport grows to the page's content (what the dialog asks the host for with
 * setHeight, uncapped here so nothing is hidden under the sticky buttons), then the page is shot.
 */
async function shoot(page: Page, file: string): Promise<void> {
  const width = page.viewportSize()?.width ?? 300;
  const height = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const root = document.getElementById('app') ?? document.body;
    return Math.ceil(root.scrollHeight + Number.parseFloat(body.paddingTop) + Number.parseFloat(body.paddingBottom));
  });
  await page.setViewportSize({ width, height: Math.max(height, 200) });
  await page.screenshot({ path: join(SHOTS, file), fullPage: true });
}

/** Lines of the page that are a message of the other language (and differ from this one's). */
async function foreignLines(page: Page, catalog: { en: Record<string, string>; nl: Record<string, string> }, locale: Locale) {
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const foreign = Object.keys(catalog.en)
    .filter((k) => catalog[other][k] !== catalog[locale][k] && !catalog[other][k].includes('{'))
    .map((k) => catalog[other][k].trim());
  const lines = (await page.locator('main').innerText()).split('\n').map((l) => l.trim());
  return lines.filter((l) => foreign.includes(l));
}

describe.each(['nl', 'en'] as const)('a coordinator whose Google account is in %s', (locale) => {
  it('schedules the weekly preparation in their language, with nothing clipped', async () => {
    const weekly = createWeeklyProgram({ updates: { mode: 'Weekly', teams: [ALGEBRA], privacy: 'Summary' } });
    program = weekly;
    const t = weeklyText.in(locale);
    const { page, settle } = await openServed(weekly, locale, menuWeeklyPreparation, 'WeeklyDialog', {
      user: COORDINATOR,
      host: 'sheets',
      spreadsheetId: weekly.masterId,
    });
    await page.getByText(t('scheduleOff'), { exact: false }).first().waitFor();
    await page.getByLabel(t('day'), { exact: true }).selectOption({ label: t('MONDAY') });
    await page.getByLabel(t('hour'), { exact: true }).selectOption('8');
    // Settings values are stored in English and shown in the coordinator's language.
    expect(await page.locator('#mode option:checked').textContent()).toBe(t('Weekly'));
    expect(await page.locator('#privacy option:checked').textContent()).toBe(t('Summary'));
    await page.getByRole('button', { name: t('turnOn') }).click();
    await settle();
    await page.getByText(t('scheduled', { day: t('MONDAY'), hour: '08:00' })).waitFor();
    expect(weekly.world.state.triggers.filter((x) => x.owner === COORDINATOR && x.handler === 'weeklyPreparationTrigger')).toHaveLength(1);
    expect(await foreignLines(page, weeklyText, locale)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in WeeklyDialog (${locale})`);
    await shoot(page, `weekly-dialog-${locale}.png`);
    await page.close();
  });

  it('releases a draft progress report from the list awaiting review, and it is shared with the family at once', async () => {
    const family = familyProgram({ review: true, realTime: true });
    program = family;
    makeReports(family, ['00101']);
    const [draft] = family.inTeam(ALGEBRA, COORDINATOR, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
    expect(draft).toMatchObject({ studentId: '00101', status: 'Draft' });
    const t = progressReportText.in(locale);
    const { page, settle } = await openServed(family, locale, menuProgressReports, 'ProgressReportDialog', {
      user: COORDINATOR,
      host: 'sheets',
      spreadsheetId: family.spreadsheetId,
    });
    const date = formatDate(locale, draft.reportDate);
    const drafts = page.getByRole('group', { name: t('drafts') });
    await drafts.getByText(t('draftOf', { name: 'Maya Johnson', team: ALGEBRA, date })).waitFor();
    const students = await page.locator('input[id^="pick-"]').count();
    await page.getByRole('checkbox', { name: t('allShown', { n: students }) }).check();
    await page.getByRole('button', { name: t('makeOther', { n: students }) }).waitFor();
    expect(await foreignLines(page, progressReportText, locale)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in ProgressReportDialog (${locale})`);
    await shoot(page, `progress-report-dialog-${locale}.png`);

    await page.getByRole('button', { name: t('releaseNamed', { name: 'Maya Johnson', date }) }).click();
    await settle();
    await drafts.getByText(progressReportServerText.t(locale, 'releasedShared', { name: 'Maya Johnson' })).waitFor();
    await drafts.getByText(t('noDrafts')).waitFor();
    const rows = family.inTeam(ALGEBRA, COORDINATOR, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
    expect(rows[0].status).toBe('Released');
    const pdf = reportFiles(family).find((f) => f.name.includes('Maya Johnson') && f.mimeType === 'application/pdf');
    expect(pdf?.permissions.map((x) => x.emailAddress)).toContain(MAYA_EMAIL);
    await expectAccessible(page, `in ProgressReportDialog (${locale}) after releasing`);
    await page.close();
  });

  it('chooses students for conference docs in their language, with nothing clipped', async () => {
    const p = createProgram();
    program = p;
    const t = generateText.in(locale);
    const { page } = await openServed(p, locale, menuGenerateDocs, 'GenerateDocsDialog', {
      user: COORDINATOR,
      host: 'sheets',
      spreadsheetId: p.spreadsheetId,
    });
    await page.getByLabel(t('team'), { exact: true }).waitFor();
    const students = await page.locator('input[id^="pick-"], input[id^="key-"]').count();
    await page.locator('#all').check();
    expect(await page.locator('label[for="all"]').textContent()).toBe(t('allShown', { n: students }));
    expect(await foreignLines(page, generateText, locale)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in GenerateDocsDialog (${locale})`);
    await shoot(page, `generate-docs-${locale}.png`);
    await page.close();
  });

  it('links the program workbook in the Docs sidebar and previews Maya’s merge fields in their language', async () => {
    const p = createProgram({ tier: 3 });
    program = p;
    seedRecords(p, { goals: [aGoal()], notes: [aNote({ date: '2026-09-10' })] });
    const docId = p.world.run({ user: COORDINATOR, host: 'docs' }, () => DocumentApp.create('Maya — conference').getId());
    const t = templateSidebarText.in(locale);
    const { page, settle } = await openServed(p, locale, menuOpenTemplateSidebar, 'TemplateSidebar', {
      user: COORDINATOR,
      host: 'docs',
      documentId: docId,
    });
    await page.getByLabel(t('workbookLink'), { exact: true }).fill(`https://docs.google.com/spreadsheets/d/${p.spreadsheetId}/edit`);
    await page.getByRole('button', { name: t('link') }).click();
    await settle();
    await page.getByLabel(t('template'), { exact: true }).selectOption('goal-setting-conference');
    await page.getByLabel(t('student'), { exact: true }).selectOption({ label: 'Maya Johnson (00101)' });
    await page.getByLabel('Conference date').fill('2026-09-14');
    await settle();
    const fields = page.getByRole('region', { name: t('mergeFields') });
    await fields.getByText('Score 70 on the Unit 2 test').first().waitFor();
    expect(await foreignLines(page, templateSidebarText, locale)).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in TemplateSidebar (${locale})`);
    await shoot(page, `template-sidebar-${locale}.png`);
    await page.close();
  });
});
