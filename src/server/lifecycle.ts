// Simple triggers of the add-on: build the menu only, since onOpen may run in AuthMode.NONE.

import { DOCS_MENU, SHEETS_MENU } from '../core/menu';
import { buildAddonMenu, hostUi } from '../workspace/menus';

/** Builds the add-on menu of Sheets or Docs; does nothing else, so it is safe in AuthMode.NONE. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.DocsOnOpen): void {
  const { host, ui } = hostUi();
  buildAddonMenu(ui, host === 'sheets' ? SHEETS_MENU : DOCS_MENU);
}

/** Runs when a user installs the add-on from inside a document: show the menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
