// Server API of the roster import: the menu opens the dialog; the dialog checks rows, then imports them.

import { accessText } from '../core/i18n/messages/access';
import { type RosterImportReport, type RosterImportRequest, RosterImportRequestSchema } from '../core/roster-import';
import { ROSTER_TABLE } from '../core/tables';
import { friendlyMessage, labelOf } from '../core/validation/messages';
import { unsafeKeyProblem } from '../core/validation/safe-record';
import * as v from '../core/validation/schema';
import { MASTER_TABLES, TEAM_TABLES } from '../core/workbook-tables';
import { AccessDeniedError } from '../workspace/access/caller';
import { userLocale } from '../workspace/locale';
import { showDialog } from '../workspace/pages';
import { applyRosterImport, previewRosterImport as preview } from '../workspace/roster-import';
import { readTable, requireSheet } from '../workspace/table-store';
import { allow, menuAllowed } from './guard';

/** Menu: opens the roster import dialog. */
export function menuImportRoster(): void {
  menuAllowed('menuImportRoster', () => {
    showDialog(SpreadsheetApp.getUi(), 'RosterImportDialog');
  });
}

export interface RosterImportContext {
  /** Sheets of this workbook one could import from (the program's own tables left out). */
  sheets: string[];
  /** Teams already on the Roster. */
  knownTeams: string[];
  studentCount: number;
  /** The Roster's headers, for the dialog's hint. */
  headers: string[];
}

/** What the dialog shows before anything is pasted. */
export function getRosterImportContext(): RosterImportContext {
  const { ss } = masterOnly('getRosterImportContext');
  const own = new Set([...MASTER_TABLES, ...TEAM_TABLES].map((t) => t.name));
  const sheets = ss
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => !own.has(name));
  const rows = readTable(requireSheet(ss, ROSTER_TABLE), ROSTER_TABLE).rows;
  const teams = new Set(rows.map((r) => String(r.record.team ?? '')).filter((t) => t !== ''));
  return {
    sheets,
    knownTeams: [...teams].sort((a, b) => a.localeCompare(b)),
    studentCount: rows.length,
    headers: ROSTER_TABLE.columns.map((c) => c.header),
  };
}

/** The full Roster lives in the master; a team workbook's slice is written by provisioning only. */
function masterOnly(action: 'getRosterImportContext' | 'previewRosterImport' | 'importRoster') {
  const auth = allow(action);
  if (auth.kind === 'team') throw new AccessDeniedError(accessText.t(userLocale(), 'teamWorkbookRoster'));
  return auth;
}

/** The dialog's request, or an error that names what is wrong (cells of the wrong type are reported per row later). */
function checked(request: unknown): RosterImportRequest {
  const unsafe = unsafeKeyProblem(request, 'Import');
  if (unsafe) throw new Error(unsafe);
  const result = v.safeParse(RosterImportRequestSchema, request);
  if (!result.success) {
    const issue = result.issues[0];
    const last = issue?.path?.length ? String(issue.path[issue.path.length - 1].key) : '';
    throw new Error(issue ? friendlyMessage(issue, labelOf(last)) : 'The import request is not valid.');
  }
  return result.output;
}

/** Validates every row against the Roster and reports; writes nothing. */
export function previewRosterImport(request: RosterImportRequest): RosterImportReport {
  return preview(masterOnly('previewRosterImport').ss, checked(request));
}

/**
 * Imports the rows. If any row is bad nothing is written and the report lists the bad rows, unless `validOnly`
 * ("Import the N valid rows") is set.
 */
export function importRoster(request: RosterImportRequest, validOnly: boolean): RosterImportReport {
  return applyRosterImport(masterOnly('importRoster').ss, checked(request), validOnly === true);
}
