// Applies a menu declared in core to the host's add-on menu.

import type { MenuEntry } from '../core/menu';

export function buildAddonMenu(ui: GoogleAppsScript.Base.Ui, entries: readonly MenuEntry[]): void {
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** The Ui of whichever editor opened the add-on; getUi throws from any other host, so ask each in turn. */
export function hostUi(): { host: 'sheets' | 'docs'; ui: GoogleAppsScript.Base.Ui } {
  try {
    return { host: 'sheets', ui: SpreadsheetApp.getUi() };
  } catch {
    return { host: 'docs', ui: DocumentApp.getUi() };
  }
}
