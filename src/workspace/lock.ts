// Serializes read-modify-write of shared workbooks across concurrent users (two tutors saving at once, or a tutor in a
// team workbook and a coordinator writing to it from the master).

import { saveErrorText } from '../core/i18n/messages/errors';
import { userLocale } from './locale';

/** How long a save waits for another user's save before telling the user to retry. */
export const LOCK_WAIT_MS = 20_000;

export class BusyError extends Error {
  constructor() {
    // In the saver's language: the form shows this message as it is.
    super(saveErrorText.t(userLocale(), 'busy'));
    this.name = 'BusyError';
  }
}

/**
 * Runs `fn` holding the document lock (the script lock outside a document, e.g. in a time-driven trigger),
 * and always releases it. Throws BusyError when the lock cannot be had within LOCK_WAIT_MS. Only for writes to the
 * spreadsheet the execution runs in: the document lock is that container's, nobody else's.
 */
export function withDocumentLock<T>(fn: () => T, waitMs = LOCK_WAIT_MS): T {
  return holding(LockService.getDocumentLock() ?? LockService.getScriptLock(), fn, waitMs);
}

/**
 * Runs `fn` holding the script lock: for writes that may come from any document (e.g. registering a program template
 * from a Docs sidebar, where the document lock would be the doc's, not the workbook's).
 */
export function withScriptLock<T>(fn: () => T, waitMs = LOCK_WAIT_MS): T {
  return holding(LockService.getScriptLock(), fn, waitMs);
}

/**
 * Runs the critical section of a write to a team workbook's records (appends to its logs, a goal's status, a
 * question's status). Those writes come from two kinds of execution: a tutor's, whose container IS the team workbook,
 * and a coordinator's in the master, who opened the team workbook with `openById`. LockService offers three scopes
 * (https://developers.google.com/apps-script/reference/lock/lock-service): the document lock is "scoped to the script
 * and current document", so the tutor's and the coordinator's document locks are two different locks and would let
 * both compute the same "next row" and overwrite each other; the user lock is per person. Only the script lock is
 * shared by both, so every writer of team-workbook records takes it, from either side.
 *
 * What that costs: the script lock is one lock for every execution of the project, so writers of different teams wait
 * on each other too. The sections it guards are kept short — the decisions that need fresh data (is the goal still
 * there, is the question still open) are re-read inside, everything else (validation, the Roster, ids, which are
 * random and cannot collide) is done before — a few appends, well under a second, against a 20-second wait.
 */
export function withTeamRecordsLock<T>(fn: () => T, waitMs = LOCK_WAIT_MS, flush = true): T {
  return holding(LockService.getScriptLock(), fn, waitMs, flush);
}

/**
 * `flush` false: for sections that write only through the Sheets API, whose batchUpdate has landed when it returns
 * (SpreadsheetApp.flush applies SpreadsheetApp's own pending changes, of which there are none).
 */
function holding<T>(lock: GoogleAppsScript.Lock.Lock, fn: () => T, waitMs: number, flush = true): T {
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    const result = fn();
    if (flush) SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
