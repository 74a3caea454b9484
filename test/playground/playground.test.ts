// `npm start`: the playground serves the real dialogs against the fake workbook, and keeps the work across a restart.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/server';
import { launchBrowser } from '../support/browser';

jest.setTimeout(120_000);

let browser: Browser;
let stateDir: string;
let dist: string;

/** A copy of dist/ for this run: a rebuild elsewhere meanwhile (it empties dist/ first) cannot pull the bundle away. */
function copyDist(): string {
  const from = join(__dirname, '..', '..', 'dist');
  for (let attempt = 0; attempt < 20; attempt++) {
    const to = mkdtempSync(join(tmpdir(), 'tt-playground-dist-'));
    if (existsSync(join(from, 'Code.js'))) {
      cpSync(from, to, { recursive: true });
      if (existsSync(join(to, 'Code.js')) && readdirSync(to).some((f) => f === 'TutorSidebar.html')) return to;
    }
    rmSync(to, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  throw new Error('dist/ is missing: run npm run build first');
}

const start = (dir: string) => startPlayground(0, dir, dist);

beforeAll(async () => {
  dist = copyDist();
  browser = await launchBrowser();
  stateDir = mkdtempSync(join(tmpdir(), 'tt-playground-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
});

describe('playground', () => {
  it('a newcomer changes the program name through the real setup dialog, and it survives a restart', async () => {
    let playground: Playground = await start(stateDir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(playground.url);
    await page.getByRole('button', { name: 'Roster' }).waitFor();
    await page.getByRole('button', { name: 'Roster' }).click();
    await page.getByRole('cell', { name: 'Maya Johnson' }).waitFor();

    await page.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
    await page.getByRole('button', { name: 'Set up program workbook…' }).click();
    const dialog = page.frameLocator('#dialogFrame');
    await dialog.getByLabel('Program name').fill('Playground Program');
    await dialog.getByRole('button', { name: 'Set up workbook' }).click();
    await dialog.getByText('Settings saved.').waitFor();

    await page.getByRole('button', { name: 'Close dialog' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('cell', { name: 'Playground Program' }).waitFor();
    await page.close();
    await playground.close();

    playground = await start(stateDir);
    const again = await browser.newPage();
    await again.goto(playground.url);
    await again.getByRole('button', { name: 'Settings' }).click();
    expect(await again.getByRole('cell', { name: 'Playground Program' }).count()).toBe(1);
    await again.close();
    await playground.close();
  });

  it('the user switcher shows each person their own menu items and only the workbooks Drive shares with them', async () => {
    const playground = await start(mkdtempSync(join(tmpdir(), 'tt-playground-roles-')));
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    try {
      await page.goto(playground.url);
      await page.getByRole('button', { name: 'Roster' }).waitFor();
      const shots = join(__dirname, '..', '..', 'docs', 'screenshots');
      mkdirSync(shots, { recursive: true });

      const menuOf = async (p: Page) => {
        await p.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
        const items = await p.locator('#menuItems button').allTextContents();
        return items;
      };
      const workbooks = (p: Page) => p.locator('#book option').allTextContents();
      /** Switches user, then waits until the header lists the workbooks Drive shares with them. */
      const signInAs = async (p: Page, email: string, expected: string[]) => {
        await p.locator('#user').selectOption(email);
        await p.waitForFunction(
          (want) => JSON.stringify([...document.querySelectorAll('#book option')].map((o) => o.textContent)) === want,
          JSON.stringify(expected),
          { timeout: 10_000 },
        );
      };

      // The coordinator: the master and both team workbooks; the whole program's items.
      expect(await workbooks(page)).toEqual([
        'Northside Tutoring Program',
        'Team workbook — Algebra 1 - Period 2',
        'Team workbook — Biology - Period 4',
      ]);
      expect(await menuOf(page)).toEqual(
        expect.arrayContaining(['Set up program workbook…', 'Import roster…', 'Provision Drive folders…', 'Access report']),
      );
      await page.screenshot({ path: join(shots, 'playground-coordinator.png') });
      await page.keyboard.press('Escape');
      await page.locator('h1').click();

      // A tutor: their team workbook only, the tutor sidebar only, their own team's students.
      await signInAs(page, 'tutor.ana@school.example', ['Team workbook — Algebra 1 - Period 2']);
      expect(await menuOf(page)).toEqual(['Open tutor sidebar']);
      await page.getByRole('button', { name: 'Open tutor sidebar' }).click();
      const sidebar = page.frameLocator('#sidebarFrame');
      await sidebar.getByText('Maya Johnson').first().waitFor({ state: 'attached' });
      expect(await sidebar.getByText('Zoe Carter').count()).toBe(0);
      await sidebar.locator('select').first().selectOption('00101');
      await sidebar.getByText('Score 70 on the Unit 6 test').first().waitFor();
      // The sidebar counts attendance as the dashboard does, in the same named window.
      await sidebar.getByText('Tutoring attendance: 10 of 12 sessions in the last 4 weeks (83%).').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Session Notes' }).click();
      // The hidden Row Index is no tab of theirs, as in Sheets.
      expect(await page.locator('.tabs button').allTextContents()).not.toContain('Row Index');
      await page.screenshot({ path: join(shots, 'playground-tutor.png') });
      expect(await page.locator('#workspace').textContent()).not.toContain('Zoe Carter');

      // A teacher: their team workbook (at Tier 3 every sheet but Questions is protected from them), the sidebar and Share lesson materials.
      await signInAs(page, 'mr.okafor@school.example', ['Team workbook — Biology - Period 4']);
      expect(await menuOf(page)).toEqual(['Open tutor sidebar', 'Share lesson materials…']);
      await page.getByRole('button', { name: 'Open tutor sidebar' }).click();
      await page.frameLocator('#sidebarFrame').getByText('Zoe Carter').first().waitFor({ state: 'attached' });
      await page.frameLocator('#sidebarFrame').locator('select').first().selectOption('00201');
      await page.frameLocator('#sidebarFrame').getByText('Label every organelle on the next quiz').first().waitFor();
      await page.getByRole('button', { name: 'Conferences' }).click();
      await page.screenshot({ path: join(shots, 'playground-teacher.png') });
      expect(await page.locator('#workspace').textContent()).not.toContain('Maya Johnson');

      // Maya's family (consent recorded): no workbook, no add-on; in Docs, only her progress report, shared view-only.
      await signInAs(page, 'johnson.family@home.example', ['(none shared with you)']);
      await page.keyboard.press('Escape');
      expect(await menuOf(page)).toEqual([]);
      expect(await page.locator('#menuItems').textContent()).toBe('(the add-on is not installed for this person)');
      await page.locator('#menuButton').click();
      await page.locator('#host').selectOption('docs');
      await page.getByRole('heading', { name: 'Progress report: Maya Johnson' }).waitFor();
      expect((await page.locator('#doc option').allTextContents()).every((name) => name.startsWith('Progress report — Maya Johnson'))).toBe(true);
      const familyView = await page.locator('#workspace').textContent();
      for (const other of ['Luis Ortega', 'Aisha Bello', 'Noah Kim', 'Zoe Carter', 'Omar Haddad']) expect(familyView).not.toContain(other);
      await page.screenshot({ path: join(shots, 'playground-family.png') });
      await page.locator('#host').selectOption('sheets');

      // Everyone's account language set to Dutch: the add-on's menu and its sidebar follow it.
      await signInAs(page, 'tutor.ana@school.example', ['Team workbook — Algebra 1 - Period 2']);
      await page.locator('#lang').selectOption('nl');
      await page.waitForFunction(() => document.querySelector('#menuItems button')?.textContent === 'Tutorpaneel openen', null, { timeout: 10_000 });
      await page.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
      await page.getByRole('button', { name: 'Tutorpaneel openen' }).click();
      await page.frameLocator('#sidebarFrame').getByText('Kies een leerling…').first().waitFor({ state: 'attached' });
      await page.locator('#lang').selectOption('en');
    } finally {
      await page.close();
      await playground.close();
    }
  });
  it('the first dashboard a newcomer sees shows what Sheets would: rates as percents, colours, checkboxes, the chart, and toasts', async () => {
    const playground = await start(mkdtempSync(join(tmpdir(), 'tt-playground-dashboard-')));
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const shots = join(__dirname, '..', '..', 'docs', 'screenshots');
    try {
      await page.goto(playground.url);
      await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
      const row = (name: string) => page.locator('table.grid tr', { hasText: name });
      await row('Maya Johnson').waitFor();
      // Dates relative to today: Maya came to 10 of the 12 sessions of the last 4 weeks; no raw 0.8333….
      expect(await row('Maya Johnson').locator('td').allTextContents()).toEqual(expect.arrayContaining(['10', '83%', '58', '70']));
      expect(await page.locator('#workspace').textContent()).not.toMatch(/0\.83333/);
      // Luis's 42% is under 75%: the conditional format colours it red; Maya's 83% stays plain.
      const luisRate = row('Luis Ortega').locator('td', { hasText: /^42%$/ });
      expect(await luisRate.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(217, 48, 37)');
      const mayaRate = row('Maya Johnson').locator('td', { hasText: /^83%$/ }).first();
      expect(await mayaRate.evaluate((td) => getComputedStyle(td).color)).toBe('rgb(32, 33, 36)');
      // The Targeted support column is a checkbox column: ticked for Luis, not for Maya.
      expect(await row('Luis Ortega').getByRole('checkbox').getAttribute('aria-checked')).toBe('true');
      expect(await row('Maya Johnson').getByRole('checkbox').getAttribute('aria-checked')).toBe('false');
      // Zoe's goal is overdue, with the reason in words.
      expect(await row('Zoe Carter').textContent()).toMatch(/Goal due \d{1,2} [A-Z][a-z]{2}( \d{4})?, 4 weeks overdue/);
      // Header notes show on hover.
      expect(await page.locator('table.grid td.note').first().getAttribute('title')).toContain('Rebuilt by "Refresh dashboard"');
      // The chart, drawn from its recorded spec: title and one bar per prioritized student with a progress to goal.
      const chart = page.locator('.chart svg');
      expect(await chart.getAttribute('aria-label')).toBe('Progress to goal: the students most in need of targeted support');
      expect(await chart.locator('rect.bar title').allTextContents()).toEqual(['Zoe Carter: 80%']);

      // Refresh dashboard visibly does something: a toast, and the Dashboard shown.
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
      await page.getByRole('button', { name: 'Refresh dashboard' }).click();
      await page.locator('.toast', { hasText: 'Dashboard refreshed' }).waitFor();
      expect(await page.locator('.toast').last().textContent()).toBe(
        'Dashboard refreshed6 students; 3 students need targeted support (see Prioritized Students).',
      );
      expect(await page.locator('.tabs button.on').textContent()).toBe('Dashboard');
      await page.screenshot({ path: join(shots, 'playground-dashboard.png') });
      // The chart sits beside the table (anchored at column P), as in Sheets: scroll to it.
      await page.locator('.chart').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'playground-dashboard-chart.png') });

      // The access report: a toast, the sheet shown, a summary before the rows.
      await page.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
      await page.getByRole('button', { name: 'Access report' }).click();
      await page.locator('.toast', { hasText: 'Access report' }).waitFor();
      expect(await page.locator('.tabs button.on').textContent()).toBe('Access Report');
      const summary = page.locator('table.grid tr').nth(2);
      expect(await summary.locator('td').allTextContents()).toEqual(
        expect.arrayContaining(['Summary', '25 folders and team workbooks', '6 people', 'No differences: every folder matches the plan.']),
      );
      expect(await page.locator('.toast', { hasText: 'Access report' }).textContent()).toContain('25 folders, 6 people.');
      await page.screenshot({ path: join(shots, 'playground-access-report.png') });

      // A menu item that answers with Ui.alert shows its box, and OK closes it.
      await page.getByRole('button', { name: /Extensions › Tutoring Toolkit/ }).click();
      await page.getByRole('button', { name: 'Send celebration emails' }).click();
      const alert = page.getByRole('alertdialog');
      await alert.waitFor();
      expect(await alert.locator('h2').textContent()).toBe('Celebration emails');
      expect(await alert.locator('p').first().textContent()).toMatch(/^0 sent/);
      await alert.getByRole('button', { name: 'OK' }).click();
      await alert.waitFor({ state: 'hidden' });

      // A team workbook: dates through their format, dropdowns and checkboxes as Sheets shows them.
      await page.locator('#book').selectOption({ label: 'Team workbook — Algebra 1 - Period 2' });
      await page.getByRole('button', { name: 'Goals', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Action Steps', exact: true }).click();
      expect(await page.locator('table.grid tr', { hasText: 'calculator key codes' }).locator('td.dd').allTextContents()).toEqual(['Open']);
      await page.getByRole('button', { name: 'Step Check-offs', exact: true }).click();
      const checkOff = page.locator('table.grid tr').nth(2);
      expect(await checkOff.locator('td').first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await checkOff.getByRole('checkbox').getAttribute('aria-checked')).toBe('true');
    } finally {
      await page.close();
      await playground.close();
    }
  });
});
