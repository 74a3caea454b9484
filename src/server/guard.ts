// The one guard every server function calls first: it names the action, and the action's rule decides who may run it.

import type { ActionName } from '../core/access/actions';
import { AccessDeniedError, type Authorized, authorizeIn } from '../workspace/access/caller';
import { hostUi } from '../workspace/menus';
import { activeWorkbook } from '../workspace/program';

/** Authorizes the caller in the active spreadsheet (or `ss`); throws AccessDeniedError, whose message the page shows. */
export function allow(action: ActionName, ss?: GoogleAppsScript.Spreadsheet.Spreadsheet): Authorized {
  return authorizeIn(action, ss ?? activeWorkbook());
}

/**
 * For menu items (`workbook`: where the role is decided, when not the active spreadsheet): runs `open` when the caller may, otherwise tells them why in an alert (a menu has no page to show
 * an error on, and Sheets' own red error bar would show a stack trace).
 */
export function menuAllowed(action: ActionName, open: (auth: Authorized) => void, workbook?: () => GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  let auth: Authorized;
  try {
    auth = allow(action, workbook ? openWorkbook(workbook) : undefined);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    const { ui } = hostUi();
    ui.alert('Tutoring Toolkit', error.message, ui.ButtonSet.OK);
    return;
  }
  open(auth);
}

/** The workbook that decides the role (in Docs: the one the user linked); failing to open it is a refusal to show. */
function openWorkbook(workbook: () => GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet {
  try {
    return workbook();
  } catch (error) {
    throw new AccessDeniedError(error instanceof Error ? error.message : String(error));
  }
}
