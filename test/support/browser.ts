// Opens a built sidebar/dialog (dist/<Page>.html) in Debian's headless Chromium, with google.script.run wired to the
// server functions running in Node on the fakes — each call one execution as the page's user.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { googleScriptShim } from '../../fakes/client-shim';
import { callServer, type ServerFunctions } from '../../fakes/server-bridge';
import type { ExecutionOptions, FakeWorld } from '../../fakes/world';
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
}

export interface OpenedPage {
  page: Page;
  /** Server calls made by the page so far, by function name. */
  calls: string[];
  /** Waits until every google.script.run call the page made has answered. */
  settle(): Promise<void>;
}

/** Sidebars are 300 px wide in Sheets and Docs. */
export async function openPage(browser: Browser, name: string, options: OpenPageOptions): Promise<OpenedPage> {
  const html = readFileSync(join(DIST, `${name}.html`), 'utf8');
  const functions = options.functions ?? (server as unknown as ServerFunctions);
  const page = await browser.newPage({ viewport: { width: options.width ?? 300, height: options.height ?? 800 } });
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
  return { page, calls, settle };
}
