// Which OAuth scope each fake service call needs, as the "Authorization" section of each Apps Script reference page lists it.

import { DOCS_TYPES, SHEETS_TYPES } from '../counter';
import { scopeUrl } from './manifest';

export const SCOPES = {
  spreadsheets: scopeUrl('spreadsheets'),
  spreadsheetsCurrentOnly: scopeUrl('spreadsheets.currentonly'),
  documents: scopeUrl('documents'),
  documentsCurrentOnly: scopeUrl('documents.currentonly'),
  drive: scopeUrl('drive'),
  driveFile: scopeUrl('drive.file'),
  driveReadonly: scopeUrl('drive.readonly'),
  containerUi: scopeUrl('script.container.ui'),
  scriptApp: scopeUrl('script.scriptapp'),
  sendMail: scopeUrl('script.send_mail'),
  userinfoEmail: scopeUrl('userinfo.email'),
} as const;

/** Any one of these scopes lets the call through (Apps Script prints them as "(a || b)"). */
export type ScopeAlternatives = readonly string[];

const SHEETS = new Set<string>(SHEETS_TYPES);
const DOCS = new Set<string>(DOCS_TYPES);
const DRIVE_APP = new Set(['DriveApp', 'Folder', 'File', 'FolderIterator', 'FileIterator']);
const TRIGGERS = new Set(['TriggerBuilder', 'ClockTriggerBuilder', 'Trigger']);

/** Opening another file by id, or making one, needs the full scope; the bound file alone works with ".currentonly". */
const OPENS_OTHER_FILES = new Set(['openById', 'openByUrl', 'open', 'create']);

/** DriveApp reads accept drive.readonly; anything that changes Drive needs full drive. */
function isDriveRead(method: string): boolean {
  return /^(get|search|continue|is|has|next)/.test(method);
}

/**
 * The scopes one call needs, or null when it needs none (menus, properties, cache, locks, builders of plain values).
 * - SpreadsheetApp: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app (spreadsheets / spreadsheets.currentonly)
 * - DocumentApp: https://developers.google.com/apps-script/reference/document/document-app (documents / documents.currentonly)
 * - DriveApp: https://developers.google.com/apps-script/reference/drive/drive-app (drive, drive.readonly for reads; never drive.file:
 *   "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive"
 *   is what a drive.file-only project gets)
 * - Advanced Drive v3: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create#authorization-scopes (drive or drive.file)
 * - Ui dialogs: https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) (script.container.ui)
 * - ScriptApp triggers: https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) (script.scriptapp)
 * - MailApp: https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String) (script.send_mail)
 * - Session users: https://developers.google.com/apps-script/reference/base/session#getActiveUser() (userinfo.email)
 */
export function requiredScopes(type: string, method: string): ScopeAlternatives | null {
  if (SHEETS.has(type)) {
    if (type === 'SpreadsheetApp' && (method === 'getUi' || method === 'flush')) return null;
    if (type === 'SpreadsheetApp' && OPENS_OTHER_FILES.has(method)) return [SCOPES.spreadsheets];
    return [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets];
  }
  if (DOCS.has(type)) {
    if (type === 'DocumentApp' && method === 'getUi') return null;
    if (type === 'DocumentApp' && OPENS_OTHER_FILES.has(method)) return [SCOPES.documents];
    return [SCOPES.documentsCurrentOnly, SCOPES.documents];
  }
  if (DRIVE_APP.has(type)) return isDriveRead(method) ? [SCOPES.driveReadonly, SCOPES.drive] : [SCOPES.drive];
  if (type === 'Drive.Files' || type === 'Drive.Permissions') return [SCOPES.drive, SCOPES.driveFile];
  if (type === 'Ui' && /^show/.test(method)) return [SCOPES.containerUi];
  if (type === 'ScriptApp' && ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'].includes(method)) return [SCOPES.scriptApp];
  if (TRIGGERS.has(type)) return [SCOPES.scriptApp];
  if (type === 'MailApp') return [SCOPES.sendMail];
  if (type === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return [SCOPES.userinfoEmail];
  return null;
}
