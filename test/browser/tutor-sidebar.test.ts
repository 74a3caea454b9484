// Tutors use the sidebar in Chromium at Sheets' 300 px, opened in their team workbook: a goal-setting conference, a
// session note with check-offs, bad input kept in the form, two tutors saving at once, an unsaved draft kept when the
// student changes, a vague step asked about once, and the teacher reading — each checked against the rows the fake
// team workbook now holds. Screenshots go to docs/screenshots (README shows them).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { ServerFunctions } from '../../fakes/server-bridge';
import { blankConference, type ConferenceForm } from '../../src/core/conference-form';
import { QUESTIONS_TABLE } from '../../src/core/drive-tables';
import { blankSessionNote, type SessionNoteForm } from '../../src/core/session-note-form';
import type { TableSchema } from '../../src/core/table';
import { ACTION_STEPS_TABLE, CHECK_OFFS_TABLE, CONFERENCES_TABLE, GOALS_TABLE, SESSION_NOTES_TABLE } from '../../src/core/tables';
import * as server from '../../src/main';
import { answerQuestion, askQuestion } from '../../src/server/questions';
import { tutorSaveConference, tutorSaveSessionNote } from '../../src/server/tutor';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { launchBrowser, openPage } from '../support/browser';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TEACHER_RIVERA, TUTOR_ANA, TUTOR_BEN } from '../support/program';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const MAYA = '00101';
const AISHA = '00103';

let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'TutorSidebar.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram();
});
afterEach(() => program.close());

/** The sidebar opened in Algebra's team workbook (where tutors and the teacher use it), as `user`. */
const open = (user = TUTOR_ANA) =>
  openPage(browser, 'TutorSidebar', { world: program.world, execution: { user, spreadsheetId: program.teamWorkbookId(ALGEBRA) } });

/** What a sheet of Algebra's team workbook holds, read by the coordinator. */
function rows(schema: TableSchema) {
  return program.inTeam(ALGEBRA, COORDINATOR, () =>
    readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), schema), schema).rows.map((r) => r.record),
  );
}

/** What the tutor sees at 300 × 800 (not the full page: the Save bar stays at the bottom of the sidebar, as in Sheets). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `tutor-${name}.png`) });

/** Maya's first conference, saved straight through the server API; returns her two step ids. */
function seedConference(): string[] {
  const form: ConferenceForm = {
    ...blankConference(MAYA, '2026-10-05'),
    assessment: 'Unit 5 test',
    score: '58',
    goal: 'Score 70 on the Unit 6 test',
    target: '70',
    dueDate: '2026-11-02',
    steps: [
      { action: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.', whenHowOften: 'Mondays and Wednesdays' },
      { action: 'I will create flashcards and study for 15 min a day.', whenHowOften: '15 min a day' },
    ],
  };
  const result = program.inTeam(ALGEBRA, TUTOR_ANA, () => tutorSaveConference(form));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value.stepIds;
}

function seedNote(date: string, checkOffs: SessionNoteForm['checkOffs'], user = TUTOR_ANA, studentId = MAYA, objective = `Objective ${date}`) {
  const result = program.inTeam(ALGEBRA, user, () => tutorSaveSessionNote({ ...blankSessionNote(studentId, date), objective, checkOffs }));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

async function pickStudent(page: Page, settle: () => Promise<void>, studentId = MAYA) {
  await page.locator('#student').selectOption(studentId);
  await settle();
  await page.getByRole('tab', { name: 'At a glance' }).waitFor();
}

/** Opens one of the note form's optional sections (Academic content, Attendance and behavior, …). */
const openSection = (page: Page, name: string) => page.locator('summary', { hasText: name }).click();

/** Whether the element is wholly inside the sidebar's visible height (not scrolled out of view). */
const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });

