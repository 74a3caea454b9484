// Opens a built sidebar/dialog (dist/<Page>.html) in Debian's headless Chromium, with google.script.run wired to the
// server functions running in Node on the fakes — each call one execution as the page's user.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { googleScriptShim } from '../../fakes/client-shim';
import { callServer, type ServerFunctions } from '../../fakes/server-bridge';
import type { ExecutionOptions, FakeWorld } from '../../fakes/world';
import type { Locale } from '../../src/core/i18n/locale';
import * as server from '../../src/main';

export const CHROMIUM = '/usr/bin/chromium';
const DIST = join(__dirname, '..', '..', 'dist');
const ORIGIN = 'https://n-tutoring-toolkit.googleusercontent.test';

/** Chromium as the CI machine runs it: no sandbox as root, no network chatter (the machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface OpenPageOptions {
  world: FakeWorld;
  /** The execution every server call runs in (user, spreadsheetId or documentId, host). */
  execution: ExecutionOptions;
  width?: number;
  height?: number;
  functions?: ServerFunctions;
  /** The page as the server served it (a menu item's `shown.html`); default: the built dist/<name>.html. */
  html?: string;
  /** The browser's language too, so Chromium draws native controls (dates) the person's way. */
  locale?: Locale;
}

export interface OpenedPage {
  page: Page;
  /** Server calls made by the page so far, by function name. */
  calls: string[];
  /** Waits until every google.script.run call the page made has answered. */
  settle(): Promise<void>;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** Violations a person who uses a screen reader, a keyboard or zoom would be stopped or slowed by (axe's impact levels). */
const BLOCKING: readonly string[] = ['serious', 'critical'];
/** Page structure the add-on promises on every page whatever axe's impact level: a title, one h1, a main landmark, all content in landmarks. */
const STRUCTURE: readonly string[] = ['document-title', 'page-has-heading-one', 'landmark-one-main', 'region'];

/** One line per violation: the rule, its impact, what axe says, and the elements it found. */
export function describeViolations(violations: readonly Result[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')} — ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`,
    )
    .join('\n');
}

/**
 * Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now and throws on any serious or critical
 * violation, or a broken page-structure rule (STRUCTURE), naming each. axe's own source is injected into the page, so nothing is fetched.
 */
export async function expectAccessible(page: Page, where = ''): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  const blocking = results.violations.filter((v) => BLOCKING.includes(v.impact ?? '') || STRUCTURE.includes(v.id));
  if (blocking.length)
    throw new Error(
      `axe: ${blocking.length} serious or critical violation(s) or page-structure rule(s)${where ? ` ${where}` : ''}:\n${describeViolations(blocking)}`,
    );
}

/**
 * Sidebars are 300 px wide in Sheets and Docs. Every page opened here is checked with axe twice: once loaded, and
 * again as the test leaves it (`page.close()` runs the check first), so each browser test checks the states it drives.
 */
export async function openPage(browser: Browser, name: string, options: OpenPageOptions): Promise<OpenedPage> {
  const html = options.html ?? readFileSync(join(DIST, `${name}.html`), 'utf8');
  const functions = options.functions ?? (server as unknown as ServerFunctions);
  const page = await browser.newPage({
    viewport: { width: options.width ?? 300, height: options.height ?? 800 },
    ...(options.locale ? { locale: options.locale === 'nl' ? 'nl-NL' : 'en-US' } : {}),
  });
  const calls: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.exposeFunction('__gasCall', (fn: string, args: string) => {
    calls.push(fn);
    return JSON.stringify(callServer(options.world, options.execution, functions, fn, args));
  });
  await page.addInitScript(googleScriptShim(Object.keys(functions), 'binding'));
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(`${ORIGIN}/${name}`);
  const settle = async () => {
    await page.waitForFunction(() => !(window as unknown as { __gasPending?: number }).__gasPending);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  };
  await settle();
  await expectAccessible(page, `in ${name} as loaded`);
  const close = page.close.bind(page);
  page.close = async (closeOptions) => {
    const check = page.isClosed() ? Promise.resolve() : expectAccessible(page, `in ${name} as the test left it`);
    const failure = await check.then(
      () => null,
      (e: Error) => e,
    );
    await close(closeOptions);
    if (failure) throw failure;
  };
  return { page, calls, settle };
}

/** The page a menu item just showed (world.state.ui.shown), opened at the size the server gave it, in `locale`. */
export async function openShownPage(
  browser: Browser,
  name: string,
  options: Omit<OpenPageOptions, 'html'> & { locale: Locale },
): Promise<OpenedPage & { title: string }> {
  const shown = options.world.state.ui.shown.at(-1);
  if (!shown) throw new Error(`${name}: the menu item showed nothing`);
  const opened = await openPage(browser, name, {
    ...options,
    html: shown.html,
    width: shown.width ?? options.width,
    height: shown.height ?? options.height,
  });
  return { ...opened, title: shown.title };
}
