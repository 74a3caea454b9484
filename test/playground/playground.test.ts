// `npm start`: the playground serves the real dialogs against the fake workbook, and keeps the work across a restart.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Playground, startPlayground } from '../../playground/server';
import { launchBrowser } from '../support/browser';

jest.setTimeout(60_000);

let browser: Browser;
let stateDir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  stateDir = mkdtempSync(join(tmpdir(), 'tt-playground-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('playground', () => {
  it('a newcomer changes the program name through the real setup dialog, and it survives a restart', async () => {
    let playground: Playground = await startPlayground(0, stateDir);
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

    playground = await startPlayground(0, stateDir);
    const again = await browser.newPage();
    await again.goto(playground.url);
    await again.getByRole('button', { name: 'Settings' }).click();
    expect(await again.getByRole('cell', { name: 'Playground Program' }).count()).toBe(1);
    await again.close();
    await playground.close();
  });

  it('the user switcher shows each person their own menu items and only the workbooks Drive shares with them', async () => {
    const playground = await startPlayground(0, mkdtempSync(join(tmpdir(), 'tt-playground-roles-')));
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
      await page.getByRole('button', { name: 'Session Notes' }).click();
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
    } finally {
      await page.close();
      await playground.close();
    }
  });
});
