// A Dutch tutor opens the tutor sidebar as the server serves it and reads every word in Dutch, nothing clipped at
// 300 px (screenshots docs/screenshots/tutor-{glance,note,conference,plan,questions}-nl.png); a tutor releases a progress report that waits as a draft
// (issue 13), asked once; the server refuses a bad note in the tutor's language, from the locale the page sent.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { googleScriptShim } from '../../fakes/client-shim';
import { setUserLocale } from '../../fakes/script/session';
import { callServer, type ServerFunctions } from '../../fakes/server-bridge';
import { formatDate } from '../../src/core/i18n/format';
import type { Locale } from '../../src/core/i18n/locale';
import { conferenceAgendaText } from '../../src/core/i18n/messages/conference-agenda';
import { progressReportServerText } from '../../src/core/i18n/messages/progress-report';
import { conferenceQuestionText, conferenceText } from '../../src/core/i18n/messages/tutor-conference';
import { conferenceFieldText } from '../../src/core/i18n/messages/tutor-conference-fields';
import { tutorFamilyText } from '../../src/core/i18n/messages/tutor-family';
import { noteFieldText } from '../../src/core/i18n/messages/tutor-note-fields';
import { questionsText } from '../../src/core/i18n/messages/tutor-questions';
import { tutorText } from '../../src/core/i18n/messages/tutor-sidebar';
import { blankSessionNote } from '../../src/core/session-note-form';
import * as server from '../../src/main';
import { menuOpenTutorSidebar, tutorSaveSessionNote } from '../../src/server/tutor';
import { readReports } from '../../src/workspace/family/progress-reports';
import { familyProgram, makeReports } from '../family/fixtures';
import { expectAccessible, launchBrowser } from '../support/browser';
import { ALGEBRA, type Program, TUTOR_ANA } from '../support/program';

jest.setTimeout(90_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const ORIGIN = 'https://n-tutoring-toolkit.googleusercontent.test';

let browser: Browser;
let program: Program | null = null;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'TutorSidebar.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => {
  program?.close();
  program = null;
});

/** Ana opens the sidebar from the menu in her team workbook; the page the server showed is opened at 300 px. */
async function openSidebar(p: Program, locale: Locale) {
  setUserLocale(p.world, TUTOR_ANA, locale === 'nl' ? 'nl_NL' : 'en_US');
  const execution = { user: TUTOR_ANA, spreadsheetId: p.teamWorkbookId(ALGEBRA), host: 'sheets' as const };
  p.world.run(execution, () => menuOpenTutorSidebar());
  const shown = p.world.state.ui.shown.at(-1);
  if (!shown) throw new Error('nothing shown');
  const functions = server as unknown as ServerFunctions;
  const page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: locale === 'nl' ? 'nl-NL' : 'en-US' });
  const errors: string[] = [];
  const calls: { fn: string; args: string }[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__gasCall', (fn: string, args: string) => {
    calls.push({ fn, args });
    return JSON.stringify(callServer(p.world, execution, functions, fn, args));
  });
  await page.addInitScript(googleScriptShim(Object.keys(functions), 'binding'));
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shown.html }));
  await page.goto(`${ORIGIN}/TutorSidebar`);
  const settle = async () => {
    await page.waitForFunction(() => !(window as unknown as { __gasPending?: number }).__gasPending);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  };
  await settle();
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  return { page, settle, calls };
}

/** Elements whose text is cut off (wider than their box), or a page wider than the sidebar. */
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

