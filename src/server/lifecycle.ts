// Simple triggers of the add-on: build each person's menu, from nothing in AuthMode.NONE, from their roles otherwise.

import { type MenuAudience, menuFor, unknownAudience } from '../core/menu';
import { callerEmail, menuCallerIn } from '../workspace/access/caller';
import { buildAddonMenu, hostUi } from '../workspace/menus';
import { activeWorkbook } from '../workspace/program';

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.DocsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/**
 * Builds the add-on menu of Sheets or Docs for the person opening the file. In AuthMode.NONE (the add-on is installed
 * but not yet used in this file) onOpen may only build a menu, so it shows the short menu that needs no reads; in
 * LIMITED (enabled in this file) and FULL it reads the caller's roles in the open workbook. See "Editor add-on
 * authorization" (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle) and
 * https://developers.google.com/apps-script/reference/script/auth-mode. The menu only hides; each handler's guard decides.
 */
export function onOpen(e?: OpenEvent): void {
  const { host, ui } = hostUi();
  buildAddonMenu(ui, menuFor(audienceOf(host, e)));
}

/** Runs when a user installs the add-on from inside a document (AuthMode.FULL): show their menu at once. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e);
}

/** Who the menu is for. Any failure to read leaves the short menu: a menu must always appear. */
function audienceOf(host: 'sheets' | 'docs', e?: OpenEvent): MenuAudience {
  // No event: run by hand from the script editor, which is AuthMode.FULL.
  if (e && e.authMode === ScriptApp.AuthMode.NONE) return unknownAudience(host);
  try {
    // In a simple trigger Google may withhold the email (consumer accounts, other domains): then nothing is known.
    const email = callerEmail();
    if (!email) return unknownAudience(host);
    if (host === 'docs') return { host, known: true, kind: null, roles: [] };
    const { kind, caller } = menuCallerIn(activeWorkbook(), email);
    return { host, known: true, kind, roles: caller.roles };
  } catch {
    return unknownAudience(host);
  }
}

/**
 * Menu, for a person with no role in this program workbook: says why the menu holds nothing for them and whom to ask.
 * Anyone may call it; it reveals only the coordinators' emails, which anyone who can open the file reads in Settings.
 */
export function menuAboutAccess(): void {
  const { ui } = hostUi();
  const email = callerEmail();
  const { caller, coordinators } = menuCallerIn(activeWorkbook(), email);
  const ask = coordinators.length > 0 ? `a coordinator (${coordinators.join(', ')})` : "the program's coordinator";
  const message =
    caller.roles.length > 0
      ? `You are now a ${caller.roles.join(' and ')} here: close and reopen the spreadsheet to see your menu.`
      : `${email || 'Your account'} has no role in this program workbook. Coordinators are named in its Settings sheet; tutors and teachers come from the Roster's active students. Ask ${ask} to add you.`;
  ui.alert('Tutoring Toolkit', message, ui.ButtonSet.OK);
}
