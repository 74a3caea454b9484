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

// Built once: every charged call asks, so the answers are shared constants.
const NEEDS = {
  spreadsheets: [SCOPES.spreadsheets],
  anySpreadsheet: [SCOPES.spreadsheetsCurrentOnly, SCOPES.spreadsheets],
  documents: [SCOPES.documents],
  anyDocument: [SCOPES.documentsCurrentOnly, SCOPES.documents],
  driveRead: [SCOPES.driveReadonly, SCOPES.drive],
  drive: [SCOPES.drive],
  driveApi: [SCOPES.drive, SCOPES.driveFile],
  containerUi: [SCOPES.containerUi],
  scriptApp: [SCOPES.scriptApp],
  sendMail: [SCOPES.sendMail],
  userinfoEmail: [SCOPES.userinfoEmail],
} as const;

const SHEETS = new Set<string>(SHEETS_TYPES);
const DOCS = new Set<string>(DOCS_TYPES);
const DRIVE_APP = new Set(['DriveApp', 'Folder', 'File', 'FolderIterator', 'FileIterator']);
const TRIGGERS = new Set(['TriggerBuilder', 'ClockTriggerBuilder', 'Trigger']);
const TRIGGER_METHODS = new Set(['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']);

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
 * - Advanced Drive v3: https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create (drive or drive.file)
 * - Ui dialogs: https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) (script.container.ui)
 * - ScriptApp triggers: https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) (script.scriptapp)
 * - MailApp: https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String) (script.send_mail)
 * - Session users: https://developers.google.com/apps-script/reference/base/session#getActiveUser() (userinfo.email)
 */
export function requiredScopes(type: string, method: string): ScopeAlternatives | null {
  if (type.startsWith('Sheets.')) return NEEDS.spreadsheets; // Advanced Sheets: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate#authorization-scopes
  if (SHEETS.has(type)) {
    if (type === 'SpreadsheetApp' && (method === 'getUi' || method === 'flush')) return null;
    if (type === 'SpreadsheetApp' && OPENS_OTHER_FILES.has(method)) return NEEDS.spreadsheets;
    return NEEDS.anySpreadsheet;
  }
  if (DOCS.has(type)) {
    if (type === 'DocumentApp' && method === 'getUi') return null;
    if (type === 'DocumentApp' && OPENS_OTHER_FILES.has(method)) return NEEDS.documents;
    return NEEDS.anyDocument;
  }
  if (DRIVE_APP.has(type)) return isDriveRead(method) ? NEEDS.driveRead : NEEDS.drive;
  if (type === 'Drive.Files' || type === 'Drive.Permissions') return NEEDS.driveApi;
  if (type === 'Ui' && /^show/.test(method)) return NEEDS.containerUi;
  if (type === 'ScriptApp' && TRIGGER_METHODS.has(method)) return NEEDS.scriptApp;
  if (TRIGGERS.has(type)) return NEEDS.scriptApp;
  if (type === 'MailApp') return NEEDS.sendMail;
  if (type === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return NEEDS.userinfoEmail;
  return null;
}