/** Visible lines of the page that are an English message and not the same in Dutch. */
async function englishLines(page: Page, catalogs: { en: Record<string, string>; nl: Record<string, string> }[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const lines = new Set(text.split('\n').map((l) => l.trim()));
  const english = catalogs.flatMap((c) =>
    Object.keys(c.en)
      .filter((k) => c.en[k] !== c.nl[k] && !/\{/.test(c.en[k]))
      .map((k) => c.en[k]),
  );
  return english.filter((e) => lines.has(e));
}

async function shot(page: Page, name: string) {
  expect(await clipped(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
}

describe('the tutor sidebar in Dutch', () => {
  it('a Dutch tutor reads the glance, the session note, the conference and the questions in Dutch, with errors naming fields in Dutch, nothing clipped at 300 px', async () => {
    program = familyProgram({ review: true, realTime: true });
    makeReports(program, ['00101']);
    const { page, settle, calls } = await openSidebar(program, 'nl');
    const nl = tutorText.in('nl');
    await page.getByLabel(nl('student')).selectOption('00101');
    await settle();
    await page.getByRole('heading', { name: nl('activeGoal') }).waitFor();
    await page.getByRole('heading', { name: tutorFamilyText.t('nl', 'reports') }).waitFor();
    await page.getByRole('tab', { name: nl('tabGlance') }).waitFor();
    expect(await englishLines(page, [tutorText, tutorFamilyText, noteFieldText])).toEqual([]);
    await expectAccessible(page, 'Dutch glance');
    await shot(page, 'tutor-glance-nl.png');

    await page.getByRole('tab', { name: nl('tabNote') }).click();
    await page.getByLabel(noteFieldText.t('nl', 'objective')).waitFor();
    await page.getByRole('button', { name: nl('saveNote') }).click();
    await page.getByText(nl('fixNote')).waitFor();
    // The field is named in Dutch, next to the field; nothing went to the server.
    await page.getByText(`${noteFieldText.t('nl', 'objective')} is verplicht.`).waitFor();
    expect(calls.map((c) => c.fn)).not.toContain('tutorSaveSessionNote');
    expect(await englishLines(page, [tutorText, noteFieldText])).toEqual([]);
    await expectAccessible(page, 'Dutch session note');
    await shot(page, 'tutor-note-nl.png');

    // A good note: the page sends its language with the save, and says Saved in Dutch with a Dutch date.
    await page.getByLabel(noteFieldText.t('nl', 'objective')).fill('Vergelijkingen met twee stappen');
    await page.getByRole('button', { name: nl('saveNote') }).click();
    await settle();
    const today = await page.inputValue('#sn-date');
    await page.getByText(`Opgeslagen: sessienotitie voor Maya Johnson op ${formatDate('nl', today)}.`).waitFor();
    const save = calls.find((c) => c.fn === 'tutorSaveSessionNote');
    expect(JSON.parse(save?.args ?? '[]')[1]).toBe('nl');

    // The Conference tab (its own page part and catalog): the before stage, then the plan.
    const cf = conferenceText.in('nl');
    await page.getByRole('tab', { name: nl('tabConference') }).click();
    await settle();
    await page.getByRole('heading', { name: cf('before') }).waitFor();
    expect(await englishLines(page, [conferenceText, conferenceQuestionText])).toEqual([]);
    await expectAccessible(page, 'Dutch conference');
    await shot(page, 'tutor-conference-nl.png');
    await page.getByRole('button', { name: cf('next') }).click();
    await page.getByRole('heading', { name: cf('during') }).waitFor();
    // The nine-step agenda, its prompts and lenses in Dutch.
    await page.getByRole('heading', { name: conferenceAgendaText.t('nl', 'sectionCheckIn') }).waitFor();
    await page.getByText(`1) ${conferenceAgendaText.t('nl', 'step1')}`).waitFor();
    expect(await englishLines(page, [conferenceAgendaText])).toEqual([]);
    await page.getByRole('button', { name: cf('next') }).click();
    // The plan is empty: the check names the fields in Dutch and keeps the tutor on this stage.
    await page.getByText(cf('fixBeforeNext')).waitFor();
    await page.getByText(`${conferenceFieldText.t('nl', 'goal')} is verplicht.`).waitFor();
    expect(await englishLines(page, [conferenceText, conferenceFieldText])).toEqual([]);
    await shot(page, 'tutor-plan-nl.png');

    // The Questions tab (Tier 2).
    await page.getByRole('tab', { name: nl('tabQuestions') }).click();
    await settle();
    await page.getByRole('heading', { name: questionsText.t('nl', 'threads') }).waitFor();
    await page.getByText(questionsText.t('nl', 'noQuestions', { name: 'Maya Johnson' })).waitFor();
    expect(await englishLines(page, [questionsText])).toEqual([]);
    await expectAccessible(page, 'Dutch questions');
    await shot(page, 'tutor-questions-nl.png');
    await page.close();
  });

  it('the server refuses a bad note in the language the page sent, naming each field, with no extra service call', () => {
    program = familyProgram({ realTime: true });
    const bad = { ...blankSessionNote('00101', '2026-10-12'), objective: '  ', startTime: '15:30', endTime: '15:00' };
    const nl = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(bad, 'nl'));
    expect(nl).toEqual({
      ok: false,
      message: 'Verbeter de gemarkeerde velden.',
      errors: { objective: 'Doel van de sessie is verplicht.', endTime: 'De eindtijd moet na de begintijd liggen.' },
    });
    program.world.counter.reset();
    const en = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveSessionNote(bad, 'en'));
    expect(en).toMatchObject({ ok: false, errors: { objective: 'Objective is required.', endTime: 'End time must be after the start time.' } });
    expect(program.world.counter.count('Session.getActiveUserLocale')).toBe(0);
  });
});

describe('a tutor releases a progress report', () => {
  it('Ana sees Maya’s draft report, releases it after one question, and the report is Released', async () => {
    program = familyProgram({ review: true, realTime: true });
    makeReports(program, ['00101']);
    const draft = program.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
    expect(draft).toEqual([expect.objectContaining({ studentId: '00101', status: 'Draft' })]);
    const date = formatDate('en', draft[0].reportDate);
    const { page, settle } = await openSidebar(program, 'en');
    const t = tutorFamilyText.in('en');
    await page.selectOption('#student', '00101');
    await settle();
    const reports = page.getByRole('region', { name: t('reports') });
    await reports.getByText(t('reportOf', { date })).waitFor();
    await reports.getByText(t('draft'), { exact: true }).waitFor();
    await reports.getByRole('button', { name: t('release') }).click();
    // Asked once, saying when and whether the family gets it; Cancel is focused (the safe choice).
    const question = page.getByRole('alertdialog');
    await question.getByText(t('releaseAsk', { date })).waitFor();
    await page.waitForFunction((cancel) => document.activeElement?.textContent === cancel, t('cancel'));
    await shot(page, 'tutor-release-en.png');
    await question.getByRole('button', { name: t('releaseYes') }).click();
    await settle();
    await reports.getByText(progressReportServerText.t('en', 'releasedLater', { name: 'Maya Johnson' })).waitFor();
    await reports.getByText(t('released'), { exact: true }).waitFor();
    expect(await reports.getByRole('button', { name: t('release') }).count()).toBe(0);
    const after = program.inTeam(ALGEBRA, TUTOR_ANA, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
    expect(after).toEqual([expect.objectContaining({ studentId: '00101', status: 'Released' })]);
    await expectAccessible(page, 'after the release');
    await page.close();
  });
});
