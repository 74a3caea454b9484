// `npm start`: the playground serves the real dialogs against the fake workbook, and keeps the work across a restart.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
});
