// The fake Apps Script globals, built over one FakeWorld: hand them to gas-local, or install them on globalThis for tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDocumentApp } from './docs';
import { createAdvancedDocs } from './docs-api';
import { createAdvancedDrive, createDriveApp } from './drive';
import { createHtmlService, type HtmlFileLoader } from './html/service';
import { createCacheService } from './script/cache';
import { createLockService } from './script/lock';
import { createMailApp } from './script/mail';
import { createPropertiesService } from './script/properties';
import { createScriptApp } from './script/script-app';
import { createSession } from './script/session';
import { createUtilities } from './script/utilities';
import { createSpreadsheetApp } from './sheets';
import { createAdvancedSheets } from './sheets-api';
import type { FakeWorld } from './world';

// Test-only helpers: act as a person in Google's own UI, pick with the Picker, and shape the OAuth consent.
export { grantScopes } from './auth/consent';
export { createInDrive, pickWithPicker, setDriveScope, shareInDrive } from './drive';
export { editCellsAsUser } from './sheets';

export interface FakeGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: GoogleAppsScript.Drive;
  Sheets: GoogleAppsScript.Sheets;
  Docs: GoogleAppsScript.Docs;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Session: GoogleAppsScript.Base.Session;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Logger: Pick<GoogleAppsScript.Base.Logger, 'log'>;
  console: Console;
}

/** Reads sidebar/dialog pages from the built `dist/` folder, as Apps Script reads the project's HTML files. */
export function distHtmlLoader(distDir = join(__dirname, '..', 'dist')): HtmlFileLoader {
  return (name) => {
    try {
      return readFileSync(join(distDir, `${name}.html`), 'utf8');
    } catch {
      return undefined;
    }
  };
}

export function createGlobals(world: FakeWorld, options: { html?: HtmlFileLoader; console?: Console } = {}): FakeGlobals {
  const logs: string[] = [];
  return {
    SpreadsheetApp: createSpreadsheetApp(world),
    DocumentApp: createDocumentApp(world),
    DriveApp: createDriveApp(world),
    Drive: createAdvancedDrive(world),
    Sheets: createAdvancedSheets(world),
    Docs: createAdvancedDocs(world),
    HtmlService: createHtmlService(world, options.html ?? distHtmlLoader()),
    PropertiesService: createPropertiesService(world),
    CacheService: createCacheService(world),
    LockService: createLockService(world),
    ScriptApp: createScriptApp(world),
    Session: createSession(world),
    MailApp: createMailApp(world),
    Utilities: createUtilities(world),
    Logger: {
      log: (...args: unknown[]) => {
        logs.push(args.map(String).join(' '));
        return undefined as unknown as GoogleAppsScript.Base.Logger;
      },
    },
    console: options.console ?? console,
  };
}

/** Puts the fakes on globalThis (for tests that import src/ directly); returns a function that removes them. */
export function installGlobals(world: FakeWorld, options: { html?: HtmlFileLoader } = {}): () => void {
  const globals = createGlobals(world, options) as unknown as Record<string, unknown>;
  const target = globalThis as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  for (const [name, value] of Object.entries(globals)) {
    if (name === 'console') continue;
    saved.set(name, target[name]);
    target[name] = value;
  }
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete target[name];
      else target[name] = value;
    }
  };
}
