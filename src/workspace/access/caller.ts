// Resolves who is calling in a workbook of the program and refuses a caller whose role does not allow the action.

import { type ActionName, refusalOf, ruleOf } from '../../core/access/actions';
import { type Caller, callerIn, hasAnyRole, NOBODY } from '../../core/access/roles';
import { type DateFormatter, readCell } from '../../core/cells';
import { type ProgramSettings, type Student, type WorkbookKind, workbookKindOf } from '../../core/model';
import { fromApiValue, settingsFromRecord, studentFromRecord } from '../../core/records';
import { indexColumns, type TableRecord } from '../../core/table';
import { ROSTER_TABLE, SETTINGS_TABLE } from '../../core/tables';
import { userLocale } from '../locale';
import { readRoster, readSettings, workbookDates } from '../program';
import { MissingTableError, recordFromApi } from '../table-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A refusal the user reads as is (the sidebar or dialog shows the message; a menu shows it in an alert). */
export class AccessDeniedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

/** What an allowed call knows about where it runs and who runs it. */
export interface Authorized {
  ss: Spreadsheet;
  caller: Caller;
  /** null: the spreadsheet holds no program yet (only a bootstrap action gets here). */
  settings: ProgramSettings | null;
  kind: WorkbookKind | null;
}

/** The signed-in user, lower-cased ('' when Google does not reveal it). */
export function callerEmail(): string {
  return (Session.getActiveUser().getEmail() || '').trim().toLowerCase();
}

function settingsIfAny(ss: Spreadsheet, dates?: DateFormatter): ProgramSettings | null {
  try {
    return readSettings(ss, dates ?? workbookDates(ss));
  } catch (error) {
    if (error instanceof MissingTableError) return null;
    throw error;
  }
}

/**
 * The caller's roles in `ss`: coordinators from its Settings, teachers and tutors from its Roster (the full Roster in
 * the master, the team's slice in a team workbook). A program set up before coordinators were recorded has its
 * spreadsheet owner as coordinator, so the owner can open setup and record the rest.
 */
export function callerInWorkbook(ss: Spreadsheet, settings: ProgramSettings | null, email = callerEmail(), dates?: DateFormatter): Caller {
  if (!settings) return NOBODY;
  return callerIn(email, coordinatorsOf(ss, settings), readRoster(ss, dates ?? workbookDates(ss)));
}

function coordinatorsOf(ss: Spreadsheet, settings: ProgramSettings): readonly string[] {
  if (settings.coordinators.length > 0) return settings.coordinators;
  const owner = ss.getOwner()?.getEmail();
  return owner ? [owner.toLowerCase()] : [];
}

/** Who the caller is in `ss`, and what kind of workbook it is, for building a menu. */
export interface MenuCaller {
  kind: WorkbookKind | null;
  caller: Caller;
  /** Whom to ask for a role. */
  coordinators: readonly string[];
}

/**
 * The caller in `ss` for onOpen, in as few reads as it can: the time zone and Settings, then the Roster only for
 * someone who is not a coordinator (the master's full Roster is the one large read, and coordinators' items do not
 * depend on it). A coordinator who also teaches sees the coordinator's menu.
 */
export function menuCallerIn(ss: Spreadsheet, email: string): MenuCaller {
  const dates = workbookDates(ss);
  const settings = settingsIfAny(ss, dates);
  if (!settings) return { kind: null, caller: { ...NOBODY, email }, coordinators: [] };
  const kind = workbookKindOf(settings);
  const coordinators = coordinatorsOf(ss, settings);
  if (coordinators.some((c) => c.trim().toLowerCase() === email)) {
    return { kind, caller: { email, roles: ['coordinator'], teams: [] }, coordinators };
  }
  return { kind, caller: callerIn(email, coordinators, readRoster(ss, dates)), coordinators };
}

/** Checks the action's rule against the caller in `ss`; throws AccessDeniedError with the rule's words otherwise. */
export function authorizeIn(action: ActionName, ss: Spreadsheet): Authorized {
  const rule = ruleOf(action);
  const email = callerEmail();
  if (!email) throw new AccessDeniedError('Google did not tell the add-on who you are. Sign in with your school account and try again.');
  // One time-zone read serves Settings and the Roster.
  const dates = workbookDates(ss);
  const settings = settingsIfAny(ss, dates);
  const kind = settings ? workbookKindOf(settings) : null;
  if (!settings && rule.bootstrap) return { ss, caller: { email, roles: [], teams: [] }, settings, kind };
  if (!settings) {
    throw new AccessDeniedError(
      'This spreadsheet is not a Tutoring Toolkit program workbook. Open your team workbook (Drive shared it with you), or ask your coordinator.',
    );
  }
  const caller = callerInWorkbook(ss, settings, email, dates);
  if (rule.roles.length > 0 && !hasAnyRole(caller, rule.roles)) throw new AccessDeniedError(refusalOf(action, userLocale()));
  return { ss, caller, settings, kind };
}

/** The Settings sheet's rows (label, value) and the Roster's rows (header first) as the Sheets API returned them. */
export interface GuardValues {
  settings: readonly (readonly unknown[])[];
  roster: readonly (readonly unknown[])[];
}

/** Settings from its (label, value) rows, as `readSettings` reads them from the sheet. */
export function settingsFromValues(rows: readonly (readonly unknown[])[]): ProgramSettings {
  const record: TableRecord = {};
  for (const column of SETTINGS_TABLE.columns) {
    const line = rows.find(
      (v) =>
        String(v[0] ?? '')
          .trim()
          .toLowerCase() === column.header.toLowerCase(),
    );
    record[column.key] = readCell(column, line ? fromApiValue(column.type, line[1]) : '');
  }
  return settingsFromRecord(record);
}

/** The Roster's students from its rows (header row first), blank rows skipped. */
export function rosterFromValues(rows: readonly (readonly unknown[])[]): Student[] {
  const index = indexColumns(ROSTER_TABLE, rows[0] ?? []);
  return rows
    .slice(1)
    .filter((line) => line.some((v) => v !== '' && v !== null && v !== undefined))
    .map((line) => studentFromRecord(recordFromApi(ROSTER_TABLE, index, line)));
}

/**
 * `authorizeIn` over values already read (one values.batchGet that also holds what the action needs), so the guard
 * costs no call of its own beyond the caller's identity. The roster is returned with the authorization, for the
 * feature to use instead of reading it again. A program with no coordinator recorded asks for the file's owner, as
 * `authorizeIn` does.
 */
export function authorizeWithValues(action: ActionName, ss: Spreadsheet, email: string, values: GuardValues): Authorized & { roster: Student[] } {
  const rule = ruleOf(action);
  if (!email) throw new AccessDeniedError('Google did not tell the add-on who you are. Sign in with your school account and try again.');
  const settings = settingsFromValues(values.settings);
  const kind = workbookKindOf(settings);
  const roster = rosterFromValues(values.roster);
  const caller = callerIn(email, coordinatorsOf(ss, settings), roster);
  if (rule.roles.length > 0 && !hasAnyRole(caller, rule.roles)) throw new AccessDeniedError(refusalOf(action, userLocale()));
  return { ss, caller, settings, kind, roster };
}
