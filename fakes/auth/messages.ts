// Apps Script's wording when a call needs a scope the execution lacks, and when requireScopes stops an execution.

import type { ScopeAlternatives } from './required-scopes';

/** One scope prints bare; alternatives print as "(a || b)", as in Apps Script's messages. */
export function formatRequired(scopes: ScopeAlternatives): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

/**
 * The project's manifest does not list any of the scopes (so no user can ever grant it). Reported e.g. as
 * "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive"
 * and "... to call Ui.showModalDialog. Required permissions: https://www.googleapis.com/auth/script.container.ui".
 * https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
 */
export function notInManifest(call: string, scopes: ScopeAlternatives): string {
  return `Specified permissions are not sufficient to call ${call}. Required permissions: ${formatRequired(scopes)}`;
}

/**
 * The manifest lists the scope but this user did not grant it (granular consent). Reported e.g. as
 * "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly
 * || https://www.googleapis.com/auth/spreadsheets). For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is"
 * https://developers.google.com/apps-script/concepts/scopes#handle-granular
 */
export function notGranted(call: string, scopes: ScopeAlternatives): string {
  return (
    `You do not have permission to call ${call}. Required permissions: ${formatRequired(scopes)}. ` +
    'For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is'
  );
}

/**
 * What ends an execution at ScriptApp.requireScopes when a scope is missing: Apps Script stops and shows the
 * consent prompt; the execution itself fails as an unauthorized one does.
 * https://developers.google.com/apps-script/reference/script/script-app#requireScopes(AuthMode,String)
 * https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is
 */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';
