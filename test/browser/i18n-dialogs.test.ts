// A Dutch and an English coordinator each open "Set up program workbook" as the server serves it to them: every
// word in their language, nothing clipped at the dialog's size, and the saved Settings in the schema's English values.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { setUserLocale } from '../../fakes/script/session';
import type { Locale } from '../../src/core/i18n/locale';
import { componentText } from '../../src/core/i18n/messages/components';
import { pageTitles } from '../../src/core/i18n/messages/pages';
import { provisionText } from '../../src/core/i18n/messages/provision';
import { rosterImportText } from '../../src/core/i18n/messages/roster-import';
import { setupText } from '../../src/core/i18n/messages/setup';
import { menuProvisionDrive } from '../../src/server/drive';
import { menuImportRoster } from '../../src/server/roster';
import { menuSetUpWorkbook } from '../../src/server/workbook';
import { readSettings } from '../../src/workspace/program';
import { expectAccessible, launchBrowser, openShownPage } from '../support/browser';
import { COORDINATOR, createProgram, type Program } from '../support/program';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');

let browser: Browser;
let program: Program;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'SetupDialog.html'))) execFileSync('node', ['scripts/build.js'], { cwd: ROOT });
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
beforeEach(() => {
  program = createProgram({ setUp: false });
});
afterEach(() => program.close());

/** The coordinator picks the menu item; the dialog the server showed is opened at its size, wired to the fakes. */
async function openServedDialog(
  locale: Locale,
  menu: () => void = menuSetUpWorkbook,
  name: string = 'SetupDialog',
): Promise<{ page: Page; title: string; settle: () => Promise<void> }> {
  setUserLocale(program.world, COORDINATOR, locale);
  program.run(menu);
  const execution = { user: COORDINATOR, spreadsheetId: program.spreadsheetId };
  const { page, title, settle } = await openShownPage(browser, name, { world: program.world, execution, locale });
  return { page, title, settle };
}

/** Elements whose text is cut off: wider content than box (a label, a button, an option's select) or past the viewport. */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, p, label, button, select, legend, .notice'))) {
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
    }
    // A closed select shows its chosen option in its own box: every option must fit there (less the arrow), whichever is chosen.
    const ctx = document.createElement('canvas').getContext('2d');
    for (const select of Array.from(document.querySelectorAll('select'))) {
      if (!ctx) break;
      const style = getComputedStyle(select);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      for (const o of Array.from(select.options)) if (ctx.measureText(o.text).width > room) out.push(`option "${o.text}" of #${select.id}`);
    }
    return out;
  });
}

