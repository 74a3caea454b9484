// Resolves who is calling in a workbook of the program and refuses a caller whose role does not allow the action.

import { type ActionName, refusalOf, ruleOf } from '../../core/access/actions';
import { type Caller, callerIn, hasAnyRole, NOBODY } from '../../core/access/roles';
import { type ProgramSettings, type WorkbookKind, workbookKindOf } from '../../core/model';
import { readRoster, readSettings, workbookDates } from '../program';
import { MissingTableError } from '../table-store';

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

function settingsIfAny(ss: Spreadsheet): ProgramSettings | null {
  try {
    return readSettings(ss, workbookDates(ss));
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
export function callerInWorkbook(ss: Spreadsheet, settings: ProgramSettings | null, email = callerEmail()): Caller {
  if (!settings) return NOBODY;
  let coordinators = settings.coordinators;
  if (coordinators.length === 0) {
    const owner = ss.getOwner()?.getEmail();
    coordinators = owner ? [owner.toLowerCase()] : [];
  }
  return callerIn(email, coordinators, readRoster(ss, workbookDates(ss)));
}

/** Checks the action's rule against the caller in `ss`; throws AccessDeniedError with the rule's words otherwise. */
export function authorizeIn(action: ActionName, ss: Spreadsheet): Authorized {
  const rule = ruleOf(action);
  const email = callerEmail();
  if (!email) throw new AccessDeniedError('Google did not tell the add-on who you are. Sign in with your school account and try again.');
  const settings = settingsIfAny(ss);
  const kind = settings ? workbookKindOf(settings) : null;
  if (!settings && rule.bootstrap) return { ss, caller: { email, roles: [], teams: [] }, settings, kind };
  if (!settings) throw new AccessDeniedError('This spreadsheet is not a Tutoring Toolkit program workbook.');
  const caller = callerInWorkbook(ss, settings, email);
  if (rule.roles.length > 0 && !hasAnyRole(caller, rule.roles)) throw new AccessDeniedError(refusalOf(action));
  return { ss, caller, settings, kind };
}