describe('TutorSidebar', () => {
  it("lists the tutor's own students first and shows a student at a glance", async () => {
    const [keyCodes, flashcards] = seedConference();
    seedNote('2026-10-07', [
      { stepId: keyCodes, done: true },
      { stepId: flashcards, done: false },
    ]);
    seedNote('2026-10-09', [
      { stepId: keyCodes, done: true },
      { stepId: flashcards, done: false },
    ]);
    const { page, settle } = await open();
    const groups = await page
      .locator('#student optgroup')
      .evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.textContent)]));
    expect(groups[0]).toEqual(['My students', ['Luis Ortega — Algebra 1 - Period 2', 'Maya Johnson — Algebra 1 - Period 2']]);
    expect(groups[1][0]).toBe('Other students');
    await pickStudent(page, settle);
    const panel = page.locator('#panel-glance');
    await expect(panel.textContent()).resolves.toContain('Score 70 on the Unit 6 test');
    expect(await panel.textContent()).toContain('I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.');
    expect(await panel.textContent()).toContain('Objective 2026-10-09');
    expect(await page.getByRole('img', { name: 'Last 2 sessions: done 0, missed 2' }).count()).toBe(1);
    expect(await panel.getByText('Revisit the action plan').count()).toBe(1);
    await shot(page, 'glance');
    await page.close();
  });

  it('a tutor logs a session note with check-offs; the note stays text and praise names the effort and the goal', async () => {
    const [keyCodes, flashcards] = seedConference();
    seedNote('2026-10-07', [
      { stepId: keyCodes, done: true },
      { stepId: flashcards, done: true },
    ]);
    seedNote('2026-10-09', [
      { stepId: keyCodes, done: true },
      { stepId: flashcards, done: false },
    ]);
    const { page, settle, calls } = await open();
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'At a glance' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Session note' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('#sn-date').fill('2026-10-12');
    await page.locator('#sn-startTime').fill('15:30');
    await page.locator('#sn-endTime').fill('16:15');
    await page.getByLabel('Objective', { exact: true }).fill('=SUM(A1:A9) then two-step equations');
    await page.locator('#sn-degreeAccomplished').getByText('3', { exact: true }).click();
    // Save is in view from the first field on: the bar stays at the bottom of the sidebar.
    expect(await inView(page, '.buttons.sticky button[type="submit"]')).toBe(true);
    await openSection(page, 'Academic content');
    await page.locator('#sn-rationale').fill('+ Question 6 on the Unit 5 test');
    await page.locator('#sn-topicsSkills').fill('Two-step equations');
    await page.locator('#sn-materials').fill('Unit 3 worksheets');
    await page.locator('#sn-assignments').fill("Friday's homework");
    await page.locator('#sn-assessmentData').fill('-');
    await openSection(page, 'Attendance and behavior');
    await page.locator('#sn-engagement').fill('@asked three questions');
    await page.locator('#sn-focusMotivation').selectOption('High');
    await page.locator('#sn-promptingNeeded').selectOption('Low');
    await page.getByLabel('I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.').check();
    await page.locator('#sn-followThrough').selectOption('Partly');
    await page.locator('#sn-followThroughWhy').fill('No flashcards this week: lost the deck');
    await openSection(page, 'Student shared, questions for the teacher');
    await page.locator('#sn-studentShared').fill('Excited about the robotics club');
    await page.locator('#sn-questionsForTeacher').fill('Which question types will be on the Unit 6 test?');
    await shot(page, 'note-filled');
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    // One step ticked, one not: the message counts the tick (the note writes a check-off row for both steps).
    await page
      .getByText(
        'Saved: session note for Maya Johnson on Mon 12 Oct 2026, 1 action step checked off. Your question for the teacher is in the Questions tab.',
      )
      .waitFor();
    expect(calls.filter((c) => c === 'tutorSaveSessionNote')).toHaveLength(1);
    // Where the eye is: the result in the Save bar, the prompts just above it, focused for a screen reader.
    expect(await inView(page, '.buttons.sticky .notice.success')).toBe(true);
    await page.waitForFunction(() => document.activeElement?.className === 'messages', null, { timeout: 5_000 });
    expect(await page.locator('.messages .prompt', { hasText: 'Revisit the action plan' }).count()).toBe(1);

    const note = rows(SESSION_NOTES_TABLE).at(-1);
    expect(note).toMatchObject({
      date: '2026-10-12',
      startTime: '15:30',
      endTime: '16:15',
      studentId: MAYA,
      tutorEmail: TUTOR_ANA,
      objective: '=SUM(A1:A9) then two-step equations',
      rationale: '+ Question 6 on the Unit 5 test',
      degreeAccomplished: 3,
      assessmentData: '-',
      engagement: '@asked three questions',
      attended: true,
      onTime: true,
      focusMotivation: 'High',
      promptingNeeded: 'Low',
      followThrough: 'Partly',
      followThroughWhy: 'No flashcards this week: lost the deck',
      questionsForTeacher: 'Which question types will be on the Unit 6 test?',
    });
    const formulas = program.inTeam(
      ALGEBRA,
      COORDINATOR,
      () => requireSheet(SpreadsheetApp.getActiveSpreadsheet(), SESSION_NOTES_TABLE).getRange(4, 1, 1, 22).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);
    expect(rows(CHECK_OFFS_TABLE).slice(-2)).toEqual([
      { date: '2026-10-12', stepId: keyCodes, studentId: MAYA, tutorEmail: TUTOR_ANA, done: true, noteId: note?.noteId },
      { date: '2026-10-12', stepId: flashcards, studentId: MAYA, tutorEmail: TUTOR_ANA, done: false, noteId: note?.noteId },
    ]);
    // Third session in a row for the key-codes step: praise that names the effort and the goal; flashcards slipping twice: redirect.
    const praise = page.locator('.prompt', { hasText: 'Praise progress: three sessions in a row' });
    await expect(praise.textContent()).resolves.toContain('Maya, you have followed through on “I will come to tutoring on Mondays and Wednesdays');
    expect(await praise.textContent()).toContain('Score 70 on the Unit 6 test');
    expect(await page.locator('.prompt', { hasText: 'Revisit the action plan' }).count()).toBeGreaterThan(0);
    // The form is blank again for the next session, and the glance now shows this note.
    expect(await page.locator('#sn-objective').inputValue()).toBe('');
    await expect(page.locator('#panel-glance').textContent()).resolves.toContain('=SUM(A1:A9) then two-step equations');
    await shot(page, 'note-saved');
    await page.close();
  });

  it('shows a message beside each bad field, keeps everything typed, and saves nothing', async () => {
    seedConference();
    const { page, settle, calls } = await open();
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    await page.locator('#sn-startTime').fill('16:00');
    await page.locator('#sn-endTime').fill('15:00');
    await openSection(page, 'Academic content');
    await page.locator('#sn-topicsSkills').fill('Ratios');
    await page.locator('#sn-followThrough').selectOption('No');
    await page.getByRole('button', { name: 'Save session note' }).click();
    await expect(page.locator('#sn-objective-error').textContent()).resolves.toBe('Objective is required.');
    expect(await page.locator('#sn-endTime-error').textContent()).toBe('End time must be after the start time.');
    expect(await page.locator('#sn-followThroughWhy-error').textContent()).toMatch(/Say why/);
    expect(await page.locator('#sn-objective').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#sn-topicsSkills').inputValue()).toBe('Ratios');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sn-endTime');
    await shot(page, 'note-errors');
    expect(calls).not.toContain('tutorSaveSessionNote');
    expect(rows(SESSION_NOTES_TABLE)).toEqual([]);
    await page.close();
  });

  it("the server's refusal of a field in a closed section opens that section and puts the cursor in the field", async () => {
    seedConference();
    const functions = {
      ...(server as unknown as ServerFunctions),
      tutorSaveSessionNote: () => ({ ok: false, message: 'Topics / skills: please shorten it.', errors: { topicsSkills: 'Please shorten it.' } }),
    } as ServerFunctions;
    const { page, settle } = await openPage(browser, 'TutorSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      functions,
    });
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    expect(await page.locator('#sn-section-academic').getAttribute('open')).toBeNull();
    await page.locator('#sn-objective').fill('Two-step equations');
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    await expect(page.locator('#sn-topicsSkills-error').textContent()).resolves.toBe('Please shorten it.');
    expect(await page.locator('#sn-section-academic').getAttribute('open')).not.toBeNull();
    await page.waitForFunction(() => document.activeElement?.id === 'sn-topicsSkills');
    expect(await page.locator('#sn-objective').inputValue()).toBe('Two-step equations');
    expect(await inView(page, '#sn-topicsSkills')).toBe(true);
    expect(rows(SESSION_NOTES_TABLE)).toEqual([]);
    await page.close();
  });

  it('a tutor holds a goal-setting conference as a guided flow: before, during, after', async () => {
    const { page, settle, calls } = await open();
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Conference' }).click();
    // 1. Before — data share and reflections.
    await page.locator('#cf-conferenceDate').fill('2026-10-05');
    await page.locator('#cf-assessment').fill('Unit 5 test');
    await page.locator('#cf-score').fill('fifty-eight');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#cf-score-error').textContent()).resolves.toBe('Score must be a number (0 or more), e.g. 64.');
    await page.locator('#cf-score').fill('58');
    await page.locator('#cf-academicData').fill('Q5 one-step equations right; Q6 two-step equations wrong');
    await page.locator('#cf-studentConfidence').getByText('2', { exact: true }).click();
    await page.locator('#cf-studentLeastConfident').fill('Two-step equations');
    await page.locator('#cf-tutorConfidence').getByText('3', { exact: true }).click();
    await page.locator('#cf-tutorStruggles').fill('Distributing the negative sign');
    await shot(page, 'conference-before');
    await page.getByRole('button', { name: 'Next' }).click();
    // 2. During — agenda, new goal, action plan with the live specificity check.
    await page.getByRole('heading', { name: 'During: agenda' }).waitFor();
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9]) await page.locator(`#cf-agenda-${n}`).check();
    expect(await page.getByText('“What were your strengths? Where did you struggle?”').count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.locator('#cf-goal-error').textContent()).resolves.toBe('Goal is required.');
    expect(await page.locator('#cf-steps-0-action-error').textContent()).toBe('Specific action is required.');
    await page.locator('#cf-goal').fill('Score 70 on the Unit 6 test');
    await page.locator('#cf-target').fill('70');
    await page.locator('#cf-dueDate').fill('2026-11-02');
    await page.locator('#cf-steps-0-action').fill("I'm going to come to tutoring more.");
    await expect(page.locator('#cf-steps-0-action-warning').textContent()).resolves.toMatch(/^Too vague!/);
    await shot(page, 'conference-vague');
    await page.locator('#cf-steps-0-action').fill('I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.');
    expect(await page.locator('#cf-steps-0-action-warning').count()).toBe(0);
    await page.locator('#cf-steps-0-backupPlan').fill("If I can't do Monday, sign me up for Tuesday instead that week");
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.locator('#cf-steps-1-action').fill('I will study harder.');
    expect(await page.locator('#cf-steps-1-action-warning').textContent()).toMatch(/^Too vague!/);
    await page.getByRole('button', { name: 'Next' }).click();
    // 3. After — a vague step is asked about once, naming what it leaves out, and never blocks the save.
    await page.getByRole('heading', { name: 'After: follow-up' }).waitFor();
    await page.getByLabel('Mark for targeted support').check();
    await page.getByLabel('Share with the teacher (ms.rivera@school.example)').check();
    await page.getByLabel('Share with the family').check();
    await shot(page, 'conference-after');
    await page.getByRole('button', { name: 'Save conference' }).click();
    await expect(page.locator('#cf-vague').textContent()).resolves.toBe(
      'Step 2 (“I will study harder.”) does not say what the student will do, nor when and how often.' +
        'Save anyway? A specific step says what the student will do, when and how often.',
    );
    expect(calls.filter((c) => c === 'tutorSaveConference')).toEqual([]);
    expect(await inView(page, '#cf-vague')).toBe(true);
    await shot(page, 'conference-save-anyway');
    await page.getByRole('button', { name: 'Save anyway' }).click();
    await settle();
    expect(calls.filter((c) => c === 'tutorSaveConference')).toHaveLength(1);
    await page.getByText(/^Saved: the goal is on the Goals Master List, 2 action steps/).waitFor();

    const [goal] = rows(GOALS_TABLE);
    expect(goal).toMatchObject({
      studentId: MAYA,
      conferenceDate: '2026-10-05',
      assessment: 'Unit 5 test',
      score: 58,
      goal: 'Score 70 on the Unit 6 test',
      target: 70,
      status: 'Active',
      prioritized: true,
    });
    expect(rows(ACTION_STEPS_TABLE).map((s) => [s.goalId, s.action, s.backupPlan, s.status])).toEqual([
      [
        goal.goalId,
        'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
        "If I can't do Monday, sign me up for Tuesday instead that week",
        'Open',
      ],
      [goal.goalId, 'I will study harder.', '', 'Open'],
    ]);
    expect(rows(CONFERENCES_TABLE)).toEqual([
      expect.objectContaining({
        studentId: MAYA,
        tutorEmail: TUTOR_ANA,
        score: 58,
        studentConfidence: 2,
        tutorConfidence: 3,
        studentLeastConfident: 'Two-step equations',
        academicData: 'Q5 one-step equations right; Q6 two-step equations wrong',
        agendaStepsDone: '1-9',
        goalId: goal.goalId,
        sharedWith: 'Teacher, Family',
      }),
    ]);
    expect(await page.getByRole('link', { name: 'Email the goal and action plan to ms.rivera@school.example' }).getAttribute('href')).toMatch(
      /^mailto:ms\.rivera@school\.example\?subject=Maya%20Johnson/,
    );
    expect(await page.getByText('Call home: Ms. Johnson (mother), 555-0101.').count()).toBe(1);
    await expect(page.locator('#panel-glance').textContent()).resolves.toContain('Score 70 on the Unit 6 test');
    await shot(page, 'conference-saved');
    await page.close();
  });

  it('a save whose reply is lost: the sidebar asks whether it landed and says Saved, and the note is there once', async () => {
    seedConference();
    // google.script.run fails after the server ran the first save (the execution finished, its answer never came back).
    let lost = 0;
    const functions = {
      ...(server as unknown as ServerFunctions),
      tutorSaveSessionNote: (form: SessionNoteForm) => {
        const result = tutorSaveSessionNote(form);
        if (lost++ === 0) throw new Error('NetworkError: Connection failure due to HTTP 0');
        return result;
      },
    } as ServerFunctions;
    const { page, settle, calls } = await openPage(browser, 'TutorSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      functions,
    });
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    await page.locator('#sn-date').fill('2026-10-12');
    await page.locator('#sn-objective').fill('Two-step equations');
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    await page.getByText(/^Saved: session note for Maya Johnson on Mon 12 Oct 2026/).waitFor();
    // The save, the question "did it land?", and the same save again, which the server answered without writing.
    const reads = ['tutorStudentGlance', 'tutorRoster', 'tutorCelebration', 'tutorProgressReports', 'getPagePart'];
    expect(calls.filter((c) => !reads.includes(c))).toEqual(['tutorSaveSessionNote', 'tutorSaveStatus', 'tutorSaveSessionNote']);
    expect(rows(SESSION_NOTES_TABLE).map((n) => n.objective)).toEqual(['Two-step equations']);
    expect(rows(CHECK_OFFS_TABLE)).toHaveLength(2);
    await page.close();
  });

  it('a save that failed before it landed says Not saved and keeps what was typed; saving again writes it once', async () => {
    seedConference();
    let failing = true;
    const functions = {
      ...(server as unknown as ServerFunctions),
      tutorSaveSessionNote: (form: SessionNoteForm) => {
        if (failing) throw new Error('NetworkError: Connection failure due to HTTP 0');
        return tutorSaveSessionNote(form);
      },
    } as ServerFunctions;
    const { page, settle } = await openPage(browser, 'TutorSidebar', {
      world: program.world,
      execution: { user: TUTOR_ANA, spreadsheetId: program.teamWorkbookId(ALGEBRA) },
      functions,
    });
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    await page.locator('#sn-date').fill('2026-10-12');
    await page.locator('#sn-objective').fill('Two-step equations');
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    await page.getByText(/^Not saved: NetworkError/).waitFor();
    expect(await page.locator('#sn-objective').inputValue()).toBe('Two-step equations');
    expect(rows(SESSION_NOTES_TABLE)).toEqual([]);
    failing = false;
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    await page.getByText(/^Saved: session note for Maya Johnson/).waitFor();
    expect(rows(SESSION_NOTES_TABLE).map((n) => n.objective)).toEqual(['Two-step equations']);
    await page.close();
  });

  it('two tutors saving at once: B gets the lock message while A saves, retries after, and both notes are intact in order', async () => {
    seedConference();
    const { page, settle } = await open(TUTOR_ANA);
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    await page.locator('#sn-date').fill('2026-10-12');
    await page.locator('#sn-objective').fill('Ana: two-step equations');

    // Tutor B tries to save while tutor A (this sidebar) holds the lock mid-save.
    let duringA: ReturnType<typeof tutorSaveSessionNote> | null = null;
    program.world.afterCall.push((type, method) => {
      // A's write, whichever way the save writes (SpreadsheetApp's setValues or the Sheets API's one batchUpdate).
      if (duringA || !['Range.setValues', 'Sheets.Spreadsheets.batchUpdate'].includes(`${type}.${method}`)) return;
      duringA = program.inTeam(ALGEBRA, TUTOR_BEN, () =>
        tutorSaveSessionNote({ ...blankSessionNote(AISHA, '2026-10-12'), objective: 'Ben: ratios' }),
      );
    });
    await page.getByRole('button', { name: 'Save session note' }).click();
    await settle();
    program.world.afterCall.length = 0;
    await page.getByText(/^Saved: session note for Maya Johnson/).waitFor();
    expect(duringA).toEqual({
      ok: false,
      message: 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
      errors: {},
    });
    seedNote('2026-10-12', [], TUTOR_BEN, AISHA, 'Ben: ratios');

    // And the other way round: this sidebar is B, and someone else holds the lock when it saves.
    const ben = await open(TUTOR_BEN);
    await pickStudent(ben.page, ben.settle, AISHA);
    await ben.page.getByRole('tab', { name: 'Session note' }).click();
    await ben.page.locator('#sn-date').fill('2026-10-13');
    await ben.page.locator('#sn-objective').fill('Ben: unit rates');
    // Saves to team records take the script lock, the one a coordinator writing from the master shares (lock.ts).
    const lockKey = 'script';
    program.world.state.locks[lockKey] = { execution: -1, until: Number.MAX_SAFE_INTEGER };
    await ben.page.getByRole('button', { name: 'Save session note' }).click();
    await ben.settle();
    await ben.page.getByText('Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.').waitFor();
    expect(await ben.page.locator('#sn-objective').inputValue()).toBe('Ben: unit rates');
    await shot(ben.page, 'note-busy');
    delete program.world.state.locks[lockKey];
    await ben.page.getByRole('button', { name: 'Save session note' }).click();
    await ben.settle();
    await ben.page.getByText(/^Saved: session note for Aisha Bello/).waitFor();

    expect(rows(SESSION_NOTES_TABLE).map((n) => [n.objective, n.tutorEmail, n.studentId])).toEqual([
      ['Ana: two-step equations', TUTOR_ANA, MAYA],
      ['Ben: ratios', TUTOR_BEN, AISHA],
      ['Ben: unit rates', TUTOR_BEN, AISHA],
    ]);
    const checkOffs = rows(CHECK_OFFS_TABLE);
    expect(checkOffs.map((c) => c.tutorEmail)).toEqual([TUTOR_ANA, TUTOR_ANA]);
    expect(new Set(checkOffs.map((c) => c.noteId))).toEqual(new Set([rows(SESSION_NOTES_TABLE)[0].noteId]));
    await ben.page.close();
    await page.close();
  });

  it('a tutor asks the teacher about a session note in the Questions tab and sees it listed as Open', async () => {
    seedConference();
    const note = seedNote('2026-10-07', [], TUTOR_ANA, MAYA, 'Solve two-step equations');
    // An earlier thread the teacher has answered, so the list shows both states.
    const earlier = program.inTeam(ALGEBRA, TUTOR_ANA, () => askQuestion({ studentId: MAYA, text: 'Can Maya redo the Unit 5 homework for credit?' }));
    if (!earlier.ok) throw new Error(earlier.message);
    program.inTeam(ALGEBRA, TEACHER_RIVERA, () => answerQuestion({ questionId: earlier.value.questionId, text: 'Yes, until Friday.' }));

    const { page, settle, calls } = await open();
    await pickStudent(page, settle);
    expect(calls).not.toContain('listQuestions');
    // The last tab, reached from the first with the arrow keys wrapping around.
    await page.getByRole('tab', { name: 'At a glance' }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.getByRole('tab', { name: 'Questions' }).getAttribute('aria-selected')).toBe('true');
    await settle();
    const panel = page.locator('#panel-questions');
    await panel.getByText('Can Maya redo the Unit 5 homework for credit?').waitFor();
    // Checked in the sidebar with the server's own rules: nothing is sent, the message sits beside the field.
    await page.getByRole('button', { name: 'Send question' }).click();
    await expect(page.locator('#q-text-error').textContent()).resolves.toBe('Write your question.');
    expect(calls).not.toContain('askQuestion');

    await page.locator('#q-about').selectOption(note.noteId);
    await page.locator('#q-text').fill('Which method for two-step equations will be on the test? <b>inverse</b>');
    await page.getByRole('button', { name: 'Send question' }).click();
    await settle();
    await page.getByText('Sent: your question about Maya Johnson is listed below as Open.').waitFor();

    const threads = panel.locator('li.thread');
    expect(await threads.count()).toBe(2);
    const asked = threads.first();
    expect(await asked.locator('.badge').textContent()).toBe('Open');
    expect(await asked.locator('.question').textContent()).toBe('Which method for two-step equations will be on the test? <b>inverse</b>');
    expect(await asked.locator('.about').textContent()).toBe('About the session note of Wed 7 Oct 2026: Solve two-step equations');
    expect(await asked.getByRole('textbox', { name: 'Reply' }).count()).toBe(1);
    const answered = threads.nth(1);
    expect(await answered.locator('.badge').textContent()).toBe('Answered');
    expect(await answered.textContent()).toContain('Yes, until Friday.');
    expect(await answered.getByRole('textbox', { name: 'Reply' }).count()).toBe(0);
    const questions = program
      .inTeam(ALGEBRA, COORDINATOR, () =>
        readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), QUESTIONS_TABLE), QUESTIONS_TABLE).rows.map((r) => r.record),
      )
      .filter((r) => r.about === note.noteId);
    expect(questions).toEqual([
      expect.objectContaining({
        studentId: MAYA,
        author: TUTOR_ANA,
        authorRole: 'Tutor',
        text: 'Which method for two-step equations will be on the test? <b>inverse</b>',
        status: 'Open',
      }),
    ]);
    await shot(page, 'questions');
    await page.close();
  });
  it('a half-typed note survives a tab change, and changing student asks before discarding it', async () => {
    seedConference();
    const { page, settle, calls } = await open();
    await pickStudent(page, settle);
    await page.getByRole('tab', { name: 'Session note' }).click();
    await page.locator('#sn-objective').fill('Two-step equations, half typed');
    // Another tab keeps the draft (nothing is lost) and the Session note tab says it is not saved yet.
    await page.getByRole('tab', { name: 'At a glance' }).click();
    expect(await page.getByRole('tab', { name: 'Session note (not saved yet)' }).count()).toBe(1);
    await page.getByRole('tab', { name: 'Session note' }).click();
    expect(await page.locator('#sn-objective').inputValue()).toBe('Two-step equations, half typed');

    await page.locator('#student').selectOption(AISHA);
    const question = page.getByRole('alertdialog');
    await expect(question.locator('p').textContent()).resolves.toBe('You have an unsaved session note for Maya Johnson. Discard it?');
    // Focus moves to "Keep editing" in the effect after the question renders: wait for it (a loaded machine paints late).
    await page.waitForFunction(() => document.activeElement?.textContent === 'Keep editing', null, { timeout: 5_000 });
    expect(await page.locator('#student').inputValue()).toBe(MAYA);
    await shot(page, 'unsaved-guard');
    await page.getByRole('button', { name: 'Keep editing' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.locator('#sn-objective').inputValue()).toBe('Two-step equations, half typed');
    expect(calls.filter((c) => c === 'tutorStudentGlance')).toHaveLength(1);

    await page.locator('#student').selectOption(AISHA);
    await page.getByRole('button', { name: 'Discard' }).click();
    await settle();
    await page.getByRole('tab', { name: 'At a glance' }).waitFor();
    expect(await page.locator('#student').inputValue()).toBe(AISHA);
    expect(await page.locator('#sn-objective').inputValue()).toBe('');
    expect(await page.getByRole('tab', { name: 'Session note (not saved yet)' }).count()).toBe(0);
    expect(rows(SESSION_NOTES_TABLE)).toEqual([]);
    // Nothing typed: the next change of student asks nothing.
    await page.locator('#student').selectOption(MAYA);
    await settle();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.locator('#student').inputValue()).toBe(MAYA);
    await page.close();
  });

  it("the team's teacher opens the sidebar in the team workbook to read: glance and questions, no save tabs", async () => {
    seedConference();
    seedNote('2026-10-07', [], TUTOR_ANA, MAYA, 'Read by the teacher');
    const { page, settle, calls } = await open(TEACHER_RIVERA);
    const options = await page.locator('#student option').evaluateAll((os) => os.map((o) => o.textContent).filter((t) => t !== 'Choose a student…'));
    expect(options).toEqual([
      'Aisha Bello — Algebra 1 - Period 2',
      'Luis Ortega — Algebra 1 - Period 2',
      'Maya Johnson — Algebra 1 - Period 2',
      'Noah Kim — Algebra 1 - Period 2',
    ]);
    await pickStudent(page, settle);
    await expect(page.locator('#panel-glance').textContent()).resolves.toContain('Read by the teacher');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['At a glance', 'Questions']);
    expect(await page.locator('#panel-note').count()).toBe(0);
    expect(calls).not.toContain('tutorSaveSessionNote');
    // The teacher's Questions tab asks the student's tutor, not the teacher herself.
    await page.getByRole('tab', { name: 'Questions' }).click();
    await settle();
    await expect(page.locator('#q-title').textContent()).resolves.toBe(`Ask the tutor, ${TUTOR_ANA}`);
    await shot(page, 'teacher');
    await page.close();
  });
});