describe.each(['nl', 'en'] as const)('the setup dialog for a coordinator whose Google account is in %s', (locale) => {
  const t = (key: keyof typeof setupText.en) => setupText.t(locale, key as 'intro');
  const other: Locale = locale === 'nl' ? 'en' : 'nl';

  it('shows every word in their language, titled from the catalog, with nothing clipped; a screenshot is kept', async () => {
    const { page, title } = await openServedDialog(locale);
    expect(title).toBe(pageTitles.t(locale, 'SetupDialog'));
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.title()).toBe(pageTitles.t(locale, 'SetupDialog'));
    expect(await page.locator('h1').textContent()).toBe(pageTitles.t(locale, 'SetupDialog'));
    for (const key of ['programName', 'tier', 'setting', 'takeUp', 'dosage', 'ratio', 'termStart', 'termEnd', 'coordinators'] as const) {
      await expect(page.getByLabel(t(key), { exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('button', { name: t('submit') }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: componentText.t(locale, 'close') }).count()).resolves.toBe(1);
    const options = await page.locator('#setting option, #takeUp option, #ratio option, #tier option').allTextContents();
    expect(options).toEqual(expect.arrayContaining([t('Out-of-School'), t('Optional'), t('Small Groups'), t('tier3')]));
    // No word of the other language's catalog shows (the shared words such as "1:1" aside).
    const body = (await page.locator('main').innerText()).split('\n');
    const keys = Object.keys(setupText.en) as (keyof typeof setupText.en)[];
    const foreign = keys.filter((k) => setupText[other][k] !== setupText[locale][k]).map((k) => setupText[other][k]);
    expect(body.filter((line) => foreign.includes(line.trim()))).toEqual([]);
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in SetupDialog (${locale})`);
    await page.screenshot({ path: join(SHOTS, `setup-dialog-${locale}.png`), fullPage: true });
    await page.close();
  });

  it('saves what they chose in the Settings sheet with its English values, and says so in their language', async () => {
    const { page, settle } = await openServedDialog(locale);
    await page.getByLabel(t('programName'), { exact: true }).fill('Tutorprogramma Noord');
    await page.getByLabel(t('setting'), { exact: true }).selectOption({ label: t('Out-of-School') });
    await page.getByLabel(t('ratio'), { exact: true }).selectOption({ label: t('Small Groups') });
    await page.getByLabel(t('termStart'), { exact: true }).fill('2026-09-07');
    await page.getByLabel(t('termEnd'), { exact: true }).fill('2027-01-29');
    await page.getByRole('button', { name: t('submit') }).click();
    await settle();
    await page.getByText(t('saved')).waitFor();
    const settings = program.run(() => readSettings(SpreadsheetApp.getActiveSpreadsheet()));
    expect(settings).toMatchObject({ programName: 'Tutorprogramma Noord', setting: 'Out-of-School', ratio: 'Small Groups' });
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in SetupDialog (${locale}) after saving`);
    await page.screenshot({ path: join(SHOTS, `setup-dialog-saved-${locale}.png`), fullPage: true });
    await page.close();
  });
});

describe.each(['nl', 'en'] as const)('the provisioning dry run for a coordinator whose Google account is in %s', (locale) => {
  beforeEach(() => {
    program.close();
    program = createProgram({ tier: 2 });
  });

  it('says what a run would change in their language, with nothing clipped; a screenshot is kept', async () => {
    const { page, title, settle } = await openServedDialog(locale, menuProvisionDrive, 'ProvisionDialog');
    await settle();
    expect(title).toBe(pageTitles.t(locale, 'ProvisionDialog'));
    await page.getByRole('button', { name: provisionText.t(locale, 'apply') }).waitFor();
    expect(await page.getByRole('list', { name: provisionText.t(locale, 'wouldChange') }).innerText()).toContain(provisionText.t(locale, 'figAdd'));
    expect(await page.locator('main').innerText()).toContain(provisionText.t(locale, 'theProgram') === 'The program' ? 'Tier 2' : 'niveau 2');
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in ProvisionDialog (${locale})`);
    await page.screenshot({ path: join(SHOTS, `provision-dialog-${locale}.png`), fullPage: true });
    await page.close();
  });
});

describe.each(['nl', 'en'] as const)('the roster import for a coordinator whose Google account is in %s', (locale) => {
  beforeEach(() => {
    program.close();
    program = createProgram();
  });

  it('checks pasted rows and names the bad ones in their language, with nothing clipped; a screenshot is kept', async () => {
    const t = rosterImportText.in(locale);
    const { page, settle } = await openServedDialog(locale, menuImportRoster, 'RosterImportDialog');
    await page
      .getByLabel(t('csvLabel'), { exact: true })
      .fill('Student ID,Student name,Team (class),Teacher email,Tutor email\n00901,Sem de Vries,Nieuwe klas,,tutor.ana@school.example');
    await page.getByRole('button', { name: t('check') }).click();
    await settle();
    await page.getByRole('table', { name: t('rowsToFix') }).waitFor();
    expect(await page.locator('.notice').innerText()).toContain(t('needFixingOne', { n: 1, total: 1 }));
    expect(await clipped(page)).toEqual([]);
    await expectAccessible(page, `in RosterImportDialog (${locale})`);
    await page.screenshot({ path: join(SHOTS, `roster-import-${locale}.png`), fullPage: true });
    await page.close();
  });
});
