// Serializes read-modify-write of the shared workbook across concurrent users (two tutors saving at once).

/** How long a save waits for another user's save before telling the user to retry. */
export const LOCK_WAIT_MS = 20_000;

export class BusyError extends Error {
  constructor() {
    super('Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.');
    this.name = 'BusyError';
  }
}

/**
 * Runs `fn` holding the document lock (the script lock outside a document, e.g. in a time-driven trigger),
 * and always releases it. Throws BusyError when the lock cannot be had within LOCK_WAIT_MS.
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

function holding<T>(lock: GoogleAppsScript.Lock.Lock, fn: () => T, waitMs: number): T {
  if (!lock.tryLock(waitMs)) throw new BusyError();
  try {
    const result = fn();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
