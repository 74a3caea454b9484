// Loads the built bundle as Apps Script would (gas-local: one vm context, the fakes as its globals), and checks that
// every name Apps Script may call — menu items, triggers, manifest entries, google.script.run calls — is a top-level function.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGlobals, distHtmlLoader } from '../../fakes';
import type { FakeWorld } from '../../fakes/world';
import { menuFunctionNames } from '../../src/core/menu';

// gas-local ships no typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gasLocal = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

export const DIST = join(__dirname, '..', '..', 'dist');

export type BundleContext = Record<string, unknown>;

/** A fresh vm context per load (gas-local would otherwise share state between loads). */
export function loadBundle(world: FakeWorld, distDir = DIST): BundleContext {
  const logs: string[] = [];
  const quietConsole = {
    log: (...a: unknown[]) => logs.push(a.join(' ')),
    info: () => {},
    warn: () => {},
    error: (...a: unknown[]) => logs.push(a.join(' ')),
  };
  const globals = { ...createGlobals(world, { html: distHtmlLoader(distDir), console: quietConsole as unknown as Console }) };
  return gasLocal.require(distDir, globals);
}

/** Top-level `function name(` declarations of Code.js: what Apps Script lists as callable. */
export function topLevelFunctions(code: string): Set<string> {
  return new Set([...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]));
}

/** Names the sidebars and dialogs call through google.script.run (directly or through the typed serverCall wrapper). */
export function clientCalledNames(html: string): Set<string> {
  const names = new Set<string>();
  for (const m of html.matchAll(/serverCall\(\s*["']([A-Za-z_$][\w$]*)["']/g)) names.add(m[1]);
  for (const m of html.matchAll(/google\.script\.run(?:\s*\.\s*with\w+\([^)]*\))*\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/g)) {
    if (!m[1].startsWith('with')) names.add(m[1]);
  }
  return names;
}

/** Handler names in the manifest (Workspace add-on triggers, if any). */
function manifestFunctions(manifest: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'runFunction' || key === 'onTriggerFunction') && typeof value === 'string') found.push(value);
        else visit(value);
      }
    }
  };
  visit(manifest);
  return found;
}

/** Every problem that would stop the bundle from running as an Apps Script project; empty when none. */
export function checkBundle(distDir = DIST): string[] {
  const problems: string[] = [];
  const codePath = join(distDir, 'Code.js');
  if (!existsSync(codePath)) return [`${codePath} is missing: run npm run build`];
  const code = readFileSync(codePath, 'utf8');
  if (/\brequire\s*\(/.test(code)) problems.push('Code.js calls require(): Apps Script has no module loader');
  if (/^\s*(import|export)\s/m.test(code)) problems.push('Code.js has an ES module import/export statement');
  if (/\bprocess\.(env|argv|exit)/.test(code)) problems.push('Code.js uses process: Node-only');
  if (/\bmodule\.exports\b/.test(code)) problems.push('Code.js assigns module.exports: Node-only');
  const defined = topLevelFunctions(code);
  const need = (name: string, where: string) => {
    if (!defined.has(name)) problems.push(`${where} calls ${name}, which is not a top-level function in Code.js`);
  };
  for (const name of menuFunctionNames()) need(name, 'a menu item');
  for (const m of code.matchAll(/newTrigger\(\s*["']([\w$]+)["']/g)) need(m[1], 'a trigger');
  for (const m of code.matchAll(/RESUME_HANDLER\s*=\s*["']([\w$]+)["']/g)) need(m[1], 'the job trigger');
  for (const name of ['onOpen', 'onInstall']) need(name, 'the add-on lifecycle');
  const manifestPath = join(distDir, 'appsscript.json');
  if (!existsSync(manifestPath)) problems.push('appsscript.json is missing from dist/');
  else for (const name of manifestFunctions(JSON.parse(readFileSync(manifestPath, 'utf8')))) need(name, 'the manifest');
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.html'))) {
    for (const name of clientCalledNames(readFileSync(join(distDir, file), 'utf8'))) need(name, file);
  }
  return problems;
}
