// Drive's own error wording, for DriveApp (Apps Script exceptions) and the Advanced Drive service (HTTP errors).

import { FakeServiceError } from '../errors';

export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';
export const ACCESS_DENIED = 'Access denied: DriveApp.';
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';
export const INVALID_EMAIL = 'Invalid argument: permission.value';
export const OWNER_CANNOT_BE_REMOVED = 'The owner of a file cannot be removed.';
export const INSUFFICIENT_FILE_PERMISSIONS = 'The user does not have sufficient permissions for this file.';
export const CANNOT_ADD_PARENT = 'Increasing the number of parents is not allowed.';

/** What Apps Script throws when an Advanced service call fails: the HTTP error folded into one message. */
export class DriveApiError extends FakeServiceError {
  readonly details: { code: number; message: string };
  constructor(call: string, code: number, message: string) {
    super(`API call to drive.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

export function fileNotFound(call: string, fileId: string): DriveApiError {
  return new DriveApiError(call, 404, `File not found: ${fileId}.`);
}
